'use client';
// One box of the first screen: the text of one side, pasted, typed, dropped as a file, chosen with the file button,
// or given as a web address (a box holding only an http(s) address is fetched when Compare is pressed). A loaded
// file or page fills the box, so the person sees exactly the text that will be compared.
import { useId, useState, type DragEvent } from 'react';
import type { PastedMeta } from './pasted-store.ts';
import { ACCEPTED_FILES, readTextFile } from './read-text-file.ts';
import type { IngestedDocument } from './ingest-on-server.ts';

export interface SideState {
  text: string;
  title: string;
  /** Where the text came from (`transcript.docx`, a page's title), shown under the box. */
  origin: string | null;
  error: string | null;
  busy: boolean;
  meta: PastedMeta;
}

export const EMPTY_SIDE: SideState = { text: '', title: '', origin: null, error: null, busy: false, meta: {} };

/** The box's address when all it holds is one http(s) URL. */
export const addressIn = (text: string): string | null => (/^https?:\/\/\S+$/i.test(text.trim()) ? text.trim() : null);

/** The side filled from a loaded file or page: its text, its title while the side has none, and its metadata. */
export function fillFrom(state: SideState, document: IngestedDocument, origin: string): SideState {
  const { title, outlet, date, url, language } = document.meta;
  return {
    ...state,
    text: document.text,
    title: state.title.trim() === '' ? (title ?? '') : state.title,
    origin,
    error: null,
    busy: false,
    meta: { outlet, date, url, language },
  };
}

export interface SideBoxProps {
  legend: string;
  hint: string;
  placeholder: string;
  state: SideState;
  invalid: boolean;
  onChange: (patch: Partial<SideState> | ((state: SideState) => SideState)) => void;
}

export function SideBox({ legend, hint, placeholder, state, invalid, onChange }: SideBoxProps) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const load = async (file: File) => {
    onChange({ busy: true, error: null });
    const outcome = await readTextFile(file);
    onChange((s) =>
      outcome.ok ? fillFrom(s, outcome.document, file.name) : { ...s, busy: false, error: outcome.message },
    );
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer.files[0];
    setDragging(false);
    if (!file) return; // dropped text or a link: the textarea takes it as typed text
    event.preventDefault();
    void load(file);
  };
  const address = addressIn(state.text);
  const status = state.busy
    ? 'Reading…'
    : address
      ? 'A web address: its page is fetched when you press Compare.'
      : `${state.text.length.toLocaleString('en')} characters${state.origin ? ` · from ${state.origin}` : ''}`;
  return (
    <fieldset className="side-box" data-dragging={dragging || undefined} aria-busy={state.busy || undefined}>
      <legend className="side-box__legend">{legend}</legend>
      <p className="side-box__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <textarea
        className="side-box__text"
        aria-label={`${legend}: text or web address`}
        aria-describedby={`${id}-hint ${id}-status${state.error ? ` ${id}-error` : ''}`}
        aria-invalid={invalid || undefined}
        value={state.text}
        placeholder={placeholder}
        rows={9}
        spellCheck={false}
        onChange={(e) => onChange({ text: e.target.value, origin: null, error: null })}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes('Files')) {
            e.preventDefault();
            setDragging(true);
          }
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      />
      <p className="side-box__status" id={`${id}-status`} aria-live="polite">
        {status}
      </p>
      <div className="side-box__more">
        <label className="side-box__file">
          <span className="side-box__file-label">Choose a file</span>
          <span className="side-box__file-types">.txt .md .html .docx .pdf</span>
          <input
            type="file"
            accept={ACCEPTED_FILES}
            disabled={state.busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void load(file);
              e.target.value = ''; // the same file can be chosen again after an edit
            }}
          />
        </label>
        <label className="side-box__title">
          <span>Title (optional)</span>
          <input
            type="text"
            value={state.title}
            maxLength={300}
            onChange={(e) => onChange({ title: e.target.value })}
          />
        </label>
      </div>
      {state.error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          {state.error}
        </p>
      )}
    </fieldset>
  );
}

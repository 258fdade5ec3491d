'use client';
// "Paste or upload two texts": a title and a text for each side, a .txt file fills the text. The texts are checked
// here with the same rules as the server (empty, binary, over 2 MB), then handed to /compare/pasted, which sends them to
// /api/align. They never go into a URL.
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { checkPair } from '../../lib/input/check-texts.ts';
import { MAX_TEXT_BYTES } from '../../lib/input/limits.ts';
import { formatMegabytes } from '../../lib/input/utf8.ts';
import { savePastedTexts, type PastedMeta } from './pasted-store.ts';
import { ingestOnServer, type IngestedDocument } from './ingest-on-server.ts';
import { useHydrated } from './use-hydrated.ts';

type Side = 'report' | 'source';

interface SideState {
  title: string;
  text: string;
  fileError: string | null;
  /** A URL the server fetches on submit when the text is empty (or on "Fetch"). */
  url: string;
  /** What an upload or a fetch told about the document. */
  meta: PastedMeta;
  fetching: boolean;
}

const EMPTY: SideState = { title: '', text: '', fileError: null, url: '', meta: {}, fetching: false };

export function PasteForm() {
  const router = useRouter();
  const hydrated = useHydrated();
  const [sides, setSides] = useState<Record<Side, SideState>>({ report: EMPTY, source: EMPTY });
  const [problems, setProblems] = useState<string[]>([]);
  const update = (side: Side, patch: Partial<SideState>) =>
    setSides((s) => ({ ...s, [side]: { ...s[side], ...patch } }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // A side with a URL and no text yet is fetched by the server first (POST /api/ingest).
    const texts = { report: sides.report, source: sides.source };
    for (const side of ['report', 'source'] as const) {
      const state = sides[side];
      if (state.text.trim() !== '' || state.url.trim() === '') continue;
      update(side, { fetching: true, fileError: null });
      const outcome = await ingestOnServer({ url: state.url.trim() });
      if (!outcome.ok) {
        update(side, { fetching: false, fileError: outcome.message });
        return;
      }
      texts[side] = fillFrom(state, outcome.document);
      update(side, { ...texts[side], fetching: false });
    }
    const { empty, tooLarge, binary } = checkPair(texts.report.text, texts.source.text);
    const found = [...tooLarge, ...empty, ...binary];
    setProblems(found);
    if (found.length) return;
    savePastedTexts({
      report: texts.report.text,
      source: texts.source.text,
      reportTitle: texts.report.title.trim(),
      sourceTitle: texts.source.title.trim(),
      reportMeta: texts.report.meta,
      sourceMeta: texts.source.meta,
    });
    router.push('/compare/pasted');
  };

  return (
    <form className="form paste-form" onSubmit={onSubmit} noValidate>
      <fieldset className="form__live" disabled={!hydrated}>
        {problems.length > 0 && (
          <div className="error-summary" role="alert" data-testid="form-errors">
            <p className="error-summary__title">These texts cannot be compared yet:</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="form__row">
          <TextSide
            side="report"
            legend="Report"
            hint="The story, article or summary to check."
            state={sides.report}
            problems={problems}
            onChange={update}
          />
          <TextSide
            side="source"
            legend="Source"
            hint="The transcript, statement or original it reports."
            state={sides.source}
            problems={problems}
            onChange={update}
          />
        </div>
        <p className="form__note">
          Plain text, up to 2 MB per text. The texts go to this server only to be compared; nothing is stored.
        </p>
        <button type="submit" className="button button--primary">
          Compare these texts
        </button>
      </fieldset>
    </form>
  );
}

function TextSide({
  side,
  legend,
  hint,
  state,
  problems,
  onChange,
}: {
  side: Side;
  legend: string;
  hint: string;
  state: SideState;
  problems: string[];
  onChange: (side: Side, patch: Partial<SideState>) => void;
}) {
  const id = useId();
  const invalid = problems.some((p) => p.startsWith(`The ${side} text`));
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_TEXT_BYTES) {
      onChange(side, { fileError: `${file.name} is ${formatMegabytes(file.size)}; the limit is 2 MB per text.` });
      return;
    }
    // Decoded strictly: file.text() would quietly turn a Latin-1 or UTF-16 file into replacement characters.
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      onChange(side, { fileError: `${file.name} is not UTF-8 text: save it as UTF-8, or paste its text.` });
      return;
    }
    if (text.includes('\u0000')) {
      onChange(side, { fileError: `${file.name} looks binary (it contains NUL bytes): upload a plain-text file.` });
      return;
    }
    onChange(side, {
      text,
      fileError: null,
      ...(state.title.trim() === '' ? { title: file.name.replace(/\.txt$/i, '') } : {}),
    });
  };
  // Word, PDF, HTML and Markdown are read by the server (POST /api/ingest), which fills the text and metadata.
  const fill = async (input: { file: File } | { url: string }) => {
    onChange(side, { fetching: true, fileError: null });
    const outcome = await ingestOnServer(input);
    onChange(
      side,
      outcome.ok
        ? { ...fillFrom(state, outcome.document), fetching: false }
        : {
            fetching: false,
            fileError: outcome.message,
          },
    );
  };
  const onRichFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void fill({ file });
  };
  const onFetch = () => void fill({ url: state.url.trim() });
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      <p className="field__hint">{hint}</p>
      <label className="field">
        <span className="field__label">Title</span>
        <input
          type="text"
          name={`${side}Title`}
          value={state.title}
          maxLength={300}
          onChange={(e) => onChange(side, { title: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field__label">Text</span>
        <textarea
          name={side}
          rows={6}
          value={state.text}
          onChange={(e) => onChange(side, { text: e.target.value })}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-count`}
          spellCheck={false}
        />
      </label>
      <p className="field__hint" id={`${id}-count`}>
        {state.text.length.toLocaleString('en')} characters
      </p>
      <label className="field">
        <span className="field__label">or upload a .txt file</span>
        <input
          type="file"
          accept=".txt,text/plain"
          onChange={onFile}
          aria-describedby={state.fileError ? `${id}-file` : undefined}
        />
      </label>
      <label className="field">
        <span className="field__label">or upload a .docx, .pdf, .html or .md file</span>
        <input type="file" accept=".docx,.pdf,.html,.htm,.md,.txt" onChange={onRichFile} disabled={state.fetching} />
      </label>
      <label className="field">
        <span className="field__label">or the page’s URL</span>
        <input
          type="url"
          name={`${side}Url`}
          value={state.url}
          placeholder="https://"
          maxLength={1000}
          onChange={(e) => onChange(side, { url: e.target.value })}
        />
      </label>
      <button type="button" className="button" disabled={state.fetching || state.url.trim() === ''} onClick={onFetch}>
        {state.fetching ? 'Fetching…' : 'Fetch'}
      </button>
      {state.fileError && (
        <p className="field__error" id={`${id}-file`} role="alert">
          {state.fileError}
        </p>
      )}
    </fieldset>
  );
}

/** The side with an ingested document's text, its title when the side has none, and its metadata. */
function fillFrom(state: SideState, document: IngestedDocument): SideState {
  const { title, outlet, date, url, language } = document.meta;
  return {
    ...state,
    text: document.text,
    fileError: null,
    title: state.title.trim() === '' ? (title ?? '') : state.title,
    meta: { outlet, date, url, language },
  };
}

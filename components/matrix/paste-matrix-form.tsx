'use client';
// "Paste or upload a source and its reports": a title and a text for the source and for each report (two to start
// with, up to MAX_PASTED_REPORTS), a .txt file fills a text. Checked here with the server's own rules, then handed to
// /matrix/pasted, which sends them to /api/matrix. They never go into a URL.
// Each text block also takes a URL: "Fetch" fills the text (and an empty title) through the ingest API
// (POST /api/ingest, the server's guarded fetch) before this form sends anything.
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { MAX_PASTED_REPORTS, MAX_TEXT_BYTES } from '../../lib/input/limits.ts';
import { formatMegabytes } from '../../lib/input/utf8.ts';
import { checkMatrixTexts } from '../../lib/input/check-texts.ts';
import { ingestOnServer } from '../new-comparison/ingest-on-server.ts';
import { savePastedMatrix } from './pasted-matrix-store.ts';
import { useHydrated } from '../new-comparison/use-hydrated.ts';

interface TextState {
  title: string;
  text: string;
  fileError: string | null;
  url: string;
  /** Set while the URL is being fetched. */
  fetching: boolean;
}

const EMPTY: TextState = { title: '', text: '', fileError: null, url: '', fetching: false };

export function PasteMatrixForm() {
  const router = useRouter();
  const hydrated = useHydrated();
  const [source, setSource] = useState<TextState>(EMPTY);
  const [reports, setReports] = useState<TextState[]>([EMPTY, EMPTY]);
  const [problems, setProblems] = useState<string[]>([]);
  const updateReport = (i: number, patch: Partial<TextState>) =>
    setReports((list) => list.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { empty, tooLarge, binary } = checkMatrixTexts(
      source.text,
      reports.map((r) => r.text),
    );
    const found = [...tooLarge, ...empty, ...binary];
    setProblems(found);
    if (found.length) return;
    savePastedMatrix({
      source: source.text,
      sourceTitle: source.title.trim(),
      reports: reports.map((r) => ({ text: r.text, title: r.title.trim() })),
    });
    router.push('/matrix/pasted');
  };

  const numbered = reports.length > 1;
  return (
    <form className="form paste-matrix-form" onSubmit={onSubmit} noValidate>
      <fieldset className="form__live" disabled={!hydrated}>
        {problems.length > 0 && (
          <div className="error-summary" role="alert" data-testid="matrix-form-errors">
            <p className="error-summary__title">These texts cannot be lined up yet:</p>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <TextFields
          legend="Matrix source"
          hint="The transcript, statement or original the reports report on."
          problemName="source"
          state={source}
          problems={problems}
          onChange={(patch) => setSource((s) => ({ ...s, ...patch }))}
        />
        <div className="paste-reports">
          {reports.map((report, i) => (
            <div key={i}>
              <TextFields
                legend={numbered ? `Report ${i + 1}` : 'Report'}
                hint="A story, article or summary of the source."
                problemName={numbered ? `report ${i + 1}` : 'report'}
                state={report}
                problems={problems}
                onChange={(patch) => updateReport(i, patch)}
              />
              {reports.length > 1 && (
                <button
                  type="button"
                  className="button paste-reports__remove"
                  onClick={() => setReports((list) => list.filter((_, k) => k !== i))}
                >
                  Remove report {i + 1}
                </button>
              )}
            </div>
          ))}
        </div>
        {reports.length < MAX_PASTED_REPORTS && (
          <p>
            <button type="button" className="button" onClick={() => setReports((list) => [...list, EMPTY])}>
              Add a report
            </button>
          </p>
        )}
        <p className="form__note">
          Plain text, up to 2 MB per text and 8 MB together, up to {MAX_PASTED_REPORTS} reports. The texts go to this
          server only to be lined up; nothing is stored.
        </p>
        <button type="submit" className="button button--primary">
          Line up these texts
        </button>
      </fieldset>
    </form>
  );
}

function TextFields({
  legend,
  hint,
  problemName,
  state,
  problems,
  onChange,
}: {
  legend: string;
  hint: string;
  /** How the problems name this text (`source`, `report 2`). */
  problemName: string;
  state: TextState;
  problems: string[];
  onChange: (patch: Partial<TextState>) => void;
}) {
  const id = useId();
  const invalid = problems.some((p) => p.startsWith(`The ${problemName} text`));
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_TEXT_BYTES) {
      onChange({ fileError: `${file.name} is ${formatMegabytes(file.size)}; the limit is 2 MB per text.` });
      return;
    }
    const text = await file.text();
    onChange({
      text,
      fileError: null,
      ...(state.title.trim() === '' ? { title: file.name.replace(/\.txt$/i, '') } : {}),
    });
  };
  const onFetch = async () => {
    const url = state.url.trim();
    if (!url) return onChange({ fileError: `Give a URL for the ${legend.toLowerCase()} first.` });
    onChange({ fetching: true, fileError: null });
    const outcome = await ingestOnServer({ url });
    if (!outcome.ok) return onChange({ fetching: false, fileError: outcome.message });
    onChange({
      fetching: false,
      text: outcome.document.text,
      fileError: null,
      ...(state.title.trim() === '' && outcome.document.meta.title ? { title: outcome.document.meta.title } : {}),
    });
  };
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      <p className="field__hint">{hint}</p>
      <label className="field">
        <span className="field__label">{legend} title</span>
        <input type="text" value={state.title} maxLength={300} onChange={(e) => onChange({ title: e.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">{legend} text</span>
        <textarea
          rows={5}
          value={state.text}
          onChange={(e) => onChange({ text: e.target.value })}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-count`}
          spellCheck={false}
        />
      </label>
      <p className="field__hint" id={`${id}-count`}>
        {state.text.length.toLocaleString('en')} characters
      </p>
      <label className="field">
        <span className="field__label">or upload a .txt file for the {legend.toLowerCase()}</span>
        <input
          type="file"
          accept=".txt,text/plain"
          onChange={onFile}
          aria-describedby={state.fileError ? `${id}-file` : undefined}
        />
      </label>
      <div className="field field--inline">
        <label className="field">
          <span className="field__label">or fetch the {legend.toLowerCase()} from a URL</span>
          <input
            type="url"
            inputMode="url"
            placeholder="https://"
            value={state.url}
            onChange={(e) => onChange({ url: e.target.value })}
          />
        </label>
        <button type="button" className="button" onClick={() => void onFetch()} disabled={state.fetching}>
          {state.fetching ? 'Fetching…' : `Fetch ${legend.toLowerCase()}`}
        </button>
      </div>
      {state.fileError && (
        <p className="field__error" id={`${id}-file`} role="alert">
          {state.fileError}
        </p>
      )}
    </fieldset>
  );
}

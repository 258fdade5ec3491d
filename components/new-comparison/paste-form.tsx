'use client';
// "Paste or upload two texts": a title and a text for each side, a .txt file fills the text. The texts are checked
// here with the same rules as the server (empty, over 2 MB), then handed to /compare/pasted, which sends them to
// /api/align. They never go into a URL.
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { MAX_TEXT_BYTES, checkTexts, formatMegabytes } from '../../app/api/align/parse-request.ts';
import { savePastedTexts } from './pasted-store.ts';

type Side = 'report' | 'source';

interface SideState {
  title: string;
  text: string;
  fileError: string | null;
}

const EMPTY: SideState = { title: '', text: '', fileError: null };

export function PasteForm() {
  const router = useRouter();
  const [sides, setSides] = useState<Record<Side, SideState>>({ report: EMPTY, source: EMPTY });
  const [problems, setProblems] = useState<string[]>([]);
  const update = (side: Side, patch: Partial<SideState>) =>
    setSides((s) => ({ ...s, [side]: { ...s[side], ...patch } }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { empty, tooLarge } = checkTexts(sides.report.text, sides.source.text);
    const found = [...tooLarge, ...empty];
    setProblems(found);
    if (found.length) return;
    savePastedTexts({
      report: sides.report.text,
      source: sides.source.text,
      reportTitle: sides.report.title.trim(),
      sourceTitle: sides.source.title.trim(),
    });
    router.push('/compare/pasted');
  };

  return (
    <form className="form paste-form" onSubmit={onSubmit} noValidate>
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
    const text = await file.text();
    onChange(side, {
      text,
      fileError: null,
      ...(state.title.trim() === '' ? { title: file.name.replace(/\.txt$/i, '') } : {}),
    });
  };
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
      {state.fileError && (
        <p className="field__error" id={`${id}-file`} role="alert">
          {state.fileError}
        </p>
      )}
    </fieldset>
  );
}

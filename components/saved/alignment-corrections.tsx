'use client';
// The corrections of one alignment, shown under its diff detail: where it comes from, its notes, and reject,
// change kind and add a note.
import { useState } from 'react';
import type { AlignmentKind } from '../../lib/types.ts';
import type { AlignmentRef, CorrectedAlignment, CorrectionInput } from '../../server/types.ts';

const KINDS: AlignmentKind[] = ['quote', 'paraphrase', 'partial'];

const ORIGIN_LABELS: Record<CorrectedAlignment['origin'], string> = {
  matcher: 'found by the matcher',
  corrected: 'corrected',
  user: 'added by you',
};

/** How a correction names the alignment: its matcher index when it has one, and its spans. */
const refOf = (a: CorrectedAlignment): AlignmentRef => ({
  ...(a.matcherIndex === null ? {} : { index: a.matcherIndex }),
  report: a.report,
  source: a.source,
});

export interface AlignmentCorrectionsProps {
  alignment: CorrectedAlignment;
  busy: boolean;
  onCorrect: (input: CorrectionInput) => void;
}

export function AlignmentCorrections({ alignment, busy, onCorrect }: AlignmentCorrectionsProps) {
  const [note, setNote] = useState('');
  return (
    <section className="detail corrections" aria-label="Correct this alignment" data-testid="alignment-corrections">
      <p>
        <span className="origin-label" data-origin={alignment.origin}>
          {ORIGIN_LABELS[alignment.origin]}
        </span>
        {alignment.matcherKind && <> (the matcher said {alignment.matcherKind})</>}
      </p>
      {alignment.notes.length > 0 && (
        <ul aria-label="Notes">
          {alignment.notes.map((n) => (
            <li key={n.id}>{n.text}</li>
          ))}
        </ul>
      )}
      <div className="saved-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => onCorrect({ type: 'reject', alignment: refOf(alignment) })}
        >
          Reject alignment
        </button>
        <label className="field">
          <span className="field__label">Kind</span>
          <select
            value={alignment.kind}
            disabled={busy}
            onChange={(e) =>
              onCorrect({ type: 'change-kind', alignment: refOf(alignment), kind: e.target.value as AlignmentKind })
            }
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (note.trim()) onCorrect({ type: 'note', text: note.trim(), alignment: refOf(alignment) });
        }}
      >
        <label className="field">
          <span className="field__label">Note</span>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={busy || note.trim() === ''}>
          Add note
        </button>
      </form>
    </section>
  );
}

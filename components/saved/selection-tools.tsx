'use client';
// Corrections made from text selected in the panes: take the report's and the source's selection, then link the
// two, or mark one as added (report) or omitted (source).
import { useState } from 'react';
import type { Span } from '../../lib/types.ts';
import type { CorrectionInput, SavedComparison } from '../../server/types.ts';
import { readSelection } from './read-selection.ts';

type Side = 'report' | 'source';

export interface SelectionToolsProps {
  saved: SavedComparison;
  busy: boolean;
  onCorrect: (input: CorrectionInput) => Promise<void>;
  /** A message for the user (nothing selected), or null to clear the last one. */
  onError: (message: string | null) => void;
}

export function SelectionTools({ saved, busy, onCorrect, onError }: SelectionToolsProps) {
  const [picked, setPicked] = useState<Record<Side, Span | null>>({ report: null, source: null });
  const pick = (side: Side) => {
    const span = readSelection(side);
    if (!span) onError(`Select some text in the ${side} pane first.`);
    else {
      onError(null);
      setPicked((p) => ({ ...p, [side]: span }));
    }
  };
  const excerpt = (side: Side) => {
    const span = picked[side];
    if (!span) return 'nothing yet';
    const text = saved[side].text.slice(span.start, span.end);
    return `“${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`;
  };
  return (
    <section className="selection-tools" aria-label="Correct from a selection">
      <p className="field__hint">
        Select text in a pane, then take it: link a report passage to a source passage, or mark one as added or left
        out.
      </p>
      <div className="saved-actions">
        <button type="button" className="button" onClick={() => pick('report')}>
          Use report selection
        </button>
        <span data-testid="picked-report">{excerpt('report')}</span>
        <button type="button" className="button" onClick={() => pick('source')}>
          Use source selection
        </button>
        <span data-testid="picked-source">{excerpt('source')}</span>
      </div>
      <div className="saved-actions">
        <button
          type="button"
          className="button"
          disabled={busy || !picked.report || !picked.source}
          onClick={() =>
            onCorrect({ type: 'link', report: [picked.report!], source: [picked.source!], kind: 'paraphrase' }).then(
              () => setPicked({ report: null, source: null }),
            )
          }
        >
          Link selection
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !picked.report}
          onClick={() => onCorrect({ type: 'mark-added', report: picked.report! })}
        >
          Mark as added
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || !picked.source}
          onClick={() => onCorrect({ type: 'mark-omitted', source: picked.source! })}
        >
          Mark as omitted
        </button>
      </div>
    </section>
  );
}

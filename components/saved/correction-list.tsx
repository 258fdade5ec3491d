// "Your corrections": every correction of the comparison in the order made, each with an undo, and a word on
// those that no longer apply.
import type { CorrectionInput, SavedComparison } from '../../server/types.ts';

const DESCRIBE: Record<CorrectionInput['type'], string> = {
  reject: 'Rejected an alignment',
  'change-kind': 'Changed a kind',
  link: 'Linked two passages',
  'mark-added': 'Marked a passage as added',
  'mark-omitted': 'Marked a passage as omitted',
  note: 'Added a note',
};

export interface CorrectionListProps {
  saved: SavedComparison;
  busy: boolean;
  onUndo: (id: string) => void;
  /** The corrections that no longer apply, with why. */
  stale: { id: string; reason: string }[];
}

export function CorrectionList({ saved, busy, onUndo, stale }: CorrectionListProps) {
  if (saved.corrections.length === 0) return null;
  return (
    <section aria-label="Your corrections" className="corrections" data-testid="correction-list">
      <h2 className="block__subheading">Your corrections</h2>
      <ul>
        {saved.corrections.map((c) => {
          const problem = stale.find((s) => s.id === c.id);
          return (
            <li key={c.id} data-correction={c.type}>
              {DESCRIBE[c.type]}
              {c.type === 'change-kind' && ` to ${c.kind}`}
              {c.type === 'note' && `: ${c.text}`}
              {problem && <em> (no longer applies: {problem.reason})</em>}{' '}
              <button type="button" className="button" disabled={busy} onClick={() => onUndo(c.id)}>
                Undo
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

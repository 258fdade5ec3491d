// The "Left out" and "Added" panels: a numbered list of passages, each a button that takes the reader to its place in
// the pane it belongs to.
import type { PresentedSpan } from '../../lib/present.ts';

export interface SpanListPanelProps {
  label: 'Left out' | 'Added';
  description: string;
  /** Shown when the list is empty. */
  emptyText: string;
  spans: readonly PresentedSpan[];
  onReveal: (number: number) => void;
}

export function SpanListPanel({ label, description, emptyText, spans, onReveal }: SpanListPanelProps) {
  const kind = label === 'Added' ? 'added' : 'omitted';
  return (
    <section role="region" aria-label={label} className={`span-list span-list--${kind}`}>
      <h2 className="span-list__heading">
        {label} <span className="count">{spans.length}</span>
      </h2>
      <p className="span-list__description">{description}</p>
      {spans.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ol className="span-list__items">
          {spans.map((s) => (
            <li key={s.number}>
              <button
                type="button"
                className="span-list__button"
                data-span={s.number}
                onClick={() => onReveal(s.number)}
              >
                {s.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

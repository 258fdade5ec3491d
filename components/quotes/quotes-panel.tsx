// The Quotes panel: every quote of the report, what to check first at the top (quote-order.ts), its verdict in a word and a symbol (never colour alone),
// where the source says it (or, for a quote the source does not hold, the nearest place, labelled as such), the
// word diff of an altered quote's words only, and a button that opens the alignment that carries it.
import type { PresentedQuote } from '../../lib/present.ts';
import { verdictCounts } from '../../lib/quotes/labels.ts';
import { buildInlineDiff } from '../diff-text/inline-diff.ts';
import { InlineDiffLine } from '../diff-text/inline-diff-line.tsx';
import { byImportance } from './quote-order.ts';

export interface QuotesPanelProps {
  /** Null for a comparison saved before quotes were checked. */
  quotes: readonly PresentedQuote[] | null;
  report: string;
  source: string;
  onSelect: (alignment: number) => void;
}

export function QuotesPanel({ quotes, report, source, onSelect }: QuotesPanelProps) {
  if (quotes === null)
    return (
      <section role="region" aria-label="Quotes" className="quotes" data-testid="quotes-panel">
        <h2 className="quotes__heading">Quotes</h2>
        <p className="muted">
          This comparison was saved before quotes were checked word for word. Run it again to check them.
        </p>
      </section>
    );
  return (
    <section role="region" aria-label="Quotes" className="quotes" data-testid="quotes-panel">
      <h2 className="quotes__heading">
        Quotes <span className="count">{quotes.length}</span>
      </h2>
      <p className="quotes__description">
        Every quote of the report, checked word for word against the source (case, punctuation and word breaks aside):{' '}
        {verdictCounts(quotes) || 'none'}. Altered quotes come first.
      </p>
      {quotes.length === 0 ? (
        <p className="muted">The report quotes nobody.</p>
      ) : (
        <ol className="quotes__items">
          {byImportance(quotes).map((q) => (
            <li key={q.number} className="quote" data-quote={q.number} data-verdict={q.verdict}>
              <p className="quote__verdict">
                <span className="quote-verdict" data-verdict={q.verdict} data-flag={q.flag}>
                  {q.label}
                </span>
                {q.alignment !== null ? (
                  <button type="button" className="quote__open" onClick={() => onSelect(q.alignment!)}>
                    Show alignment {q.alignment}
                  </button>
                ) : (
                  <span className="muted"> not aligned</span>
                )}
              </p>
              <blockquote className="quote__text">“{q.text}”</blockquote>
              {q.sourceText && (
                <p className="quote__source">
                  <span className="quote__source-label">
                    {q.verdict === 'not-in-source' ? 'Nearest in the source (not the same statement):' : 'The source:'}
                  </span>{' '}
                  {q.sourceText}
                </p>
              )}
              {q.verdict === 'altered' && q.diff.length > 0 && (
                <InlineDiffLine
                  pieces={buildInlineDiff(report, source, q.diff)}
                  className="quote__diff"
                  testId="quote-diff"
                />
              )}
              {q.message && q.verdict !== 'exact' && <p className="quote__message">{q.message}</p>}
              {q.hidden.map((h, k) => (
                <p key={k} className="quote__hidden">
                  The elision hides: “{h}”
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

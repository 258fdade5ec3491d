// The order the Quotes panel reads in: what a reader must check first. A misquote, then a quote whose wording
// differs, then one the source does not hold, then elided and exact quotes; report order within each.
import type { PresentedQuote } from '../../lib/present.ts';

const rank = (q: PresentedQuote): number =>
  q.verdict === 'altered'
    ? q.flag === 'wording-differs'
      ? 1
      : 0
    : q.verdict === 'not-in-source'
      ? 2
      : q.verdict === 'elided'
        ? 3
        : 4;

export const byImportance = (quotes: readonly PresentedQuote[]): PresentedQuote[] =>
  [...quotes].sort((a, b) => rank(a) - rank(b) || a.number - b.number);

/** The alignment to open first: the one carrying the first altered quote, or null when no quote is altered. */
export const firstAlteredAlignment = (quotes: readonly PresentedQuote[] | null): number | null =>
  byImportance(quotes ?? []).find((q) => q.verdict === 'altered' && q.alignment !== null)?.alignment ?? null;

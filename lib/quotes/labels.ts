// How each quote verdict is named wherever it is shown (the CLI's Quotes section, the app's Quotes panel): a
// word and a symbol, so a verdict never rests on colour alone.
import type { QuoteCheck, QuoteVerdict } from '../types.ts';

export const QUOTE_VERDICT_LABEL: Readonly<Record<QuoteVerdict, { symbol: string; word: string }>> = {
  exact: { symbol: '=', word: 'exact' },
  elided: { symbol: '…', word: 'elided' },
  altered: { symbol: '≠', word: 'altered' },
  'not-in-source': { symbol: '✗', word: 'not in the source' },
};

/** `≠ altered (misquote)`, `= exact`, `✗ not in the source`. */
export function quoteVerdictLabel(q: Pick<QuoteCheck, 'verdict' | 'flag'>): string {
  const { symbol, word } = QUOTE_VERDICT_LABEL[q.verdict];
  return `${symbol} ${word}${q.flag ? ` (${q.flag})` : ''}`;
}

/** `2 exact, 1 altered, 1 not in the source` (empty for no quotes). */
export function verdictCounts(quotes: ReadonlyArray<{ verdict: QuoteVerdict }>): string {
  return (Object.keys(QUOTE_VERDICT_LABEL) as QuoteVerdict[])
    .map((v) => [v, quotes.filter((q) => q.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} ${QUOTE_VERDICT_LABEL[v].word}`)
    .join(', ');
}

/** `4 quotes: 2 exact, 1 altered, 1 not in the source`. */
export function quoteTally(quotes: ReadonlyArray<{ verdict: QuoteVerdict }>): string {
  const counts = verdictCounts(quotes);
  return `${quotes.length} quote${quotes.length === 1 ? '' : 's'}${counts ? `: ${counts}` : ''}`;
}

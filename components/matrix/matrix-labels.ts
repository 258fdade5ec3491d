// Words and symbols the matrix view uses for how a report carries a statement: one place, so the cells, their
// accessible labels, the legend and the summary agree. Every carry has its own symbol as well as its colour, so
// colour is never the only cue (WCAG 1.4.1).
import type { CarryKind } from '../../lib/types.ts';

export const CARRY_ORDER: readonly CarryKind[] = ['quote-exact', 'quote-altered', 'paraphrase', 'partial'];

/** The symbol shown in a cell. */
export const CARRY_SYMBOLS: Record<CarryKind, string> = {
  'quote-exact': '❝',
  'quote-altered': '⚠',
  paraphrase: '≈',
  partial: '◐',
};

/** The word shown beside the symbol. */
export const CARRY_WORDS: Record<CarryKind, string> = {
  'quote-exact': 'quote',
  'quote-altered': 'altered quote',
  paraphrase: 'paraphrase',
  partial: 'partial',
};

/** How an accessible label says it: `quote, exact`, `quote, altered`, `paraphrase`, `partial`. */
export const CARRY_SPOKEN: Record<CarryKind, string> = {
  'quote-exact': 'quote, exact',
  'quote-altered': 'quote, altered',
  paraphrase: 'paraphrase',
  partial: 'partial',
};

export const CARRY_DESCRIPTIONS: Record<CarryKind, string> = {
  'quote-exact': 'quoted inside quote marks, word for word',
  'quote-altered': 'quoted, but the quoted words differ from the source (a misquote, or other wording)',
  paraphrase: 'the same statement in the report’s own words',
  partial: 'only part of the statement, or merged with others so that a real part is lost',
};

export const NOT_CARRIED = { symbol: '—', word: 'not carried', description: 'the report does not carry it' };

/** The accessible name of a cell: `The Record: quote, exact`, plus how many passages carry it when more than one. */
export function describeCell(reportName: string, carry: CarryKind, passages: number): string {
  return `${reportName}: ${CARRY_SPOKEN[carry]}${passages > 1 ? `; ${passages} passages` : ''}`;
}

/**
 * Column names for the reports: the outlet before any `;` or parenthesis (`The Record (Recorded Future News); by
 * Adam Janofsky` → `The Record`), else the title, else `Report N`; a name two reports share gets ` (2)`, ` (3)`.
 */
export function nameColumns(docs: readonly { outlet?: string | null; title?: string | null }[]): string[] {
  const names = docs.map((doc, i) => {
    const outlet = (doc.outlet ?? '').split(';')[0]!.split(' (')[0]!.trim();
    return outlet || (doc.title ?? '').trim().slice(0, 40) || `Report ${i + 1}`;
  });
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

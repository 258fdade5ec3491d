// Every export lists alignments the same way the comparison view numbers them: in report reading order, 1-based.
import type { CorrectedAlignment, CorrectedResult } from '../types.ts';

export interface NumberedAlignment {
  /** 1-based, in report reading order. */
  number: number;
  alignment: CorrectedAlignment;
}

/** The alignments of `result` by the start of their first report span (ties keep list order). */
export function orderAlignments(result: CorrectedResult): NumberedAlignment[] {
  return result.alignments
    .map((alignment, k) => ({ alignment, k }))
    .sort((x, y) => (x.alignment.report[0]?.start ?? 0) - (y.alignment.report[0]?.start ?? 0) || x.k - y.k)
    .map(({ alignment }, i) => ({ number: i + 1, alignment }));
}

/** How an alignment came about, in words: `matcher`, `corrected by the user`, `linked by the user`. */
export function describeOrigin(alignment: CorrectedAlignment): string {
  if (alignment.origin === 'user') return 'linked by the user';
  if (alignment.origin === 'corrected') return 'corrected by the user';
  return 'matcher';
}

/** What the user changed about an alignment, as short phrases (empty for an untouched one). */
export function describeCorrections(alignment: CorrectedAlignment): string[] {
  const out: string[] = [];
  if (alignment.rejected) out.push('rejected by the user');
  if (alignment.matcherKind) out.push(`kind changed by the user (the matcher said ${alignment.matcherKind})`);
  if (alignment.origin === 'user') out.push('linked by the user');
  else if (alignment.origin === 'corrected' && !alignment.rejected && !alignment.matcherKind)
    out.push('passages relinked by the user');
  return out;
}

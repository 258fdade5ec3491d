// What the saved comparison shows of its corrected result: an AlignResult the comparison view can render as it
// renders a fresh one.
import type { AlignResult } from '../../lib/types.ts';
import type { CorrectedAlignment, CorrectedResult } from '../../server/types.ts';

/**
 * The corrected result without its rejected alignments (they are listed under "Your corrections" to undo), and
 * those alignments (`shown[i]` is `result.alignments[i]`). The quote checks stand as the matcher made them, each
 * pointing at its alignment in the list shown, or at none when that one was rejected.
 */
export function showCorrected(
  corrected: CorrectedResult,
  quotes: AlignResult['quotes'],
): { shown: CorrectedAlignment[]; result: AlignResult } {
  const shown = corrected.alignments.filter((a) => !a.rejected);
  const result: AlignResult = {
    version: 1,
    report: corrected.report,
    source: corrected.source,
    alignments: shown,
    added: corrected.added.map(({ start, end }) => ({ start, end })),
    omitted: corrected.omitted.map(({ start, end }) => ({ start, end })),
    regions: corrected.regions,
    ...(quotes && {
      quotes: quotes.map((q) => {
        const at = q.alignment === null ? -1 : shown.findIndex((a) => a.matcherIndex === q.alignment);
        return { ...q, alignment: at >= 0 ? at : null };
      }),
    }),
  };
  return { shown, result };
}

// Re-ranking the archive's candidates for a report's source with the matcher itself: each candidate is aligned with
// the report, and what counts is how much of the report it accounts for — every report character inside an
// alignment, weighed by that alignment's score (a sure quote counts fully, a doubtful paraphrase a little).
// The order is greedy: first the candidate that accounts for most, then each time the one that accounts for most
// of what the chosen ones leave unexplained, so a story drawing on two briefings gets both at the top, ahead of a
// near-copy of the first that explains nothing new (issue 17).
import { alignTexts } from '../align.ts';
import { mergeSpans } from '../spans.ts';
import type { AlignOptions, AlignResult, Span } from '../types.ts';

/** A candidate: an archived source's id and text. */
export interface SourceCandidate {
  id: string;
  text: string;
}

export interface RankedSource {
  id: string;
  /** 0..1, 3 decimals: the share of the report this source accounts for on its own. */
  score: number;
  /** 0..1, 3 decimals: the share it accounts for beyond the sources ranked before it. */
  adds: number;
  /** The source passages that drew the match: the alignments' source spans, merged, in order. */
  passages: Span[];
  /** The matcher's result for the report against this source. */
  result: AlignResult;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Per report character, the best score of an alignment covering it (0 where none does). */
function accountedFor(reportLength: number, result: AlignResult): Float32Array {
  const share = new Float32Array(reportLength);
  for (const alignment of result.alignments)
    for (const span of alignment.report)
      for (let i = span.start; i < span.end; i++) if (alignment.score > share[i]!) share[i] = alignment.score;
  return share;
}

/** Aligns `report` with every candidate and orders them as above (best first). */
export function rankSources(
  report: string,
  candidates: readonly SourceCandidate[],
  options: AlignOptions = {},
): RankedSource[] {
  if (typeof report !== 'string' || report.length === 0)
    throw new TypeError('rankSources: report must be a non-empty string');
  const n = report.length;
  const runs = candidates.map((candidate) => {
    const result = alignTexts(report, candidate.text, options);
    const share = accountedFor(n, result);
    return { candidate, result, share, own: share.reduce((a, b) => a + b, 0) / n };
  });
  const explained = new Float32Array(n);
  const ranked: RankedSource[] = [];
  const left = [...runs];
  while (left.length) {
    let best = 0;
    let bestAdds = -1;
    left.forEach((run, i) => {
      let adds = 0;
      for (let c = 0; c < n; c++) if (run.share[c]! > explained[c]!) adds += run.share[c]! - explained[c]!;
      adds /= n;
      // Ties (often: nothing new) go to the candidate that accounts for more on its own, then to search order.
      if (adds > bestAdds + 1e-9 || (Math.abs(adds - bestAdds) <= 1e-9 && run.own > left[best]!.own)) {
        best = i;
        bestAdds = adds;
      }
    });
    const run = left.splice(best, 1)[0]!;
    for (let c = 0; c < n; c++) if (run.share[c]! > explained[c]!) explained[c] = run.share[c]!;
    ranked.push({
      id: run.candidate.id,
      score: round3(run.own),
      adds: round3(bestAdds),
      passages: mergeSpans(run.result.alignments.flatMap((a) => a.source)),
      result: run.result,
    });
  }
  return ranked;
}

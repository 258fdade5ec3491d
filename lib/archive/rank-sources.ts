// Re-ranking the archive's candidates for a report's source by how much of the report each accounts for, in two
// passes (issue 17):
// 1. Every candidate is read once for the report's words it repeats verbatim (verbatim-cover.ts), each word weighed
//    by its rarity among the candidates, doubled in quotes and for numbers. This is cheap and exact: it tells the
//    true source from near-copies of it (a copy's edits break the runs they touch) and picks which few candidates
//    the matcher runs on, greedily by what each adds to those picked before, so a near-copy of the first never
//    crowds out a second briefing the story also draws on.
// 2. The matcher aligns the report with each picked candidate. A report word counts as accounted for by a candidate
//    fully where the candidate repeats it verbatim or inside a quote the quote check finds there (even altered: the
//    source says it), else by the score of the best alignment covering it (a sure paraphrase counts nearly fully, a
//    doubtful one a little), so a paraphrasing story is found by the matcher and a quoting one by its quotes.
// The final order is greedy too: first the candidate that accounts for most of the report, then each time the one
// that accounts for most of what those chosen leave unexplained, so a story drawing on two briefings gets both at
// the top, ahead of a near-copy of the first that explains nothing new.
import { alignTexts } from '../align.ts';
import { mergeSpans } from '../spans.ts';
import type { AlignOptions, AlignResult, Span } from '../types.ts';
import { coverVerbatim, readReportWords, weighReport, type ReportWords } from './verbatim-cover.ts';

/** A candidate: an archived source's id and text. */
export interface SourceCandidate {
  id: string;
  text: string;
}

export interface RankOptions {
  /** How many candidates the matcher aligns and the result lists (the best by verbatim evidence). Default 3. */
  limit?: number;
  /** Options of the matcher's runs. */
  align?: AlignOptions;
}

export interface RankedSource {
  id: string;
  /**
   * 0..1, 3 decimals: the share of the report this source accounts for on its own, each report word weighed by its
   * rarity among the candidates (doubled in quotes and for numbers, little for stop words) and counted fully where
   * the source repeats it verbatim, else by the score of the best alignment covering it.
   */
  score: number;
  /** 0..1, 3 decimals: the same share beyond the sources ranked before it. */
  adds: number;
  /** 0..1, 3 decimals: the share of the report (weighed as in `score`) the source repeats verbatim. */
  verbatim: number;
  /** The source passages that drew the match: the alignments' source spans, merged, in order. */
  passages: Span[];
  /** The matcher's result for the report against this source. */
  result: AlignResult;
}

export const DEFAULT_RANK_LIMIT = 3;

/**
 * What a word only the matcher aligns (no verbatim run, no quote found) is worth beside a verbatim one, per unit of
 * score: a paraphrase is weaker evidence of the source than its exact words, and a text on the same topics (another
 * briefing on the same talks, a compilation) aligns with a paraphrase almost as well as the source does.
 */
export const ALIGNED_WORTH = 0.5;

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Per report word, the best score of the spans overlapping it (0 where none does). */
function spanShare(report: ReportWords, scored: { start: number; end: number; score: number }[]): Float64Array {
  const share = new Float64Array(report.words.length);
  const spans = [...scored].sort((a, b) => a.start - b.start);
  let first = 0;
  report.words.forEach((word, i) => {
    while (first < spans.length && spans[first]!.end <= word.start) first++;
    for (let s = first; s < spans.length && spans[s]!.start < word.end; s++)
      if (spans[s]!.end > word.start && spans[s]!.score > share[i]!) share[i] = spans[s]!.score;
  });
  return share;
}

/**
 * Per report word, what the matcher's result says the source accounts for: 1 inside a quote the quote check finds
 * in the source (exact, elided or altered: the source says it, perhaps changed; a quote is the report's own claim of
 * where its words come from), else ALIGNED_WORTH × the best score of an alignment covering it.
 */
function matchedShare(report: ReportWords, result: AlignResult): Float64Array {
  const aligned = spanShare(
    report,
    result.alignments.flatMap((a) => a.report.map((span) => ({ ...span, score: a.score * ALIGNED_WORTH }))),
  );
  const quoted = spanShare(
    report,
    (result.quotes ?? [])
      .filter((q) => q.verdict !== 'not-in-source')
      .flatMap((q) => q.report.map((span) => ({ ...span, score: 1 }))),
  );
  return aligned.map((a, i) => Math.max(a, quoted[i]!));
}

/**
 * Two shares closer than this count as equal: a few words of the report, which an edited copy of the source can
 * gain by chance (a deleted word joining two runs into one the report holds) as easily as lose.
 */
export const TIE = 0.002;

/**
 * Greedy order of `items` by what each adds over those before it: Σ weight × max(0, accounted − explained).
 * Ties (within TIE; often: nothing new) go to the item that accounts for more on its own, then to the earlier one.
 */
function orderByAdds<T extends { accounted: ArrayLike<number> }>(
  items: readonly T[],
  weights: Float64Array,
  take: number,
): { item: T; own: number; adds: number }[] {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const ownOf = (acc: ArrayLike<number>) => weights.reduce((sum, w, i) => sum + w * acc[i]!, 0) / total;
  const left = items.map((item) => ({ item, own: ownOf(item.accounted) }));
  const explained = new Float64Array(weights.length);
  const ordered: { item: T; own: number; adds: number }[] = [];
  while (left.length && ordered.length < take) {
    let best = 0;
    let bestAdds = -1;
    left.forEach(({ item, own }, k) => {
      let adds = 0;
      for (let i = 0; i < weights.length; i++) {
        const gain = item.accounted[i]! - explained[i]!;
        if (gain > 0) adds += weights[i]! * gain;
      }
      adds /= total;
      if (adds > bestAdds + TIE || (adds >= bestAdds - TIE && own > left[best]!.own + TIE)) {
        best = k;
        bestAdds = adds;
      }
    });
    const [chosen] = left.splice(best, 1);
    for (let i = 0; i < weights.length; i++)
      if (chosen!.item.accounted[i]! > explained[i]!) explained[i] = chosen!.item.accounted[i]!;
    ordered.push({ item: chosen!.item, own: chosen!.own, adds: bestAdds });
  }
  return ordered;
}

/**
 * Ranks `candidates` as a report's sources, best first; at most `limit` of them. Of candidates the report cannot
 * tell apart (within TIE) the earlier in `candidates` wins, so the caller's order is the last word.
 */
export function rankSources(
  report: string,
  candidates: readonly SourceCandidate[],
  options: RankOptions = {},
): RankedSource[] {
  if (typeof report !== 'string' || report.length === 0)
    throw new TypeError('rankSources: report must be a non-empty string');
  const limit = options.limit ?? DEFAULT_RANK_LIMIT;
  if (!Number.isInteger(limit) || limit < 1)
    throw new TypeError('rankSources: options.limit must be a positive integer');
  const words = readReportWords(report);
  const covers = candidates.map((candidate) => ({ candidate, ...coverVerbatim(words, candidate.text) }));
  const weights = weighReport(words, covers);
  const verbatimOwn = new Map<string, number>();
  const picked = orderByAdds(
    covers.map((c) => ({ ...c, accounted: c.covered })),
    weights,
    limit,
  ).map(({ item, own }) => {
    verbatimOwn.set(item.candidate.id, own);
    return item;
  });
  const runs = picked.map(({ candidate, covered }) => {
    const result = alignTexts(report, candidate.text, options.align);
    const share = matchedShare(words, result);
    const accounted = share.map((s, i) => Math.max(covered[i]!, s));
    return { candidate, result, accounted };
  });
  return orderByAdds(runs, weights, limit).map(({ item, own, adds }) => ({
    id: item.candidate.id,
    score: round3(own),
    adds: round3(adds),
    verbatim: round3(verbatimOwn.get(item.candidate.id)!),
    passages: mergeSpans(item.result.alignments.flatMap((a) => a.source)),
    result: item.result,
  }));
}

// Where in the source a report passage may come from: candidate sentences from the index, widened to
// adjacent pairs (one report sentence often merges two source sentences), each scored by scorePassage.
// A passage whose words are left half unexplained gets a second, separate place: a stitched quote.
import { findCandidateSentences, type SourceIndex } from './candidates.ts';
import type { PreparedDoc } from './document.ts';
import { scorePassage, type PassageMatch } from './score-passage.ts';

/** A source place: a run of adjacent source sentences and how well it explains a report passage. */
export interface Place {
  /** First and one-past-last source sentence. */
  first: number;
  last: number;
  match: PassageMatch;
  /** Turn and exchange of the first sentence. */
  turn: number;
  exchange: number;
}

/** Everything the place search needs about the two documents. */
export interface MatchContext {
  report: PreparedDoc;
  source: PreparedDoc;
  index: SourceIndex;
  weights: Float64Array;
  related: Map<number, Array<[number, number]>>;
  /** The least weight of a word that counts as evidence (`evidenceWeight`). */
  evidence: number;
  /** Whether the source has speaker labels (a transcript). */
  hasLabels: boolean;
  /** Content tokens of each source sentence (labels excluded). */
  sourceContent: (sentence: number) => number[];
}

/**
 * The weighted share of the matched source clauses that the match covers. A report of a statement
 * concentrates its matches in the clause(s) that state it; a passage that merely shares the topic picks
 * words from all over a sentence or two (the Zhang Jun near-miss in seeds/).
 */
export function clauseDensity(ctx: MatchContext, match: PassageMatch, first: number, last: number): number {
  const S = ctx.source;
  const matched = new Map<number, number>();
  for (const [, j, rel] of match.pairs) matched.set(j, rel);
  let total = 0;
  let hit = 0;
  for (let c = S.sentenceClauseFirst[first]!; c < S.sentenceClauseLast[last - 1]!; c++) {
    let clauseTotal = 0;
    let clauseHit = 0;
    for (let i = S.clauseFirst[c]!; i < S.clauseLast[c]!; i++) {
      if (!S.tokenContent[i]) continue;
      const w = ctx.weights[S.tokens.key[i]!]!;
      clauseTotal += w;
      clauseHit += w * (matched.get(i) ?? 0);
    }
    if (clauseHit > 0) {
      total += clauseTotal;
      hit += clauseHit;
    }
  }
  return total > 0 ? hit / total : 0;
}

/** Full confidence from a density of one half; a scattered match keeps at least DENSITY_FLOOR of it. */
const DENSITY_FLOOR = 0.3;
export function densityFactor(density: number): number {
  return Math.min(1, DENSITY_FLOOR + (1 - DENSITY_FLOOR) * (density / 0.5));
}

/** How many candidate sentences the index proposes per passage. */
const CANDIDATES = 8;

/** Scores the report tokens against source sentences [first, last). */
export function scorePlace(ctx: MatchContext, reportTokens: readonly number[], first: number, last: number): Place {
  const source: number[] = [];
  for (let s = first; s < last; s++) for (const i of ctx.sourceContent(s)) source.push(i);
  const match = scorePassage({
    report: reportTokens,
    source,
    reportKey: ctx.report.tokens.key,
    sourceKey: ctx.source.tokens.key,
    weights: ctx.weights,
    related: ctx.related,
    evidence: ctx.evidence,
  });
  match.score *= densityFactor(clauseDensity(ctx, match, first, last));
  const turn = ctx.source.sentenceTurn[first]!;
  return { first, last, match, turn, exchange: ctx.source.seg.turns[turn]?.exchange ?? 0 };
}

/** The best places for a report passage, best first, at most `limit`. */
export function findPlaces(ctx: MatchContext, reportTokens: readonly number[], limit = 5): Place[] {
  const keyWeights = new Map<number, number>();
  for (const i of reportTokens) {
    const k = ctx.report.tokens.key[i]!;
    keyWeights.set(k, ctx.weights[k]!);
  }
  const sentences = findCandidateSentences([...keyWeights], ctx.index, ctx.related, CANDIDATES);
  const places: Place[] = [];
  const sameTurn = (a: number, b: number) => ctx.source.sentenceTurn[a] === ctx.source.sentenceTurn[b];
  const n = ctx.source.seg.sentences.length;
  for (const s of sentences) {
    const single = scorePlace(ctx, reportTokens, s, s + 1);
    places.push(single);
    // Widen to a neighbour only when the neighbour itself explains a real part of the passage.
    for (const [first, last, extra] of [[s - 1, s + 1, s - 1], [s, s + 2, s + 1]] as const) {
      if (first < 0 || last > n || !sameTurn(first, last - 1)) continue;
      const wide = scorePlace(ctx, reportTokens, first, last);
      if (wide.match.reportCoverage < single.match.reportCoverage + 0.12) continue;
      const own = scorePlace(ctx, reportTokens, extra, extra + 1).match;
      if (own.exactCount >= 2 && own.reportCoverage >= 0.15) places.push(wide);
    }
  }
  places.sort(comparePlaces);
  const unique: Place[] = [];
  for (const p of places) {
    if (unique.some((u) => u.first === p.first && u.last === p.last)) continue;
    unique.push(p);
    if (unique.length === limit) break;
  }
  return unique;
}

/** How many report words of evidence weight (`evidenceWeight`) a match pairs, exactly or through a relation. */
export function evidenceMatched(ctx: MatchContext, match: PassageMatch): number {
  return match.pairs.filter(([i]) => ctx.weights[ctx.report.tokens.key[i]!]! >= ctx.evidence).length;
}

/** The sentences that answer a question place: those of answer turns after it, to the end of its exchange. */
export function answerSentences(ctx: MatchContext, question: Place): number[] {
  const S = ctx.source;
  const out: number[] = [];
  for (let s = question.last; s < S.seg.sentences.length; s++) {
    const turn = S.seg.turns[S.sentenceTurn[s]!];
    if (!turn || turn.exchange !== question.exchange) break;
    if (turn.role === 'answer') out.push(s);
  }
  return out;
}

/** Higher score first; on a tie the tighter place (more of it carried), then the earlier. */
export function comparePlaces(a: Place, b: Place): number {
  return b.match.score - a.match.score || b.match.sourceCoverage - a.match.sourceCoverage || a.first - b.first;
}

/**
 * A second place for the words of a passage its first place leaves unexplained (a quote stitched from
 * two places), or null when the rest is too thin or matches nothing well.
 */
export function findSecondPlace(ctx: MatchContext, reportTokens: readonly number[], first: Place): Place | null {
  const matched = new Set(first.match.pairs.map((p) => p[0]));
  const rest = reportTokens.filter((i) => !matched.has(i));
  if (rest.length < 4) return null;
  const restWeight = rest.reduce((t, i) => t + ctx.weights[ctx.report.tokens.key[i]!]!, 0);
  const allWeight = reportTokens.reduce((t, i) => t + ctx.weights[ctx.report.tokens.key[i]!]!, 0);
  if (restWeight < 0.4 * allWeight) return null;
  // A stitch usually joins two places of one answer; a far one must be nearly verbatim.
  const second = findPlaces(ctx, rest, 3).find(
    (p) => (p.last <= first.first || p.first >= first.last) && p.match.exactCount >= 3 && p.match.score >= (p.exchange === first.exchange ? 0.6 : 0.8),
  );
  if (!second) return null;
  return second;
}

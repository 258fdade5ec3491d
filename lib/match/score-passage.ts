// How well a source passage explains a report passage: a one-to-one matching of their content words
// (same key, or related keys such as synonyms), weighted by rarity, with a bonus for keeping word order.
// This is the local alignment of seed-and-extend text-reuse detection, reduced to what a statement needs.

/**
 * The least weight of a word that counts as evidence: a word found in more than about half of the source's
 * sentences (`China` in a Chinese briefing) says little about which statement is meant. A source of a
 * sentence or two makes every word rare, so the bar is never above the weight of a word seen once.
 */
export function evidenceWeight(sourceSentences: number): number {
  return Math.min(1, Math.log(1 + (sourceSentences + 1) / 1.5));
}

/** How many source positions of one word a report word is tried against: bounds the pairs of repetitive text. */
const POSITIONS_PER_WORD = 8;

/** The matching between one report passage and one source passage. */
export interface PassageMatch {
  /** Matched pairs: report token index, source token index, relation strength (0..1]. */
  pairs: Array<[number, number, number]>;
  /** Weighted share of the report passage's content explained by the source passage (0..1). */
  reportCoverage: number;
  /** Weighted share of the source passage's content carried by the report passage (0..1). */
  sourceCoverage: number;
  /** Share of the matched weight that keeps the source's word order (0..1). */
  order: number;
  /** Number of report content words matched. */
  matchedCount: number;
  /** Number of report content words matched by the same key (not a synonym). */
  exactCount: number;
  /** Matched weight of the report side (in IDF units). */
  matchedWeight: number;
  /** The match's confidence, 0..1. */
  score: number;
}

export interface PassageInput {
  /** Report content token indices, ascending. */
  report: readonly number[];
  /** Source content token indices, ascending. */
  source: readonly number[];
  reportKey: Int32Array;
  sourceKey: Int32Array;
  weights: Float64Array;
  /** Report key id → related source key ids with strength. */
  related: Map<number, Array<[number, number]>>;
  /** See `evidenceWeight`. */
  evidence: number;
}

/** Matches the content words of a report passage to those of a source passage and scores the result. */
export function scorePassage(input: PassageInput): PassageMatch {
  const { report, source, reportKey, sourceKey, weights, related, evidence } = input;
  // Source positions by key, for this passage only.
  const positions = new Map<number, number[]>();
  let sourceWeight = 0;
  for (const j of source) {
    const k = sourceKey[j]!;
    sourceWeight += weights[k]!;
    let list = positions.get(k);
    if (list === undefined) positions.set(k, (list = []));
    list.push(j);
  }
  // Every possible pair, strongest relation and rarest word first, then nearest in relative position.
  const options: Array<[number, number, number, number]> = [];
  const rank = new Map<number, number>();
  source.forEach((j, k) => rank.set(j, k));
  let reportWeight = 0;
  report.forEach((i, ri) => {
    const k = reportKey[i]!;
    const w = weights[k]!;
    reportWeight += w;
    for (const [other, rel] of related.get(k) ?? []) {
      const list = positions.get(other);
      if (!list) continue;
      // In repetitive text a word may stand hundreds of times; the places nearest its relative position suffice.
      const near = list.length <= POSITIONS_PER_WORD ? list : nearest(list, rank, (ri / report.length) * source.length, POSITIONS_PER_WORD);
      for (const j of near) options.push([i, j, rel, w * rel - 0.001 * Math.abs(ri / report.length - rank.get(j)! / source.length)]);
    }
  });
  options.sort((a, b) => b[3] - a[3]);
  const usedR = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Array<[number, number, number]> = [];
  let matchedWeight = 0;
  let matchedSourceWeight = 0;
  for (const [i, j, rel] of options) {
    if (usedR.has(i) || usedS.has(j)) continue;
    usedR.add(i);
    usedS.add(j);
    pairs.push([i, j, rel]);
    matchedWeight += weights[reportKey[i]!]! * rel;
    matchedSourceWeight += weights[sourceKey[j]!]! * rel;
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const order = matchedWeight > 0 ? orderedWeight(pairs, reportKey, weights) / matchedWeight : 0;
  const reportCoverage = reportWeight > 0 ? matchedWeight / reportWeight : 0;
  const sourceCoverage = sourceWeight > 0 ? matchedSourceWeight / sourceWeight : 0;
  const matchedCount = pairs.length;
  const exactCount = pairs.filter((p) => p[2] === 1 && weights[reportKey[p[0]]!]! >= evidence).length;
  return { pairs, reportCoverage, sourceCoverage, order, matchedCount, exactCount, matchedWeight, score: confidence(reportCoverage, order, exactCount) };
}

/**
 * Confidence that the passages state the same thing. Coverage of the report passage leads; word order
 * and the number of words matched exactly temper it: synonyms link paraphrases, but two sentences picked
 * at random share about as many synonyms as a true pair does, so they cannot make a match on their own.
 */
export function confidence(reportCoverage: number, order: number, exactCount: number): number {
  const mass = exactCount >= 4 ? 1 : exactCount === 3 ? 0.9 : exactCount === 2 ? 0.75 : exactCount === 1 ? 0.45 : 0.2;
  return Math.min(1, reportCoverage * (0.8 + 0.2 * order) * mass);
}

/** The `count` positions of `list` whose rank lies nearest `target` (list is ascending, so ranks are too). */
function nearest(list: readonly number[], rank: Map<number, number>, target: number, count: number): number[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rank.get(list[mid]!)! < target) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, Math.min(list.length - count, lo - (count >> 1)));
  return list.slice(from, from + count);
}

/**
 * Weight of the heaviest subsequence of pairs whose source positions rise with report positions
 * (a weighted longest increasing subsequence, with a Fenwick tree of prefix maxima: n log n).
 */
function orderedWeight(pairs: ReadonlyArray<[number, number, number]>, reportKey: Int32Array, weights: Float64Array): number {
  const ranks = [...new Set(pairs.map((p) => p[1]))].sort((a, b) => a - b);
  const rankOf = new Map(ranks.map((j, k) => [j, k + 1]));
  const tree = new Float64Array(ranks.length + 1);
  let top = 0;
  for (const [i, j, rel] of pairs) {
    const r = rankOf.get(j)!;
    let best = 0;
    for (let x = r - 1; x > 0; x -= x & -x) best = Math.max(best, tree[x]!);
    const v = best + weights[reportKey[i]!]! * rel;
    top = Math.max(top, v);
    for (let x = r; x <= ranks.length; x += x & -x) tree[x] = Math.max(tree[x]!, v);
  }
  return top;
}

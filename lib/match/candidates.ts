// Candidate search: an inverted index from word keys to the source sentences that hold them, so the
// cost of finding where a report clause may come from grows with the postings of its words, not with
// the length of the source (seed-and-extend, as text-reuse detectors do).
import { synonymGroups } from '../normalize/synonyms.ts';
import type { Vocabulary } from '../normalize/tokens.ts';
import type { PreparedDoc } from './document.ts';
import type { Relate } from './similarity.ts';

export interface SourceIndex {
  /** Key id → the sentences holding it, ascending, each once. */
  postings: Map<number, number[]>;
  sentenceCount: number;
  /** Scratch accumulator reused by every query. */
  scores: Float64Array;
  touched: number[];
}

export function buildSourceIndex(source: PreparedDoc): SourceIndex {
  const postings = new Map<number, number[]>();
  const n = source.seg.sentences.length;
  const { tokens, tokenContent } = source;
  for (let s = 0; s < n; s++) {
    for (let i = source.sentenceFirst[s]!; i < source.sentenceLast[s]!; i++) {
      if (!tokenContent[i]) continue;
      const k = tokens.key[i]!;
      let list = postings.get(k);
      if (list === undefined) postings.set(k, (list = []));
      if (list[list.length - 1] !== s) list.push(s);
    }
  }
  return { postings, sentenceCount: n, scores: new Float64Array(n), touched: [] };
}

/**
 * Source keys related to each report key (itself and its synonyms present in the source), with the
 * strength of the relation. Computed once per alignment run for the report's keys only.
 */
export function relatedSourceKeys(reportKeys: Iterable<number>, index: SourceIndex, vocab: Vocabulary, relate: Relate): Map<number, Array<[number, number]>> {
  const byGroup = new Map<number, number[]>();
  for (const k of index.postings.keys()) {
    const key = vocab.keys[k]!;
    if (key.startsWith('#') || /^\d/.test(key)) continue;
    for (const g of synonymGroups(key)) {
      let list = byGroup.get(g);
      if (list === undefined) byGroup.set(g, (list = []));
      list.push(k);
    }
  }
  const out = new Map<number, Array<[number, number]>>();
  for (const k of reportKeys) {
    if (out.has(k)) continue;
    const related: Array<[number, number]> = [];
    if (index.postings.has(k)) related.push([k, 1]);
    const key = vocab.keys[k]!;
    const seen = new Set<number>([k]);
    if (!key.startsWith('#')) {
      for (const g of synonymGroups(key)) {
        for (const other of byGroup.get(g) ?? []) {
          if (seen.has(other)) continue;
          seen.add(other);
          const r = relate(k, other);
          if (r > 0) related.push([other, r]);
        }
      }
    }
    out.set(k, related);
  }
  return out;
}

/**
 * The source sentences that share the most weighted words with a report passage, best first.
 * `keys` are the passage's distinct content keys with their weights.
 */
export function findCandidateSentences(
  keys: ReadonlyArray<[number, number]>,
  index: SourceIndex,
  related: Map<number, Array<[number, number]>>,
  limit: number,
): number[] {
  const { scores, touched } = index;
  for (const [k, weight] of keys) {
    for (const [other, rel] of related.get(k) ?? []) {
      for (const s of index.postings.get(other)!) {
        if (scores[s] === 0) touched.push(s);
        scores[s] = scores[s]! + weight * rel;
      }
    }
  }
  // Keep the best `limit` with an insertion list: a full sort of every touched sentence would cost
  // n log n per query on a 20 MB source.
  const best: number[] = [];
  for (const s of touched) {
    const v = scores[s]!;
    if (best.length === limit && v <= scores[best[limit - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && (scores[best[at - 1]!]! < v || (scores[best[at - 1]!]! === v && best[at - 1]! > s))) at--;
    best.splice(at, 0, s);
    if (best.length > limit) best.pop();
  }
  for (const s of touched) scores[s] = 0;
  touched.length = 0;
  return best;
}

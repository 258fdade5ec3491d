// The similarity between words: the one swappable part of the matcher. The default is lexical
// (same key, or WordNet synonyms); a semantic model can implement `SimilarityMeasure` later.
import { areSynonyms } from '../normalize/synonyms.ts';
import type { SimilarityMeasure } from '../types.ts';
import type { Vocabulary } from '../normalize/tokens.ts';

/** How much a synonym counts against the same word: enough to match a paraphrase, less than an exact echo. */
export const SYNONYM_RELATION = 0.75;

/** Same key → 1; WordNet synonyms → SYNONYM_RELATION; otherwise 0. Canonical names (`#us`) only match themselves. */
export const lexicalSimilarity: SimilarityMeasure = {
  name: 'lexical',
  relate(reportKey, sourceKey) {
    if (reportKey === sourceKey) return 1;
    if (reportKey.startsWith('#') || sourceKey.startsWith('#')) return 0;
    if (/^\d/.test(reportKey) || /^\d/.test(sourceKey)) return 0;
    return areSynonyms(reportKey, sourceKey) ? SYNONYM_RELATION : 0;
  },
};

/** A cached relation between key ids of one vocabulary. */
export type Relate = (reportKey: number, sourceKey: number) => number;

export function createRelate(vocab: Vocabulary, measure: SimilarityMeasure): Relate {
  const cache = new Map<number, number>();
  return (a, b) => {
    if (a === b) return 1;
    const id = a * 0x200000 + b;
    let r = cache.get(id);
    if (r === undefined) {
      r = measure.relate(vocab.keys[a]!, vocab.keys[b]!);
      cache.set(id, r);
    }
    return r;
  };
}

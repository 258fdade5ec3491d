// Porter stems (the `stemmer` package), cached: a 5 MB source has a few hundred thousand tokens but only
// tens of thousands of distinct words, so the cache turns stemming into a map lookup.
import { stemmer } from 'stemmer';

const cache = new Map<string, string>();

/** The Porter stem of a lower-case word: `splitting` → `split`, `dividing` → `divid`. */
export function stemWord(lower: string): string {
  let stem = cache.get(lower);
  if (stem === undefined) {
    stem = stemmer(lower);
    if (cache.size > 200_000) cache.clear();
    cache.set(lower, stem);
  }
  return stem;
}

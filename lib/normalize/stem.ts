// Porter stems (the `stemmer` package), cached: a 5 MB source has a few hundred thousand tokens but only
// tens of thousands of distinct words, so the cache turns stemming into a map lookup.
// Porter leaves adverbs apart from their adjectives (`seriously` → `serious`, `serious` → `seriou`), and
// reports turn one into the other all the time (`resulting in serious market distortions` → `will seriously
// distort the market`), so common adverb endings are taken back to the adjective first.
import { stemmer } from 'stemmer';

const cache = new Map<string, string>();

/** Adverb endings and the adjective endings they come from. */
const ADVERB_ENDINGS: ReadonlyArray<[string, string]> = [
  ['ously', 'ous'],
  ['ively', 'ive'],
  ['fully', 'ful'],
  ['lessly', 'less'],
  ['ently', 'ent'],
  ['antly', 'ant'],
  ['ately', 'ate'],
  ['ically', 'ic'],
  ['ally', 'al'],
  ['ably', 'able'],
  ['ibly', 'ible'],
];

function adjectiveOf(word: string): string {
  if (word.length < 7) return word;
  for (const [adverb, adjective] of ADVERB_ENDINGS) {
    if (word.endsWith(adverb)) return word.slice(0, -adverb.length) + adjective;
  }
  return word;
}

/** The stem of a lower-case word: `splitting` → `split`, `dividing` → `divid`, `seriously` → `seriou`. */
export function stemWord(lower: string): string {
  let stem = cache.get(lower);
  if (stem === undefined) {
    stem = stemmer(adjectiveOf(lower));
    if (cache.size > 200_000) cache.clear();
    cache.set(lower, stem);
  }
  return stem;
}

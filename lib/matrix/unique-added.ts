// Material only one report has: its `added` passages (no place in the source) that no other report carries either.
// A shared-word test, not the matcher: aligning every report with every other would cost n·(n-1) matcher runs, and
// the matcher is built to find the source statement a passage reports, not background two stories both took from a
// third place (on the Zhao example it links neither report's paragraph on the Justice Department charges to the
// other's). The words are the matcher's own keys (stems, `China`/`Chinese`/`PRC` as one), so spelling and word form
// do not matter; a paraphrase in other words does, and then the passage counts as unique (see README, Limitations).
import type { AlignResult, Span } from '../types.ts';
import { createVocabulary, tokenizeText, type TokenSeq, type Vocabulary } from '../normalize/tokens.ts';
import { segmentSentences } from '../segment/index.ts';

/** Another report carries a passage when one of its sentences holds at least this share of the passage's word weight… */
const SHARED_WEIGHT = 0.5;
/** …and at least this many of its content words (all of them when it has fewer), so two names in common are not enough. */
const SHARED_WORDS = 3;

/** For each report, the `added` spans of its pair that no other report carries, in report order. */
export function findUniqueAdded(reports: readonly string[], pairs: readonly AlignResult[]): Span[][] {
  const vocab = createVocabulary();
  const tokens = reports.map((text) => tokenizeText(text, vocab));
  const sentenceKeys = reports.map((text, i) => segmentSentences(text).map((s) => contentKeys(tokens[i]!, vocab, s)));
  const weight = rarityWeights(sentenceKeys.flat());

  return pairs.map((pair, i) =>
    pair.added.filter((span) => {
      const keys = contentKeys(tokens[i]!, vocab, span);
      if (keys.size === 0) return true;
      const total = sumWeights(keys, weight);
      const need = Math.min(SHARED_WORDS, keys.size);
      const carriedElsewhere = sentenceKeys.some(
        (sentences, j) =>
          j !== i &&
          sentences.some((other) => {
            const shared = [...keys].filter((k) => other.has(k));
            return shared.length >= need && sumWeights(shared, weight) >= SHARED_WEIGHT * total;
          }),
      );
      return !carriedElsewhere;
    }),
  );
}

/** The content-word keys of the tokens that lie inside `span`. */
function contentKeys(seq: TokenSeq, vocab: Vocabulary, span: Span): Set<number> {
  let lo = 0;
  let hi = seq.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (seq.start[mid]! < span.start) lo = mid + 1;
    else hi = mid;
  }
  const keys = new Set<number>();
  for (let t = lo; t < seq.count && seq.end[t]! <= span.end; t++) {
    const key = seq.key[t]!;
    if (vocab.keyContent[key]) keys.add(key);
  }
  return keys;
}

/** Inverse document frequency of each key over the sentences of all reports: words every story uses weigh little. */
function rarityWeights(sentences: readonly Set<number>[]): Map<number, number> {
  const df = new Map<number, number>();
  for (const keys of sentences) for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  const n = sentences.length;
  const weight = new Map<number, number>();
  for (const [k, d] of df) weight.set(k, Math.log((n + 1) / (d + 0.5)));
  return weight;
}

function sumWeights(keys: Iterable<number>, weight: ReadonlyMap<number, number>): number {
  let sum = 0;
  for (const k of keys) sum += weight.get(k) ?? 0;
  return sum;
}

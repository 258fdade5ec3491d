// Word weights by rarity (inverse document frequency over the source's sentences), so that
// "cyber" in a briefing about cyber attacks counts less than "wiretapping".
import type { Vocabulary } from '../normalize/tokens.ts';
import { tokenRange, type PreparedDoc } from './document.ts';

/**
 * Words that attribute rather than state (`spokesperson`, `ministry`, `briefing`): reports wrap every
 * statement in them, so they must not decide a match (LESSONS.md #1: frames dilute the score).
 */
const ATTRIBUTION_WORDS = [
  'spokesperson', 'spokesman', 'spokeswoman', 'ministry', 'minister', 'foreign', 'official', 'officials',
  'press', 'conference', 'briefing', 'reporter', 'reporters', 'remark', 'remarks', 'comment', 'comments',
  'statement', 'said', 'say', 'says', 'told', 'tuesday', 'monday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'daily', 'regular', 'secretary', 'adviser', 'advisor', 'aide', 'aides', 'spokespeople',
];

/** Share of the source's sentences a word absent from the source is weighted as if it appeared in. */
export const NOVEL_DF_SHARE = 0.02;

/** Weight of each key id. Keys absent from the source count as if seen once (rare, but not infinitely so). */
export function computeWeights(source: PreparedDoc, vocab: Vocabulary, stem: (w: string) => string): Float64Array {
  const keyCount = vocab.keys.length;
  const df = new Int32Array(keyCount);
  const seenIn = new Int32Array(keyCount).fill(-1);
  const { tokens } = source;
  const n = source.seg.sentences.length;
  for (let s = 0; s < n; s++) {
    for (let i = source.sentenceFirst[s]!; i < source.sentenceLast[s]!; i++) {
      const k = tokens.key[i]!;
      if (seenIn[k] !== s) {
        seenIn[k] = s;
        df[k]!++;
      }
    }
  }
  const weights = new Float64Array(keyCount);
  // A word the source never uses counts as a moderately common one: it may be new content, or just the
  // report's own wording for something the source says otherwise (LESSONS.md #1: paraphrase recall).
  const novelDf = Math.max(1, NOVEL_DF_SHARE * n);
  for (let k = 0; k < keyCount; k++) weights[k] = Math.log(1 + (n + 1) / ((df[k]! > 0 ? df[k]! : novelDf) + 0.5));
  const damp = (k: number | undefined, factor: number) => {
    if (k !== undefined) weights[k] = weights[k]! * factor;
  };
  for (const word of ATTRIBUTION_WORDS) damp(vocab.keyIds.get(stem(word)), 0.25);
  // Names in speaker labels (`Zhao Lijian:`) refer to who speaks, which a frame already tells.
  const labelKeys = new Set<number>();
  for (const turn of source.seg.turns) {
    if (!turn.label) continue;
    const [a, b] = tokenRange(tokens, turn.label);
    for (let i = a; i < b; i++) labelKeys.add(tokens.key[i]!);
  }
  for (const k of labelKeys) damp(k, 0.2);
  return weights;
}

// `npm run bench -- --only translation` (issue 15): a 100,000-character original against its translation.
// The original is built by joining the translation cases of one language pair (seeds/cases-translation/), original
// after original and translation after translation in the same order, until the original reaches the size: real
// sentences in a real order, so the in-order aligner does the work it does on a long white paper. Prints the first
// run (it loads the dictionary) and the median of the warm runs against the 2 s target. Timings are printed, never
// asserted.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { alignTexts } from '../lib/index.ts';

const CASES = join(import.meta.dirname, '..', 'seeds', 'cases-translation');
const TARGET_CHARS = 100_000;
const TARGET_MS = 2000;

/** The original (source) and its translation (report), each at least `chars` long on the original's side. */
export function buildTranslationPair(pair: string, chars: number): { original: string; translation: string } {
  const cases = readdirSync(CASES)
    .filter((name) => name.includes(`-${pair}`))
    .sort()
    .map((name) => ({
      original: readFileSync(join(CASES, name, 'b.txt'), 'utf8'),
      translation: readFileSync(join(CASES, name, 'a.txt'), 'utf8'),
    }));
  if (!cases.length) throw new Error(`no translation cases named with -${pair} under ${CASES}`);
  const originals: string[] = [];
  const translations: string[] = [];
  for (let i = 0, length = 0; length < chars; i++) {
    const c = cases[i % cases.length]!;
    originals.push(c.original);
    translations.push(c.translation);
    length += c.original.length + 2;
  }
  return { original: originals.join('\n\n'), translation: translations.join('\n\n') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchTranslation(runs = 5): void {
  console.log(`\ntranslation mode (issue 15): a ${TARGET_CHARS.toLocaleString('en')}-character original against its translation, in-process`);
  console.log('  pair     original  translation      first run   warm median   alignments');
  for (const pair of ['zh-en', 'uk-en']) {
    const { original, translation } = buildTranslationPair(pair, TARGET_CHARS);
    let t0 = performance.now();
    const result = alignTexts(translation, original);
    const firstMs = performance.now() - t0;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      alignTexts(translation, original);
      times.push(performance.now() - t0);
    }
    const warm = median(times);
    const verdict = warm <= TARGET_MS && firstMs <= TARGET_MS ? 'met' : 'NOT MET';
    console.log(
      `  ${pair}  ${String(original.length).padStart(10)}  ${String(translation.length).padStart(11)}  ` +
        `${firstMs.toFixed(0).padStart(10)} ms  ${warm.toFixed(0).padStart(9)} ms  ${String(result.alignments.length).padStart(11)}` +
        `  [≤ ${TARGET_MS} ms: ${verdict}]`,
    );
  }
}

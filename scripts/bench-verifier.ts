// `npm run bench -- --only verifier` (issue 13): a 3 KB report against a 100 KB transcript end to end with a
// semantic model enabled, against the 5 s target. No weights can be downloaded here, so the model is the tiny
// cross-encoder of server/semantic/tiny-model.ts (a real one's files and shape, a trivial network), with every
// word of the two texts in its vocabulary: the figure is the pipeline's (loading, tokenizing, batching, the two
// alignment runs), and a real MiniLM adds its own forward passes, printed here as pairs per run. Timings are
// printed, never asserted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignTexts, alignWithScorer, type PairScorer, type PassagePair } from '../lib/index.ts';
import { loadCrossEncoder } from '../server/semantic/cross-encoder.ts';
import { writeTinyModel } from '../server/semantic/tiny-model.ts';

const CASES = join(import.meta.dirname, '..', 'seeds', 'cases');
const REPORT_CHARS = 3000;
const SOURCE_CHARS = 100_000;
const TARGET_MS = 5000;

/** `text` cut at the last paragraph break before `chars` (whole paragraphs, as a user pastes them). */
function cutAt(text: string, chars: number): string {
  if (text.length <= chars) return text;
  const end = text.lastIndexOf('\n', chars);
  return text.slice(0, end > chars / 2 ? end : chars);
}

export async function benchVerifier(): Promise<void> {
  const read = (name: string, file: string) => readFileSync(join(CASES, name, file), 'utf8');
  const report = cutAt(read('wire-wh-biden-nato-presser-cna-20240711', 'a.txt'), REPORT_CHARS);
  // The report's own transcript first, then other briefings, to 100,000 characters.
  const source = cutAt(
    [
      read('wire-wh-biden-nato-presser-cna-20240711', 'b.txt'),
      read('wire-wh-kirby-biden-xi-call-jakartaglobe-20240402', 'b.txt'),
    ].join('\n\n'),
    SOURCE_CHARS,
  );
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-bench-model-'));
  try {
    const words = [...new Set(`${report} ${source}`.toLowerCase().match(/\p{L}+/gu) ?? [])];
    const tiny = writeTinyModel(join(dir, 'model'), words);
    const t0 = performance.now();
    const loaded = await loadCrossEncoder(join(dir, 'model'));
    const loadMs = performance.now() - t0;
    let pairs = 0;
    let modelMs = 0;
    const counted: PairScorer = {
      name: loaded.name,
      score: async (batch: readonly PassagePair[]) => {
        const t = performance.now();
        pairs += batch.length;
        const out = await loaded.score(batch);
        modelMs += performance.now() - t;
        return out;
      },
    };
    const t1 = performance.now();
    const result = await alignWithScorer(report, source, counted);
    const firstMs = performance.now() - t1;
    const runs: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t = performance.now();
      await alignWithScorer(report, source, loaded);
      runs.push(performance.now() - t);
    }
    const median = runs.sort((x, y) => x - y)[2]!;
    const t2 = performance.now();
    alignTexts(report, source);
    const lexicalMs = performance.now() - t2;
    const end = loadMs + firstMs;
    console.log(
      `\nsemantic verifier: a ${report.length}-character report against a ${source.length}-character transcript`,
    );
    console.log(`  tiny model (${tiny.vocab.length} tokens in its vocabulary): load ${loadMs.toFixed(0)} ms`);
    console.log(
      `  first run ${firstMs.toFixed(0)} ms (${pairs} pairs scored in ${modelMs.toFixed(0)} ms), warm median ${median.toFixed(0)} ms; ` +
        `lexical matcher alone ${lexicalMs.toFixed(0)} ms; ${result.alignments.length} alignments`,
    );
    console.log(
      `  end to end (load + first run) ${end.toFixed(0)} ms, target ≤ ${TARGET_MS} ms: ${end <= TARGET_MS ? 'met' : 'NOT met'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

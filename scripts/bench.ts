// `npm run bench`: how the matcher's time and memory grow with the source, against the targets.
//   1. Builds 1, 5 and 20 MB sources in bench-out/ (git-ignored) by concatenating the seed transcripts
//      (seeds/mfa-*.txt) many times with light seeded-random edits (words swapped, deleted, duplicated; numbers changed).
//   2. Per size, in a child process of its own (so sizes do not share a peak): aligns the Xinhua seed report against
//      it, then times a plain tokenisation pass (lower-case every /\p{L}[\p{L}\p{N}'-]*|\p{N}+/gu match) over the
//      same text; prints wall time, peak memory (process.resourceUsage().maxRSS) and the ratio of the two times.
//   3. The seed case in-process after warm-up (median of 20 runs).
//   4. End to end from the shell: `node bin/claimdiff.mjs align REPORT SOURCE_5MB --format json` (and through npx)
//      against `node -e` doing the plain lower-casing pass over the same file.
//   5. The statement matrix (issue 6): one source against 10 reports in-process: the Zhao transcript with The
//      Record's, ZDNet's and Xinhua's stories and 7 seeded-random edits of the first two; the pairwise total, the
//      matrix build and the wall clock.
//   6. Translation mode (issue 15): a 100,000-character original against its translation (scripts/bench-translation.ts).
//   7. The archive (issue 17, scripts/bench-archive.ts): finding a report's source among a large archive of
//      distractor transcripts; the build time, the index size on disk and the find time per report. `--only archive`
//      runs it on 1 GB (or `--archive-mb N`); the full bench ends with it on `--archive-mb` (default 64) MB.
//   8. The semantic verifier (issue 13, scripts/bench-verifier.ts): a 3 KB report against a 100 KB transcript with a
//      model enabled (a tiny test model: no weights can be downloaded here); `--only verifier` runs just it.
// Options: --sizes 1,5,20 (MB), --runs 20, --only matrix|translation|archive|verifier (just step 5, 6, 7 or 8),
// --archive-mb N,
// --only batch (the job queue's throughput, scripts/bench-batch.ts, with its own options). Timings are printed,
// never asserted.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { alignTexts, buildMatrix } from '../lib/index.ts';
import { prng } from '../test/fuzz/random.ts'; // mulberry32: the same sources and predictions on every run
import { editCopy } from './bench-sources.ts';
import { benchTranslation } from './bench-translation.ts';
import { benchArchive } from './bench-archive.ts';
import { benchBatch } from './bench-batch.ts';
import { benchVerifier } from './bench-verifier.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench-out');
const REPORT = join(ROOT, 'seeds', 'xinhua-2021-12-09-wang-wenbin-summit-for-democracy.txt');
const SEED_SOURCE = join(ROOT, 'seeds', 'mfa-2021-12-09-wang-wenbin-press-conference.txt');
const MB = 1024 * 1024;
const TOKEN = /\p{L}[\p{L}\p{N}'-]*|\p{N}+/gu;
// Bump when the generator changes, so old files in bench-out/ are not reused.
const GENERATOR_VERSION = 1;

const TARGETS = { seedMs: 50, fiveMbMs: 2000, fiveMbRssMb: 1024, e2eMs: 4000, e2eRatio: 10 };

/** The plain pass every figure is compared with: lower-case every word-like match. Returns the match count. */
function tokenizePass(text: string): number {
  let n = 0;
  for (const m of text.matchAll(TOKEN)) if (m[0].toLowerCase().length > 0) n++;
  return n;
}

/** Builds (or reuses) bench-out/source-<mb>mb-v<version>.txt: edited seed transcripts up to `mb` MB, never over. */
function buildSource(mb: number): string {
  const file = join(OUT, `source-${mb}mb-v${GENERATOR_VERSION}.txt`);
  if (existsSync(file)) return file;
  const transcripts = readdirSync(join(ROOT, 'seeds'))
    .filter((n) => /^mfa-.*\.txt$/.test(n))
    .sort()
    .map((n) => readFileSync(join(ROOT, 'seeds', n), 'utf8'));
  const rand = prng(mb * 7919);
  const chunks: string[] = [];
  let bytes = 0;
  for (let i = 0; ; i++) {
    const copy = editCopy(transcripts[i % transcripts.length]!, rand) + '\n\n';
    const size = Buffer.byteLength(copy);
    if (bytes + size > mb * MB) break; // stay under the size: the 20 MB file must pass the CLI's 20 MB limit
    chunks.push(copy);
    bytes += size;
  }
  mkdirSync(OUT, { recursive: true });
  writeFileSync(file, chunks.join(''));
  return file;
}

interface ChildResult {
  alignMs: number;
  tokenizeMs: number;
  rssMb: number;
  alignments: number;
  chars: number;
}

/** In a child process: align, record the peak memory, then time the plain pass. Prints one JSON line. */
function runChild(reportFile: string, sourceFile: string): void {
  const report = readFileSync(reportFile, 'utf8');
  const source = readFileSync(sourceFile, 'utf8');
  let t0 = performance.now();
  const result = alignTexts(report, source);
  const alignMs = performance.now() - t0;
  const rssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
  t0 = performance.now();
  tokenizePass(source);
  const tokenizeMs = performance.now() - t0;
  const out: ChildResult = { alignMs, tokenizeMs, rssMb, alignments: result.alignments.length, chars: source.length };
  console.log(JSON.stringify(out));
}

function timeCommand(command: string, args: string[]): { ms: number; status: number | null; stderr: string } {
  const t0 = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  return { ms: performance.now() - t0, status: run.status, stderr: run.stderr.trim().split('\n')[0] ?? '' };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = (x: number) => `${x.toFixed(x < 100 ? 1 : 0)} ms`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');

/** Step 5: one source against 10 reports, each aligned once, then the matrix. After one warm-up alignment. */
function benchMatrix(): void {
  const read = (...parts: string[]) => readFileSync(join(ROOT, 'seeds', ...parts), 'utf8');
  const source = read('mfa-2021-07-20-zhao-lijian-press-conference.txt');
  const real = [
    read('cases', 'zhao-20210720-therecord', 'a.txt'),
    read('cases', 'zhao-20210720-zdnet', 'a.txt'),
    read('xinhua-2021-12-09-wang-wenbin-summit-for-democracy.txt'),
  ];
  const rand = prng(2021);
  const reports = [...real, ...Array.from({ length: 7 }, (_, i) => editCopy(real[i % 2]!, rand))];
  alignTexts(real[0]!, source); // warm-up: JIT and lazily built tables
  const wall0 = performance.now();
  const pairMs: number[] = [];
  const pairs = reports.map((report) => {
    const t0 = performance.now();
    const result = alignTexts(report, source);
    pairMs.push(performance.now() - t0);
    return result;
  });
  const t0 = performance.now();
  const matrix = buildMatrix(source, reports, pairs);
  const matrixMs = performance.now() - t0;
  const wallMs = performance.now() - wall0;
  const pairTotal = pairMs.reduce((a, b) => a + b, 0);
  console.log(
    `\nstatement matrix: one source (${source.length} chars) against ${reports.length} reports ` +
      `(3 real, 7 seeded edits), in-process after warm-up`,
  );
  console.log(
    `  pairwise alignments  ${ms(pairTotal).padStart(10)}  (${reports.length} runs: median ${ms(median(pairMs))}, slowest ${ms(Math.max(...pairMs))})`,
  );
  console.log(
    `  matrix build         ${ms(matrixMs).padStart(10)}  (${matrix.rows.length} rows, ${matrix.rows.filter((r) => r.carriedBy >= 2).length} carried by two or more)`,
  );
  console.log(`  wall clock           ${ms(wallMs).padStart(10)}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  if (option('--only', '') === 'matrix') return benchMatrix();
  if (option('--only', '') === 'translation') return benchTranslation();
  if (option('--only', '') === 'archive') return benchArchive(args);
  if (option('--only', '') === 'batch') return benchBatch(args); // the job queue: scripts/bench-batch.ts
  if (option('--only', '') === 'verifier') return benchVerifier(); // a semantic model: scripts/bench-verifier.ts
  const sizes = option('--sizes', '1,5,20')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const runs = Number(option('--runs', '20'));

  console.log(`claimdiff bench (node ${process.version}); targets in brackets\n`);
  console.log('sources: seed transcripts concatenated with seeded-random edits, in bench-out/');
  const files = new Map(sizes.map((mb) => [mb, buildSource(mb)]));

  console.log('\nper size, each in its own process: align the Xinhua seed report against the source');
  console.log('(the "seed" row is the 24 KB seed transcript, cold: the fixed cost of loading tables and warming up;');
  console.log(' "per extra MB" is the time beyond it per MB, which stays about the same when time grows linearly)');
  console.log('  size    chars        align  per extra MB     peak RSS     tokenise     ratio   alignments');
  let fixedMs: number | undefined;
  const rows: [string, number, string][] = [
    ['seed', 0, SEED_SOURCE],
    ...[...files].map(([mb, file]): [string, number, string] => [`${mb} MB`, mb, file]),
  ];
  for (const [label, mb, file] of rows) {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'bench.ts'), '--child', REPORT, file],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 16 * MB,
      },
    );
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.log(
        `  ${label.padStart(5)}  FAILED (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-1)[0] ?? ''}`,
      );
      continue;
    }
    const r = JSON.parse(line) as ChildResult;
    if (mb === 0) fixedMs = r.alignMs;
    const perExtraMb = mb > 0 && fixedMs !== undefined ? ms((r.alignMs - fixedMs) / mb) : '';
    const target =
      mb === 5
        ? `  [≤ ${TARGETS.fiveMbMs} ms, ≤ ${TARGETS.fiveMbRssMb} MB: ${verdict(r.alignMs <= TARGETS.fiveMbMs && r.rssMb <= TARGETS.fiveMbRssMb)}]`
        : '';
    console.log(
      `  ${label.padStart(5)}  ${String(r.chars).padStart(9)}  ${ms(r.alignMs).padStart(10)}  ${perExtraMb.padStart(12)}  ` +
        `${r.rssMb.toFixed(0).padStart(7)} MB  ${ms(r.tokenizeMs).padStart(10)}  ${(r.alignMs / r.tokenizeMs).toFixed(1).padStart(6)}×  ${String(r.alignments).padStart(6)}${target}`,
    );
  }

  const report = readFileSync(REPORT, 'utf8');
  const seedSource = readFileSync(SEED_SOURCE, 'utf8');
  for (let i = 0; i < 5; i++) alignTexts(report, seedSource); // warm-up: JIT and lazily built tables
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    alignTexts(report, seedSource);
    times.push(performance.now() - t0);
  }
  const seedMedian = median(times);
  console.log(
    `\nseed case in-process after warm-up: median of ${runs} runs ${ms(seedMedian)} [≤ ${TARGETS.seedMs} ms: ${verdict(seedMedian <= TARGETS.seedMs)}]`,
  );
  benchMatrix();
  benchTranslation();
  await benchVerifier();
  await benchArchive(args.includes('--archive-mb') ? args : [...args, '--archive-mb', '64']);

  const five = files.get(5);
  if (!five) return console.log('\nend to end: skipped (needs the 5 MB size)');
  // Rebuild the bundle first: a stale dist/ would time yesterday's matcher.
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0)
    return console.log('\nend to end: skipped (node scripts/build-cli.mjs failed: run npm install)');
  const plainScript = `const t=require('fs').readFileSync(process.argv[1],'utf8');let n=0;for(const m of t.matchAll(/\\p{L}[\\p{L}\\p{N}'-]*|\\p{N}+/gu))if(m[0].toLowerCase())n++;console.log(n)`;
  const plain = timeCommand(process.execPath, ['-e', plainScript, five]);
  const cli = timeCommand(process.execPath, [
    join(ROOT, 'bin', 'claimdiff.mjs'),
    'align',
    REPORT,
    five,
    '--format',
    'json',
  ]);
  const npx = timeCommand('npx', ['--no-install', 'claimdiff', 'align', REPORT, five, '--format', 'json']);
  console.log('\nend to end from the shell, 5 MB source:');
  console.log(`  ${'node -e, the plain lower-casing pass'.padEnd(48)} ${ms(plain.ms).padStart(10)}`);
  for (const [name, run] of [
    ['node bin/claimdiff.mjs align … --format json', cli],
    ['npx --no-install claimdiff align …', npx],
  ] as const) {
    const ok = run.status === 0 && run.ms <= TARGETS.e2eMs && run.ms / plain.ms <= TARGETS.e2eRatio;
    const failure = run.status === 0 ? '' : `  FAILED (exit ${run.status}): ${run.stderr}`;
    console.log(
      `  ${name.padEnd(48)} ${ms(run.ms).padStart(10)}  ${(run.ms / plain.ms).toFixed(1)}× the plain pass  [≤ ${TARGETS.e2eMs} ms and ≤ ${TARGETS.e2eRatio}×: ${verdict(ok)}]${failure}`,
    );
  }
}

if (process.argv[2] === '--child') runChild(process.argv[3]!, process.argv[4]!);
else await main();

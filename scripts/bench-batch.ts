// `npm run bench -- --only batch`: batch throughput through the job queue (issue 17: 1,000 reports against a 1 GB
// archive with 2 workers on this machine in ≤ 10 minutes, throughput about linear in workers).
//   1. Makes a database of its own (`claimdiff_bench`, beside the one --db or CLAIMDIFF_TEST_DATABASE_URL names;
//      dropped at the end unless --keep) and fills its archive in-process: every labelled case's source, the seed
//      transcripts, and distractor transcripts built as find's eval builds them (scripts/bench-sources.ts
//      buildDistractor: paragraphs of the real sources, shuffled and edited) up to --archive-mb of text.
//   2. Writes --reports reports to bench-out/batch-reports/: the labelled cases' reports in turn, each lightly
//      edited (editCopy), so no two are the same text.
//   3. Per worker count: `claimdiff batch --queue`, then that many `claimdiff worker` processes, timed from their
//      start until `claimdiff results --wait` has every line (checked: each report once); prints wall time,
//      reports per second, the time 1,000 reports would take, and the speed-up over one worker.
// Options: --reports 1000, --archive-mb 1024, --workers 1,2, --db URL, --keep. Timings are printed, never asserted.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { openPostgresStore } from '../server/store/postgres-store.ts';
import { seedStore } from '../server/store/seed-store.ts';
import { prng } from '../test/fuzz/random.ts';
import { buildDistractor, editCopy } from './bench-sources.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'claimdiff.mjs');
const CASES = join(ROOT, 'seeds', 'cases');
const REPORTS_DIR = join(ROOT, 'bench-out', 'batch-reports');
const MB = 1024 * 1024;
const DATABASE = 'claimdiff_bench';
const TARGET = { reports: 1000, archiveMb: 1024, workers: 2, minutes: 10 };

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

export async function benchBatch(args: readonly string[]): Promise<void> {
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const reportCount = Number(option('--reports', String(TARGET.reports)));
  const archiveMb = Number(option('--archive-mb', String(TARGET.archiveMb)));
  const workerCounts = option('--workers', '1,2')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const base = option('--db', process.env.CLAIMDIFF_TEST_DATABASE_URL ?? '');
  if (!base) throw new Error('bench --only batch needs --db postgres://… or CLAIMDIFF_TEST_DATABASE_URL');
  const url = Object.assign(new URL(base), { pathname: `/${DATABASE}` }).toString();
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };

  console.log(
    `claimdiff bench: batch through the job queue (target: ${TARGET.reports} reports, ${TARGET.archiveMb} MB archive, ${TARGET.workers} workers, ≤ ${TARGET.minutes} min; about linear in workers)\n`,
  );
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${DATABASE}`);
  try {
    // 1. The archive.
    const t0 = performance.now();
    const store = await openPostgresStore(url);
    await seedStore(store, join(ROOT, 'seeds'));
    const cases = readdirSync(CASES, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const name of cases)
      await store.addSource({ text: readFileSync(join(CASES, name, 'b.txt'), 'utf8'), title: name });
    const real: string[] = [];
    for (const s of await store.listSources({ limit: 1000 })) real.push((await store.getSource(s.id))!.text);
    let chars = real.reduce((n, t) => n + t.length, 0);
    const rand = prng(17);
    let distractors = 0;
    while (chars < archiveMb * MB) {
      // Four at a time: each add is a transaction of its own, and the server takes them side by side.
      const texts = Array.from({ length: 4 }, () => buildDistractor(real, 15_000 + Math.floor(rand() * 35_000), rand));
      await Promise.all(texts.map((text, i) => store.addSource({ text, title: `Distractor ${distractors + i + 1}` })));
      distractors += texts.length;
      chars += texts.reduce((n, t) => n + t.length, 0);
    }
    const sources = await store.countSources();
    await store.close();
    const sizes = new pg.Client({ connectionString: url });
    await sizes.connect();
    // The planner's statistics, as autovacuum would gather them a minute later: with none, the first worker count
    // ran on plans made for empty tables and was measured several times slower than the next.
    await sizes.query('ANALYZE');
    const size = (
      await sizes.query<{ db: string; index: string }>(
        `SELECT pg_database_size(current_database())::float8 AS db, pg_relation_size('source_terms_index')::float8 AS index`,
      )
    ).rows[0]!;
    await sizes.end();
    console.log(
      `archive: ${sources} sources (${real.length} real, ${distractors} distractors), ${(chars / MB).toFixed(0)} MB of text, built in ${seconds(performance.now() - t0)}; database ${(Number(size.db) / MB).toFixed(0)} MB, GIN index ${(Number(size.index) / MB).toFixed(0)} MB`,
    );

    // 2. The reports.
    rmSync(REPORTS_DIR, { recursive: true, force: true });
    mkdirSync(REPORTS_DIR, { recursive: true });
    const caseReports = cases.map((name) => readFileSync(join(CASES, name, 'a.txt'), 'utf8'));
    for (let i = 0; i < reportCount; i++)
      writeFileSync(
        join(REPORTS_DIR, `report-${String(i).padStart(5, '0')}.txt`),
        editCopy(caseReports[i % caseReports.length]!, rand),
      );
    console.log(`reports: ${reportCount} (the ${cases.length} labelled cases' reports in turn, lightly edited)\n`);

    // 3. Per worker count.
    console.log('  workers   reports      wall   reports/s   1,000 reports   speed-up');
    let single: number | undefined;
    for (const workers of workerCounts) {
      const queued = spawnSync(process.execPath, [BIN, 'batch', '--queue', '--db', url, REPORTS_DIR], {
        encoding: 'utf8',
      });
      if (queued.status !== 0) throw new Error(`batch --queue failed: ${queued.stderr}`);
      const batch = queued.stdout.trim();
      const started = performance.now();
      const children: ChildProcess[] = Array.from({ length: workers }, () =>
        spawn(process.execPath, [BIN, 'worker', '--db', url, '--poll', '1'], { stdio: 'ignore' }),
      );
      const results = spawnSync(process.execPath, [BIN, 'results', '--db', url, batch, '--wait'], {
        encoding: 'utf8',
        maxBuffer: 1024 * MB,
      });
      const wallMs = performance.now() - started;
      await Promise.all(
        children.map((child) => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')))),
      );
      if (results.status !== 0) throw new Error(`results failed (${results.status}): ${results.stderr}`);
      const lines = results.stdout.trim().split('\n');
      const reports = new Set(lines.map((l) => (JSON.parse(l) as { report: string }).report));
      if (lines.length !== reportCount || reports.size !== reportCount)
        throw new Error(`batch ${batch}: ${lines.length} lines for ${reports.size} of ${reportCount} reports`);
      const perSecond = (reportCount * 1000) / wallMs;
      single ??= perSecond;
      console.log(
        `  ${String(workers).padStart(7)}   ${String(reportCount).padStart(7)}   ${seconds(wallMs).padStart(7)}   ${perSecond.toFixed(2).padStart(9)}   ${seconds((1000 * 1000) / perSecond).padStart(13)}   ${(perSecond / single).toFixed(2).padStart(7)}×`,
      );
    }
  } finally {
    if (!args.includes('--keep')) await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  }
}

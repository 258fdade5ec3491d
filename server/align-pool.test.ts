// The matcher pool: lazy workers that are reused, the bounded queue and its 503, the per-job time limit that
// replaces a runaway worker, crashes, cancelled waiting jobs, and the real worker bundle agreeing with alignTexts.
// Queue and timing tests use align-pool.test-worker.mjs, whose report text says what to do.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { alignTexts, alignWithScorer } from '../lib/index.ts';
import { loadCrossEncoder } from './semantic/cross-encoder.ts';
import { writeTinyModel } from './semantic/tiny-model.ts';
import {
  AlignPoolError,
  alignPoolErrorStatus,
  createAlignPool,
  defaultPoolSize,
  defaultWorkerPath,
} from './align-pool.ts';

const FAKE = join(import.meta.dirname, 'align-pool.test-worker.mjs');

interface FakeAnswer {
  report: string;
  threadId: number;
  minScore?: number;
}
const answerOf = (json: string) => JSON.parse(json) as FakeAnswer;

/** The code of the AlignPoolError a promise rejects with, or 'resolved'. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    assert.ok(error instanceof AlignPoolError, `not an AlignPoolError: ${String(error)}`);
    return error.code;
  }
}

before(() => {
  // The real worker is built at install time; build it here too, so the test runs from a fresh clone.
  if (!existsSync(defaultWorkerPath())) spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
});

test('the default size leaves one core for pages: max(1, cores − 1)', () => {
  assert.equal(defaultPoolSize(), Math.max(1, availableParallelism() - 1));
});

test('the built worker gives exactly what alignTexts gives, as JSON, and passes minScore on', async () => {
  const pool = createAlignPool({ size: 1 });
  try {
    const report = 'The minister said talks would resume. "We will never accept this," she said.';
    const source = 'Minister: Talks will resume next week. We will never accept this proposal.';
    assert.deepEqual(await pool.align(report, source), JSON.parse(JSON.stringify(alignTexts(report, source))));
    const strict = await pool.align(report, source, { minScore: 0.99 });
    assert.deepEqual(strict, JSON.parse(JSON.stringify(alignTexts(report, source, { minScore: 0.99 }))));
  } finally {
    await pool.close();
  }
});

test('the built worker takes the languages given: a given language decides the mode over the script', async () => {
  const pool = createAlignPool({ size: 1 });
  try {
    const report = 'Over 9 million new jobs were created.';
    const source = '城镇新增就业900万人。';
    const detected = await pool.align(report, source);
    assert.equal(detected.alignments.length, 1, 'a Chinese original of an English translation');
    // Given as English, the source is matched word by word, and no English word is in it.
    const given = await pool.align(report, source, { reportLanguage: 'en', sourceLanguage: 'en' });
    assert.deepEqual(given, JSON.parse(JSON.stringify(alignTexts(report, source, { sourceLanguage: 'en' }))));
    assert.equal(given.alignments.length, 0);
  } finally {
    await pool.close();
  }
});

test('workers start on first use and are reused, never more than the size', async () => {
  const pool = createAlignPool({ size: 2, workerPath: FAKE });
  try {
    assert.equal(pool.stats().workers, 0, 'no worker before the first job');
    const first = answerOf(await pool.alignJson('a', 'b'));
    const second = answerOf(await pool.alignJson('c', 'd'));
    assert.equal(second.threadId, first.threadId, 'a sequential job reuses the idle worker');
    assert.equal(pool.stats().workers, 1);
    const parallel = await Promise.all(['sleep:50', 'sleep:50', 'sleep:50', 'x'].map((r) => pool.alignJson(r, 's')));
    assert.equal(new Set(parallel.map((j) => answerOf(j).threadId)).size, 2, 'four jobs share two workers');
    assert.deepEqual(
      parallel.map((j) => answerOf(j).report),
      ['sleep:50', 'sleep:50', 'sleep:50', 'x'],
      'each job gets its own answer',
    );
  } finally {
    await pool.close();
  }
});

test('past the queue limit a job is refused at once with queue-full → 503 and a Retry-After', async () => {
  const pool = createAlignPool({ size: 1, maxQueue: 2, workerPath: FAKE });
  try {
    const accepted = ['sleep:150', 'q1', 'q2'].map((r) => pool.alignJson(r, 's'));
    assert.deepEqual(pool.stats(), { size: 1, workers: 1, running: 1, queued: 2, replaced: 0 });
    const refused = pool.alignJson('one too many', 's');
    await assert.rejects(refused, (error: unknown) => {
      assert.ok(error instanceof AlignPoolError);
      assert.equal(error.code, 'queue-full');
      assert.equal(alignPoolErrorStatus(error), 503);
      assert.equal(error.retryAfterSeconds, 5);
      assert.match(error.message, /The server is busy: 1 comparisons are running and 2 are waiting/);
      return true;
    });
    const answers = await Promise.all(accepted);
    assert.deepEqual(
      answers.map((j) => answerOf(j).report),
      ['sleep:150', 'q1', 'q2'],
      'the waiting jobs ran, in order',
    );
    assert.equal(await outcome(pool.alignJson('after', 's')), 'resolved', 'the queue has room again');
  } finally {
    await pool.close();
  }
});

test('a job over the time limit fails with timeout → 504, and its worker is terminated and replaced', async () => {
  const pool = createAlignPool({ size: 1, timeoutMs: 1500, workerPath: FAKE });
  try {
    const before = answerOf(await pool.alignJson('warm', 's')).threadId;
    const started = performance.now();
    const stuck = pool.alignJson('spin', 's');
    const waiting = pool.alignJson('next in line', 's');
    await assert.rejects(stuck, (error: unknown) => {
      assert.ok(error instanceof AlignPoolError);
      assert.equal(error.code, 'timeout');
      assert.equal(alignPoolErrorStatus(error), 504);
      assert.match(error.message, /took longer than 2 s and was stopped; try shorter texts/);
      return true;
    });
    assert.ok(performance.now() - started < 5000, 'the timeout fired on time');
    const after = answerOf(await waiting);
    assert.notEqual(after.threadId, before, 'the job waiting behind it ran on a new worker');
    assert.equal(pool.stats().replaced, 1);
    assert.equal(pool.stats().workers, 1);
  } finally {
    await pool.close();
  }
});

test('a worker that dies fails its job with worker-failed → 500; the next job gets a new worker', async () => {
  const pool = createAlignPool({ size: 1, workerPath: FAKE });
  try {
    await assert.rejects(pool.alignJson('crash', 's'), (error: unknown) => {
      assert.ok(error instanceof AlignPoolError);
      assert.equal(error.code, 'worker-failed');
      assert.equal(alignPoolErrorStatus(error), 500);
      assert.match(error.message, /The matcher stopped unexpectedly \(exit code 3\)/);
      return true;
    });
    assert.equal(await outcome(pool.alignJson('fine', 's')), 'resolved');
    assert.equal(pool.stats().replaced, 1);
  } finally {
    await pool.close();
  }
});

test('an error thrown by the matcher comes back as matcher-error with its message, and the worker stays', async () => {
  const pool = createAlignPool({ size: 1, workerPath: FAKE });
  try {
    await assert.rejects(pool.alignJson('throw', 's'), /The matcher failed on these texts: alignTexts: report must/);
    assert.equal(await outcome(pool.alignJson('fine', 's')), 'resolved');
    assert.equal(pool.stats().replaced, 0);
  } finally {
    await pool.close();
  }
});

test('a waiting job whose client went away is dropped from the queue; a running one finishes', async () => {
  const pool = createAlignPool({ size: 1, workerPath: FAKE });
  try {
    const running = new AbortController();
    const waiting = new AbortController();
    const first = pool.alignJson('sleep:150', 's', { signal: running.signal });
    const second = pool.alignJson('never runs', 's', { signal: waiting.signal });
    assert.equal(pool.stats().queued, 1);
    waiting.abort();
    running.abort();
    assert.equal(await outcome(second), 'aborted');
    assert.equal(pool.stats().queued, 0);
    assert.equal(await outcome(first), 'resolved');
    assert.equal(await outcome(pool.alignJson('x', 's', { signal: AbortSignal.abort() })), 'aborted');
  } finally {
    await pool.close();
  }
});

test('a missing worker bundle is a clear worker-failed naming the build script', async () => {
  const pool = createAlignPool({ workerPath: join(import.meta.dirname, 'no-such-worker.mjs') });
  await assert.rejects(
    pool.alignJson('a', 'b'),
    /The matcher worker is missing \(.*no-such-worker\.mjs\); build it with `node scripts\/build-cli\.mjs`/,
  );
  await pool.close();
});

test('close fails the waiting and running jobs with closed → 503 and refuses new ones', async () => {
  const pool = createAlignPool({ size: 1, workerPath: FAKE });
  const outcomes = [pool.alignJson('sleep:500', 's'), pool.alignJson('waiting', 's')].map(outcome);
  await pool.close();
  assert.deepEqual(await Promise.all(outcomes), ['closed', 'closed']);
  assert.equal(await outcome(pool.alignJson('late', 's')), 'closed');
  assert.equal(alignPoolErrorStatus(new AlignPoolError('closed', '')), 503);
});

test('bad pool options are refused by name', () => {
  assert.throws(() => createAlignPool({ size: 0 }), /size must be a positive integer, not 0/);
  assert.throws(() => createAlignPool({ maxQueue: -1 }), /maxQueue must be a non-negative integer, not -1/);
});

test('with CLAIMDIFF_MODEL set, the built worker blends that semantic model in, as alignWithScorer does', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimdiff-pool-model-'));
  const before = process.env.CLAIMDIFF_MODEL;
  try {
    writeTinyModel(join(dir, 'model'), ['minister', 'talks', 'resume', 'never', 'accept']);
    process.env.CLAIMDIFF_MODEL = join(dir, 'model');
    const pool = createAlignPool({ size: 1 });
    try {
      const report = 'The minister said talks would resume. "We will never accept this," she said.';
      const source = 'Minister: Talks will resume next week. We will never accept this proposal.';
      const expected = await alignWithScorer(report, source, await loadCrossEncoder(join(dir, 'model')));
      assert.deepEqual(await pool.align(report, source), JSON.parse(JSON.stringify(expected)));
    } finally {
      await pool.close();
    }
    // A model that cannot load is each job's error, named.
    process.env.CLAIMDIFF_MODEL = join(dir, 'nope');
    const broken = createAlignPool({ size: 1 });
    try {
      await assert.rejects(broken.align('a b c', 'a b c'), /no such folder/);
    } finally {
      await broken.close();
    }
  } finally {
    if (before === undefined) delete process.env.CLAIMDIFF_MODEL;
    else process.env.CLAIMDIFF_MODEL = before;
    rmSync(dir, { recursive: true, force: true });
  }
});

// The command lines of the job queue (issue 17, part 4): batch --queue, worker, results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from './parse-args.ts';
import { DEFAULT_EXPIRE_SECONDS } from '../server/queue/batch-queue.ts';

const URL = 'postgres://u:p@db:5432/claimdiff';
const usage = (argv: string[], message: RegExp, env = {}) =>
  assert.throws(
    () => parseArgs(argv, env),
    (e: unknown) => (e as { exitCode?: number }).exitCode === 2 && message.test((e as Error).message),
  );

test('batch --queue takes a postgres URL, --wait and --expire; --db defaults to CLAIMDIFF_DATABASE_URL', () => {
  assert.deepEqual(parseArgs(['batch', '--queue', '--db', URL, 'a.txt', '--expire', '5', '--wait']), {
    name: 'batch',
    db: URL,
    reports: ['a.txt'],
    out: undefined,
    resume: false,
    queue: true,
    wait: true,
    expire: 5,
  });
  const fromEnv = parseArgs(['batch', '--queue', 'a.txt'], { CLAIMDIFF_DATABASE_URL: URL });
  assert.equal(fromEnv.name === 'batch' && fromEnv.db, URL);
  assert.equal(fromEnv.name === 'batch' && fromEnv.expire, DEFAULT_EXPIRE_SECONDS);
});

test('queue options that cannot work are usage errors', () => {
  usage(['batch', '--queue', '--db', 'archive.db', 'a.txt'], /--queue needs --db postgres:/);
  usage(['batch', '--db', URL, '--wait', 'a.txt'], /--wait goes with --queue/);
  usage(['batch', '--db', URL, '--expire', '5', 'a.txt'], /--expire goes with --queue/);
  usage(['batch', '--queue', '--db', URL, '--expire', '0', 'a.txt'], /--expire must be a whole number of seconds/);
  usage(['worker', '--db', 'archive.db'], /worker needs --db postgres:/);
  usage(['worker', '--db', URL, 'extra'], /unexpected argument "extra"/);
  usage(['results', '--db', URL], /missing BATCH/);
  usage(['worker'], /worker needs --db FILE/);
});

test('worker and results', () => {
  assert.deepEqual(parseArgs(['worker', '--db', URL, '--out', 'w.jsonl', '--poll', '2']), {
    name: 'worker',
    db: URL,
    out: 'w.jsonl',
    poll: 2,
  });
  assert.deepEqual(parseArgs(['results', '--db', URL, 'B', '--wait']), {
    name: 'results',
    db: URL,
    batch: 'B',
    out: undefined,
    wait: true,
  });
  assert.deepEqual(parseArgs(['worker', '--help']), { name: 'help', topic: 'worker' });
});

// The job queue end to end (issue 17, part 5): `claimdiff batch --queue`, two `claimdiff worker` processes on one
// queue, one of them killed with SIGKILL in the middle of a job; `claimdiff results --wait` must then hold every
// report exactly once, the killed job done by the other worker after its expiry. Runs the built CLI
// (bin/claimdiff.mjs) in a database of its own, made and dropped here; needs CLAIMDIFF_TEST_DATABASE_URL (skipped
// without it, failed in CI: contract/open-store-for-test.ts).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { testDatabaseUrl } from '../server/store/contract/open-store-for-test.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'claimdiff.mjs');
const CASES = join(ROOT, 'seeds', 'cases');
const database = testDatabaseUrl();

/** Runs the CLI to its end. */
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

/** Resolves when the child has exited (at once if it has). */
const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

describe('the job queue', { skip: 'skip' in database ? database.skip : false }, () => {
  if ('missing' in database) {
    test('PostgreSQL is available', () => assert.fail(database.missing));
    return;
  }
  const base = 'url' in database ? database.url : '';
  const name = `claimdiff_queue_${process.pid}`;
  const url = Object.assign(new URL(base), { pathname: `/${name}` }).toString();
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  const children: ChildProcess[] = [];
  after(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  test(
    'two workers, one killed mid-job: every report is in the results exactly once',
    { timeout: 120_000 },
    async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${name}`);
      const cases = readdirSync(CASES, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();
      const added = cli(['archive', 'add', '--db', url, ...cases.map((c) => join(CASES, c, 'b.txt'))]);
      assert.equal(added.status, 0, added.stderr);
      const reports = cases.map((c) => join(CASES, c, 'a.txt'));
      const queued = cli(['batch', '--queue', '--db', url, '--expire', '2', ...reports]);
      assert.equal(queued.status, 0, queued.stderr);
      const batch = queued.stdout.trim();
      assert.match(batch, /^[\w-]{22}$/);

      const worker = () => {
        const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--poll', '1'], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        children.push(child);
        return child;
      };
      // No result can be written while this lock is held, so the job the doomed worker is killed in is unfinished
      // whatever the machine's load: the kill does not race the job's length.
      const lock = new pg.Client({ connectionString: url });
      await lock.connect();
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE batch_results IN SHARE MODE');
      // Both work the queue at once; the first is killed the moment it says which report it took.
      const doomed = worker();
      const survivor = worker();
      const killedOn = await new Promise<string>((resolve, reject) => {
        let seen = '';
        doomed.stderr!.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          const took = /: (\S+\.txt) \(batch /.exec(seen);
          if (took) {
            doomed.kill('SIGKILL');
            resolve(took[1]!);
          }
        });
        doomed.once('exit', () => reject(new Error(`the worker exited before its first job: ${seen}`)));
      });
      await exited(doomed);
      assert.equal(doomed.signalCode, 'SIGKILL');
      await lock.query('COMMIT');
      await lock.end();

      const results = cli(['results', '--db', url, batch, '--wait']);
      assert.equal(results.status, 0, results.stderr);
      const lines = results.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { report: string; align: unknown });
      assert.deepEqual(
        lines.map((l) => l.report),
        reports,
        'every report once, in order',
      );
      assert.ok(lines.every((l) => l.align !== null));

      // The killed job was done by the survivor, after its expiry put it back in the queue.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ worker: string; n: number }>(
        'SELECT worker, count(*)::integer AS n FROM batch_results WHERE batch_id = $1 AND report = $2 GROUP BY worker',
        [batch, killedOn],
      );
      await client.end();
      assert.deepEqual(rows, [{ worker: rows[0]?.worker, n: 1 }]);
      assert.ok(rows[0]!.worker.endsWith(`:${survivor.pid}`), `done by ${rows[0]!.worker}, not the survivor`);

      survivor.kill('SIGTERM');
      await exited(survivor);
      assert.equal(survivor.exitCode, 0, 'a worker stops cleanly on SIGTERM');
    },
  );
});

// `npm run test:stress`: heavy work does not stall the server (issue 5). Starts `next start` on a free loopback
// port (building first if there is no build), runs scripts/load-test.mjs: 20 clients posting the seed pair to
// /api/align for 20 s while one more keeps loading `/`, and fails on any error, timeout or non-2xx answer (503 and
// 429 included) or a `/` p99 of 2 s or more. Prints requests/s and p50/p99 for both. Stops the server after.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations; its JSDoc describes the shapes.
import { findLoadProblems, formatLoadReport, runLoadTest } from '../../scripts/load-test.mjs';

const root = join(import.meta.dirname, '..', '..');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
let server: ChildProcess | null = null;

after(async () => {
  if (!server || server.exitCode !== null || server.pid === undefined) return;
  // Started detached, so the server and anything it forked form one process group, stopped together.
  const exited = new Promise((resolve) => server!.once('exit', resolve));
  process.kill(-server.pid, 'SIGTERM');
  const timer = setTimeout(() => server?.pid && process.kill(-server.pid, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
});

/** A free TCP port on 127.0.0.1. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}

test('20 clients posting the seed pair for 20 s: no errors, no timeouts, no 503/429, and / keeps p99 < 2 s', async () => {
  const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (!existsSync(join(root, 'dist', 'align-worker.mjs'))) run(['scripts/build-cli.mjs']);
  if (!existsSync(join(root, '.next', 'BUILD_ID'))) {
    console.log('load test: no production build (.next/BUILD_ID), running next build first');
    assert.equal(run([join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build']).status, 0, 'next build');
  }
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const next = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  server = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(url, server, 60_000);
  // One request of each first, so the run measures the steady state rather than the worker's start-up.
  await (await fetch(`${url}/`)).arrayBuffer();
  const warm = await fetch(`${url}/api/align`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ report: 'The minister said talks would resume.', source: 'Talks will resume.' }),
  });
  assert.equal(warm.status, 200, await warm.text());

  const report = await runLoadTest({ url, clients: 20, durationMs: 20_000, timeoutMs: 60_000, maxRequests: 50_000 });
  console.log(formatLoadReport(report));
  const problems: string[] = findLoadProblems(report);
  assert.deepEqual(problems, [], problems.join('\n'));
});

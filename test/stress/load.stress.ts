// `npm run test:stress`: heavy work does not stall the server (issue 5). Starts `next start` on a free loopback
// port (building first if there is no build), runs scripts/load-test.mjs: 20 clients posting the seed pair to
// /api/align for 20 s while one more keeps loading `/`, and fails on any error, timeout or non-2xx answer (503 and
// 429 included) or a `/` p99 of 2 s or more. Prints requests/s and p50/p99 for both. Stops the server after.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain .mjs script without type declarations; its JSDoc describes the shapes.
import { findLoadProblems, formatLoadReport, runLoadTest } from '../../scripts/load-test.mjs';
import { startNextServer, type NextServer } from './next-server.ts';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
let server: NextServer | null = null;

after(() => server?.stop());

test('20 clients posting the seed pair for 20 s: no errors, no timeouts, no 503/429, and / keeps p99 < 2 s', async () => {
  server = await startNextServer(env);
  const { url } = server;
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

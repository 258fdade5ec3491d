#!/usr/bin/env node
// Load test of a running claimdiff server (issue 5: heavy work does not stall the server). CLIENTS clients post the
// seed pair to /api/align back to back for DURATION seconds while one more client keeps loading `/`; prints
// requests/s and p50/p99 latency for both, errors, timeouts and non-2xx answers by status. Exits 1 when any request
// failed, timed out or was not 2xx (a 503 or 429 included), or when `/` had p99 ≥ 2 s.
// Bounded: loopback addresses only, a finite duration, a cap on the number of requests, a per-request timeout.
// Plain node:http, so nothing needs installing. test/stress/load.stress.ts starts `next start` and runs this.
//
//   node scripts/load-test.mjs --url http://127.0.0.1:3000 [--clients 20] [--duration 20] [--timeout 60]
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = 'xinhua-2021-12-09-wang-wenbin-summit-for-democracy';
const SOURCE = 'mfa-2021-12-09-wang-wenbin-press-conference';
/** `/` must answer within this at the 99th percentile while the API is loaded (issue 5). */
export const PAGE_P99_LIMIT_MS = 2000;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * @typedef {object} LoadOptions
 * @property {string} url Base URL of the server; must be a loopback address.
 * @property {number} [clients] Concurrent API clients (20).
 * @property {number} [durationMs] How long new requests are started, in ms (20,000).
 * @property {number} [timeoutMs] Per-request timeout, in ms (60,000): a request still open then counts as a timeout.
 * @property {number} [maxRequests] Cap on the requests of the whole run (100,000), whatever the duration.
 */

/**
 * @typedef {object} GroupSummary
 * @property {string} name
 * @property {number} requests Requests finished (answered, failed or timed out).
 * @property {number} ok 2xx answers.
 * @property {number} perSecond Requests finished per second of the run.
 * @property {number} p50 Median latency of the answered requests, in ms.
 * @property {number} p99 99th-percentile latency, in ms.
 * @property {number} max Slowest answer, in ms.
 * @property {number} errors Requests that failed without an answer (connection refused, reset).
 * @property {number} timeouts Requests with no answer within timeoutMs.
 * @property {Record<string, number>} non2xx Answers that were not 2xx, counted by status.
 * @property {string[]} samples A few error messages and bodies of non-2xx answers, to show what went wrong.
 */

/** Runs the load and returns one summary per client group: `api` (POST /api/align) and `page` (GET /). */
export async function runLoadTest(/** @type {LoadOptions} */ options) {
  const base = new URL(options.url);
  if (!LOOPBACK.has(base.hostname))
    throw new Error(`load-test: only loopback servers may be loaded, not ${base.hostname}`);
  const clients = options.clients ?? 20;
  const durationMs = options.durationMs ?? 20_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxRequests = options.maxRequests ?? 100_000;

  const body = Buffer.from(
    JSON.stringify({
      report: readFileSync(join(root, 'seeds', `${REPORT}.txt`), 'utf8'),
      source: readFileSync(join(root, 'seeds', `${SOURCE}.txt`), 'utf8'),
      reportTitle: 'Xinhua',
      sourceTitle: 'MFA transcript',
    }),
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients + 1 });
  const api = createGroup('POST /api/align');
  const page = createGroup('GET /');
  let started = 0;
  const startedAt = performance.now();
  const endsAt = startedAt + durationMs;

  const loop = async (group, request) => {
    while (performance.now() < endsAt && started < maxRequests) {
      started++;
      await measure(group, request);
    }
  };
  const post = () =>
    send(base, agent, timeoutMs, {
      method: 'POST',
      path: '/api/align',
      headers: { 'content-type': 'application/json', 'content-length': body.byteLength },
      body,
      expect: '{"version":1,',
    });
  const get = () => send(base, agent, timeoutMs, { method: 'GET', path: '/', expect: '<!DOCTYPE html>' });

  await Promise.all([...Array.from({ length: clients }, () => loop(api, post)), loop(page, get)]);
  const seconds = (performance.now() - startedAt) / 1000;
  agent.destroy();
  return { seconds, clients, groups: [summarize(api, seconds), summarize(page, seconds)] };
}

function createGroup(name) {
  return { name, latencies: [], requests: 0, ok: 0, errors: 0, timeouts: 0, non2xx: {}, samples: [] };
}

async function measure(group, request) {
  const t0 = performance.now();
  const outcome = await request();
  group.requests++;
  if (outcome.kind === 'answer') {
    group.latencies.push(performance.now() - t0);
    if (outcome.status >= 200 && outcome.status < 300 && outcome.expected) group.ok++;
    else {
      const key =
        outcome.status >= 200 && outcome.status < 300 ? `${outcome.status} (unexpected body)` : String(outcome.status);
      group.non2xx[key] = (group.non2xx[key] ?? 0) + 1;
      if (group.samples.length < 3) group.samples.push(`${outcome.status}: ${outcome.text.slice(0, 300)}`);
    }
  } else {
    group[outcome.kind === 'timeout' ? 'timeouts' : 'errors']++;
    if (group.samples.length < 3) group.samples.push(`${outcome.kind}: ${outcome.message}`);
  }
}

/** One request; never rejects. The body is read in full (as a browser would), its start checked. */
function send(base, agent, timeoutMs, { method, path, headers = {}, body, expect }) {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = http.request(new URL(path, base), { method, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        settle({ kind: 'answer', status: res.statusCode ?? 0, expected: text.startsWith(expect), text });
      });
      res.on('error', (error) => settle({ kind: 'error', message: error.message }));
    });
    const timer = setTimeout(() => {
      settle({ kind: 'timeout', message: `no answer within ${timeoutMs} ms` });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error) => settle({ kind: 'error', message: error.message }));
    req.end(body);
  });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** @returns {GroupSummary} */
function summarize(group, seconds) {
  const sorted = [...group.latencies].sort((a, b) => a - b);
  return {
    name: group.name,
    requests: group.requests,
    ok: group.ok,
    perSecond: group.requests / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    errors: group.errors,
    timeouts: group.timeouts,
    non2xx: group.non2xx,
    samples: group.samples,
  };
}

/** The lines a CI log shows. */
export function formatLoadReport(report) {
  const lines = [`load test: ${report.clients} API clients + 1 page client for ${report.seconds.toFixed(1)} s`];
  for (const g of report.groups) {
    const non2xx =
      Object.entries(g.non2xx)
        .map(([status, n]) => `${status}×${n}`)
        .join(' ') || '0';
    lines.push(
      `  ${g.name.padEnd(16)} ${String(g.requests).padStart(6)} requests  ${g.perSecond.toFixed(1).padStart(6)} req/s  ` +
        `p50 ${g.p50.toFixed(0)} ms  p99 ${g.p99.toFixed(0)} ms  max ${g.max.toFixed(0)} ms  ` +
        `errors ${g.errors}  timeouts ${g.timeouts}  non-2xx ${non2xx}`,
    );
    for (const sample of g.samples) lines.push(`    e.g. ${sample}`);
  }
  return lines.join('\n');
}

/** What failed the run, in words; empty when it held. */
export function findLoadProblems(report) {
  const problems = [];
  for (const g of report.groups) {
    if (g.requests === 0) problems.push(`${g.name}: no request finished`);
    if (g.errors) problems.push(`${g.name}: ${g.errors} requests failed`);
    if (g.timeouts) problems.push(`${g.name}: ${g.timeouts} requests timed out`);
    for (const [status, n] of Object.entries(g.non2xx)) problems.push(`${g.name}: ${n} answers were ${status}`);
  }
  const page = report.groups.find((g) => g.name === 'GET /');
  if (page && !(page.p99 < PAGE_P99_LIMIT_MS))
    problems.push(`GET /: p99 ${page.p99.toFixed(0)} ms, the limit is ${PAGE_P99_LIMIT_MS} ms`);
  return problems;
}

function readArgs(argv) {
  const options = { url: 'http://127.0.0.1:3000' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`load-test: ${flag} needs a value`);
    if (flag === '--url') options.url = value;
    else if (flag === '--clients') options.clients = Number(value);
    else if (flag === '--duration') options.durationMs = Number(value) * 1000;
    else if (flag === '--timeout') options.timeoutMs = Number(value) * 1000;
    else if (flag === '--max-requests') options.maxRequests = Number(value);
    else throw new Error(`load-test: unknown option ${flag}`);
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const report = await runLoadTest(readArgs(process.argv.slice(2)));
    console.log(formatLoadReport(report));
    const problems = findLoadProblems(report);
    for (const problem of problems) console.error(`load test FAILED: ${problem}`);
    if (problems.length === 0) console.log('load test held: no errors, no timeouts, no non-2xx, / p99 under 2 s');
    process.exitCode = problems.length ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  }
}

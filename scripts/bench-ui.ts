// `npm run bench:ui`: how soon the comparison page of the seed pair is usable, against the 1.5 s target.
// Needs a production build (`npx next build`); builds nothing itself. Starts `next start` on a free port, then for each
// run opens a fresh browser context (no cache), navigates to the comparison and records, from the start of navigation:
//   - table: the alignment table's first row is visible;
//   - ready: the view is hydrated (its `data-ready` oracle), i.e. clicks and keys work.
// The first run meets a cold server (the matcher result is not cached yet) and is shown on its own; the median and
// max are over the other runs. Figures are printed, never asserted: they depend on the machine.
// Options: --runs 7 (measured runs after the cold one). Browser: /usr/bin/chromium, as the e2e tests use.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..');
const TARGET_MS = 1500;
const PATH =
  '/compare?report=xinhua-2021-12-09-wang-wenbin-summit-for-democracy&source=mfa-2021-12-09-wang-wenbin-press-conference';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench-ui: --runs takes a whole number of at least 1');
  process.exit(2);
}
if (!existsSync(join(ROOT, '.next', 'BUILD_ID'))) {
  console.error('bench-ui: no production build in .next/ — run `npx --no-install next build` first');
  process.exit(1);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(
  process.execPath,
  [join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
  {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  },
);
const stopServer = () => {
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);
process.on('SIGINT', () => process.exit(130));

try {
  await waitForServer(base, 30_000);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const samples: { table: number; ready: number }[] = [];
    for (let i = 0; i <= runs; i++) samples.push(await measure(browser, base + PATH));
    const [cold, ...warm] = samples;
    const tables = warm.map((s) => s.table).sort((a, b) => a - b);
    const readies = warm.map((s) => s.ready).sort((a, b) => a - b);
    const median = (xs: number[]) => xs[Math.floor((xs.length - 1) / 2)]!;
    const max = (xs: number[]) => xs[xs.length - 1]!;
    const verdict = (ms: number) => (ms <= TARGET_MS ? 'within' : 'OVER');
    console.log(
      `comparison page of the seed pair, navigation → usable (target ${TARGET_MS} ms), ${runs} runs after a cold one`,
    );
    console.log(`  cold server : table visible ${cold!.table} ms, interactive ${cold!.ready} ms`);
    console.log(
      `  table visible: median ${median(tables)} ms, max ${max(tables)} ms  (${verdict(max(tables))} target)`,
    );
    console.log(
      `  interactive  : median ${median(readies)} ms, max ${max(readies)} ms  (${verdict(max(readies))} target)`,
    );
  } finally {
    await browser.close();
  }
} finally {
  stopServer();
}

/** One navigation in a fresh context: ms from the start of navigation to the first table row, and to hydration. */
async function measure(
  browser: import('@playwright/test').Browser,
  url: string,
): Promise<{ table: number; ready: number }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('table tbody tr[data-row-number]').first().waitFor({ state: 'visible' });
    const table = Date.now() - started;
    await page.locator('[data-testid="comparison"][data-ready="true"]').waitFor({ state: 'attached' });
    const ready = Date.now() - started;
    return { table, ready };
  } finally {
    await context.close();
  }
}

function freePort(): Promise<number> {
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

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`bench-ui: next start did not answer on ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

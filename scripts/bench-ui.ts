// `npm run bench:ui`: how soon the app answers a person, in the production build (`npx next build`; builds nothing
// itself). Starts `next start` on a free port; each run opens a fresh browser context (no cache) and records:
//   1. The seed pair's comparison page, from the start of navigation (target 1.5 s):
//      - table: the alignment table's first row is visible;
//      - ready: the view is hydrated (its `data-ready` oracle), i.e. clicks and keys work.
//   2. The journalist's path (target 2 s): on the home page, paste a 3 KB story and a 25 KB transcript (the Xinhua
//      seed and the transcript it reports), press Compare, and time until the Quotes panel is visible.
// The first run of each meets a cold server (no cached result, no worker thread yet) and is shown on its own; the
// median and max are over the other runs. Figures are printed, never asserted: they depend on the machine.
// Options: --runs 7 (measured runs after the cold one). Browser: /usr/bin/chromium, as the e2e tests use.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium.ts';

const ROOT = join(import.meta.dirname, '..');
const TARGET_MS = 1500;
const PATH_TARGET_MS = 2000;
const REPORT = 'xinhua-2021-12-09-wang-wenbin-summit-for-democracy';
const SOURCE = 'mfa-2021-12-09-wang-wenbin-press-conference';
const PATH = `/compare?report=${REPORT}&source=${SOURCE}`;

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
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const samples: { table: number; ready: number }[] = [];
    for (let i = 0; i <= runs; i++) samples.push(await measure(browser, base + PATH));
    console.log(
      `comparison page of the seed pair, navigation → usable (target ${TARGET_MS} ms), ${runs} runs after a cold one`,
    );
    printFigures(
      'table visible',
      samples.map((s) => s.table),
      TARGET_MS,
    );
    printFigures(
      'interactive  ',
      samples.map((s) => s.ready),
      TARGET_MS,
    );

    const texts = { report: readSeed(REPORT), source: readSeed(SOURCE) };
    const paths: number[] = [];
    for (let i = 0; i <= runs; i++) paths.push(await measurePath(browser, base, texts));
    console.log(
      `journalist's path: paste a ${kb(texts.report)} story and a ${kb(texts.source)} transcript, press Compare → ` +
        `Quotes panel visible (target ${PATH_TARGET_MS} ms), ${runs} runs after a cold one`,
    );
    printFigures('quotes shown ', paths, PATH_TARGET_MS);
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

/** The first screen in a fresh context: both texts pasted, then ms from pressing Compare to the Quotes panel. */
async function measurePath(
  browser: import('@playwright/test').Browser,
  origin: string,
  texts: { report: string; source: string },
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(origin + '/');
    const form = page.getByRole('form', { name: 'Compare a report with its source' });
    await form.getByRole('textbox', { name: 'What was published: text or web address' }).fill(texts.report);
    await form.getByRole('textbox', { name: 'What was said: text or web address' }).fill(texts.source);
    const compare = form.getByRole('button', { name: 'Compare', exact: true });
    await compare.waitFor({ state: 'visible' });
    const started = Date.now();
    await compare.click();
    await page.getByRole('region', { name: 'Quotes', exact: true }).waitFor({ state: 'visible' });
    return Date.now() - started;
  } finally {
    await context.close();
  }
}

/** `  name: cold … ms; median … ms, max … ms (within target)`: the cold first sample apart from the others. */
function printFigures(name: string, samples: number[], target: number): void {
  const [cold, ...warm] = samples;
  const sorted = [...warm].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const max = sorted[sorted.length - 1]!;
  console.log(
    `  ${name}: cold ${cold} ms; median ${median} ms, max ${max} ms  (median ${median <= target ? 'within' : 'OVER'} target)`,
  );
}

function readSeed(slug: string): string {
  return readFileSync(join(ROOT, 'seeds', `${slug}.txt`), 'utf8');
}

function kb(text: string): string {
  return `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
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

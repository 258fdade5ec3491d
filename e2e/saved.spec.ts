// Issue 4 end to end: upload a .html and a .docx, fetch a URL from a loopback fixture server, save, correct, reopen
// the permalink on a freshly started server (same database), and download every export format.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { E2E_ALLOW_HOSTS, E2E_DB } from './e2e-env.ts';
import { CompareForm } from './pages/compare-form.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { MFA_TRANSCRIPT, XINHUA, compareUrl } from './pages/compare-page.ts';
import type { Page } from '@playwright/test';

const FIXTURES = join(process.cwd(), 'server', 'fixtures');
const file = (name: string, mimeType: string) => ({ name, mimeType, buffer: readFileSync(join(FIXTURES, name)) });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let fixtures: FixtureServer;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
});
test.afterAll(async () => {
  await fixtures.close();
});

/** Selects the first `length` characters of the pane's first paragraph, as a person dragging the mouse would. */
async function selectInPane(page: Page, pane: 'report' | 'source', length: number) {
  await page.evaluate(
    ({ pane, length }) => {
      const paragraph = document.querySelector(`[data-pane="${pane}"] .pane__paragraph`)!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode()!;
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(first, Math.min(length, first.textContent!.length));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { pane, length },
  );
}

/** Drops the browser's log line for a refusal the test asked for; any other error still fails the test. */
function allowResourceError(messages: string[], status: number, path: RegExp) {
  const expected = (m: string) => m.includes(`status of ${status}`) && path.test(m);
  messages.splice(0, messages.length, ...messages.filter((m) => !expected(m)));
}

test('upload .html and .docx, save, correct, export, and reopen after a server restart', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(90_000);
  const form = new CompareForm(page);
  await form.open();
  await form.file('report').setInputFiles(file('article.html', 'text/html'));
  await expect(form.title('report')).toHaveValue('Ministry rejects hacking accusation');
  await expect(form.text('report')).not.toHaveValue('');
  await form.file('source').setInputFiles(file('transcript.docx', DOCX));
  await expect(form.text('source')).toHaveValue(/\S/);
  await form.compare();
  await expect(page.getByTestId('comparison')).toHaveAttribute('data-ready', 'true');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/\/c\/[A-Za-z0-9_-]{16,}$/);
  const permalink = new URL(page.url()).pathname;
  await expect(page.getByTestId('saved-title')).toHaveText('Ministry rejects hacking accusation');
  await expect(page.getByRole('region', { name: 'Report', exact: true })).toContainText('Example Wire');

  // A correction from a selection persists and is listed as the user's.
  await expect(page.getByTestId('comparison')).toHaveAttribute('data-ready', 'true');
  await selectInPane(page, 'report', 20);
  await page.getByRole('button', { name: 'Use report selection' }).click();
  await page.getByRole('button', { name: 'Mark as added' }).click();
  await expect(page.getByTestId('correction-list')).toContainText('Marked a passage as added');
  await page.reload();
  await expect(page.getByTestId('correction-list')).toContainText('Marked a passage as added');

  // Rename, then every export downloads with the new name.
  await page.getByLabel('Title', { exact: true }).fill('Wire vs transcript');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByTestId('saved-title')).toHaveText('Wire vs transcript');
  await page.reload();
  await expect(page.getByTestId('saved-title')).toHaveText('Wire vs transcript');
  for (const [label, extension] of [
    ['JSON', 'json'],
    ['CSV', 'csv'],
    ['Markdown', 'md'],
    ['HTML', 'html'],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: label, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^claimdiff-wire-vs-transcript-.*\\.${extension}$`));
  }

  // The home page lists it.
  await page.goto('/');
  await expect(page.getByTestId('saved-list')).toContainText('Wire vs transcript');

  // A second server on the same database (a restart) reopens the permalink with the correction.
  const port = 3200 + Math.floor(Math.random() * 500);
  const server = await startServer(port);
  try {
    await page.goto(`http://127.0.0.1:${port}${permalink}`);
    await expect(page.getByTestId('saved-title')).toHaveText('Wire vs transcript');
    await expect(page.getByTestId('correction-list')).toContainText('Marked a passage as added');
    // Let the nav's prefetches to this server finish and leave it, so none fails once it stops.
    await page.waitForLoadState('networkidle');
    await page.goto('/');
  } finally {
    server.kill('SIGTERM');
  }

  // Delete from the home page (after confirming); the permalink is then a 404.
  await page.goto('/');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete Wire vs transcript' }).click();
  await expect(page.getByTestId('saved-list').getByText('Wire vs transcript')).toHaveCount(0);
  expect((await page.goto(permalink))?.status()).toBe(404);
  allowResourceError(pageErrors.messages, 404, /\/c\//);
});

test('a URL is fetched by the server on submit, and a refused one is explained in the form', async ({
  page,
  pageErrors,
}) => {
  const form = new CompareForm(page);
  await form.open();
  // A box holding only a web address is fetched when Compare is pressed.
  await form.fill('report', `${fixtures.origin}/article.html`);
  await expect(form.side('report')).toContainText('A web address: its page is fetched when you press Compare.');
  await form.file('source').setInputFiles(file('transcript.html', 'text/html'));
  await expect(form.text('source')).toHaveValue(/Spokesperson/);
  await expect(form.text('source')).not.toHaveValue(/menu script/);
  await form.compare();
  await expect(page.getByTestId('comparison')).toHaveAttribute('data-ready', 'true');

  await form.open();
  await form.fill('report', 'http://127.0.0.1/');
  await form.fill('source', 'Spokesperson: We reject it.');
  await form.compare();
  await expect(form.side('report').getByRole('alert')).toContainText('127.0.0.1 is a loopback address');
  await expect(page).toHaveURL(/\/$/);
  allowResourceError(pageErrors.messages, 400, /\/api\/ingest/);
});

function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next'),
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        CLAIMDIFF_DB: E2E_DB,
        CLAIMDIFF_URL_ALLOW_HOSTS: E2E_ALLOW_HOSTS,
      },
      stdio: 'ignore',
      detached: false,
    },
  );
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok) return resolve(child);
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) {
        child.kill('SIGTERM');
        return reject(new Error(`next start on port ${port} did not come up`));
      }
      setTimeout(poll, 300);
    };
    void poll();
  });
}

test('on a saved seed comparison, an alignment can be re-kinded, annotated, rejected and restored', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(compareUrl(XINHUA, MFA_TRANSCRIPT));
  await expect(page.getByTestId('comparison')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/\/c\/[A-Za-z0-9_-]{16,}$/);
  await expect(page.getByTestId('comparison')).toHaveAttribute('data-ready', 'true');

  const openFirst = () => page.locator('[data-pane="report"] mark[data-alignment="1"]').first().click();
  const panel = page.getByTestId('alignment-corrections');
  await openFirst();
  await expect(panel).toContainText('found by the matcher');
  const kind = panel.getByLabel('Kind');
  const other = (await kind.inputValue()) === 'partial' ? 'quote' : 'partial';
  await kind.selectOption(other);
  await expect(panel).toContainText('corrected');
  await expect(page.locator('[data-pane="report"] mark[data-origin="corrected"]').first()).toBeVisible();
  await panel.getByLabel('Note').fill('Checked against the video.');
  await panel.getByRole('button', { name: 'Add note' }).click();
  await expect(panel.getByRole('list', { name: 'Notes' })).toContainText('Checked against the video.');

  await page.reload();
  await expect(page.getByTestId('comparison')).toHaveAttribute('data-ready', 'true');
  const list = page.getByTestId('correction-list');
  await expect(list).toContainText(`Changed a kind to ${other}`);
  await expect(list).toContainText('Added a note: Checked against the video.');

  const before = await page.locator('[data-pane="report"] mark[data-alignment]').count();
  await openFirst();
  await panel.getByRole('button', { name: 'Reject alignment' }).click();
  await expect(list).toContainText('Rejected an alignment');
  await list.locator('li[data-correction="reject"]').getByRole('button', { name: 'Undo' }).click();
  await expect(list).not.toContainText('Rejected an alignment');
  await expect(page.locator('[data-pane="report"] mark[data-alignment]')).toHaveCount(before);
});

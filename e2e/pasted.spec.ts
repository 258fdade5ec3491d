// Pasted and uploaded texts: the home form, /compare/pasted and POST /api/align.
import { test, expect } from './fixtures.ts';
import { ComparePage } from './pages/compare-page.ts';
import { CompareForm } from './pages/compare-form.ts';
import type { Page } from '@playwright/test';

async function pasteAndCompare(
  page: Page,
  report: string,
  source: string,
  titles = { report: 'Report draft', source: 'Minister statement' },
) {
  const form = new CompareForm(page);
  await form.open();
  await form.fill('report', report, titles.report);
  await form.fill('source', source, titles.source);
  await form.compare();
  await expect(page).toHaveURL(/\/compare\/pasted$/);
}

test('a pasted pair with a deliberately altered quote shows the misquote flag and the <del>/<ins> words', async ({
  page,
}) => {
  const source =
    'The minister spoke to reporters on Monday about the trade talks.\n\n' +
    'The minister said: "We will never accept this proposal." She added that talks would continue next month.';
  const report = 'TRADE TALKS\n\n"We will gladly accept this proposal," the minister said on Monday.';
  await pasteAndCompare(page, report, source);
  const view = new ComparePage(page);
  await view.waitUntilReady();
  // The texts never go into the URL.
  expect(page.url()).not.toContain('gladly');

  const quoted = await view.alignmentsStartingWith('report', '"We will gladly accept');
  expect(quoted.length, 'the altered quote is aligned').toBeGreaterThan(0);
  await view.marks('report', quoted[0]!).first().click();
  await expect(view.detail.getByTestId('misquote-alert')).toBeVisible();
  await expect(view.row(quoted[0]!).locator('td[data-column="flags"]')).toContainText('misquote');
  const inline = view.detail.getByTestId('inline-diff');
  await expect(inline.locator('del')).toContainText(['never']);
  await expect(inline.locator('ins')).toContainText(['gladly']);
  // The misquote is marked in the panes too, not only in colour: the mark carries the flag attribute.
  await expect(view.marks('report', quoted[0]!).first()).toHaveAttribute('data-misquote', '');
});

test('user text is rendered as text, never as HTML', async ({ page }) => {
  const source =
    'The council said: "<b>Budgets</b> will rise <img src=x onerror=alert(1)> next year." It gave no figure.';
  const report = 'Budgets will rise next year, the council said. <script>window.__pwned = 1</script>';
  await pasteAndCompare(page, report, source);
  const view = new ComparePage(page);
  await expect(page.locator('[data-testid="comparison"][data-ready="true"]')).toBeVisible();
  await expect(view.sourcePane).toContainText('<img src=x onerror=alert(1)>');
  await expect(view.reportPane).toContainText('<script>window.__pwned = 1</script>');
  expect(await view.sourceScroller.locator('img, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the form refuses empty texts with a clear message and sends nothing', async ({ page }) => {
  await page.goto('/');
  let posted = false;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/align/view')) posted = true;
  });
  const form = new CompareForm(page);
  await form.fill('report', 'Something was said.');
  await form.compare();
  const errors = page.getByTestId('form-errors');
  await expect(errors).toBeVisible();
  await expect(errors).toContainText('The source text is empty');
  await expect(page).toHaveURL(/\/$/);
  expect(posted).toBe(false);
});

test('when the server refuses the texts, the comparison page shows an error panel with its reasons', async ({
  page,
  pageErrors,
}) => {
  // The form checks the same rules first, so a refusal is staged here: the server's answer to a text it finds too large.
  await page.route('**/api/align/view', (route) =>
    route.fulfill({
      status: 413,
      contentType: 'application/json',
      body: JSON.stringify({
        error: {
          message: 'The texts are too large to compare.',
          problems: ['The source text is 2.40 MB; the limit is 2 MB per text.'],
        },
      }),
    }),
  );
  await pasteAndCompare(page, 'He said it.', 'It was said.');
  const panel = page.getByTestId('error-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading')).toHaveText('The texts are too large to compare.');
  await expect(panel).toContainText('the limit is 2 MB per text');
  await expect(page.getByRole('table', { name: 'Alignments' })).toHaveCount(0);
  // Chromium logs the refused request as a console error: that one is what this test asks for.
  const expected = (m: string) => /status of 413/.test(m) && /\/api\/align/.test(m);
  pageErrors.messages.splice(0, pageErrors.messages.length, ...pageErrors.messages.filter((m) => !expected(m)));
});

test('POST /api/align answers bad input with the right status and a message', async ({ request }) => {
  const empty = await request.post('/api/align', { data: { report: '  ', source: 'text' } });
  expect(empty.status()).toBe(422);
  expect((await empty.json()).error.problems).toEqual(['The report text is empty: paste or upload the report.']);

  const large = await request.post('/api/align', { data: { report: 'a', source: 'word '.repeat(450_000) } });
  expect(large.status()).toBe(413);
  expect((await large.json()).error.problems[0]).toMatch(/the limit is 2 MB per text/);

  const notJson = await request.post('/api/align', {
    headers: { 'content-type': 'application/json' },
    data: '{"report":',
  });
  expect(notJson.status()).toBe(400);

  const ok = await request.post('/api/align', {
    data: { report: 'He said the plan is good.', source: 'The plan is good.' },
  });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).version).toBe(1);
});

test('with 5,000 alignments the table stays virtualised and scrolls to the last row', { tag: '@alone' }, async ({ page }) => {
  test.setTimeout(90_000);
  const { report, source } = buildLongPair(5000);
  await page.goto('/');
  const form = new CompareForm(page);
  // Uploading .txt files fills the texts and, while empty, the titles.
  await form.upload('report', 'long-report.txt', 'text/plain', Buffer.from(report));
  await form.upload('source', 'long-source.txt', 'text/plain', Buffer.from(source));
  await expect(form.title('report')).toHaveValue('long-report');
  const started = Date.now();
  await form.compare();
  // The matcher takes a few seconds on this pair: the page says it is working meanwhile.
  await expect(page.getByRole('status')).toContainText('Aligning the texts');
  const view = new ComparePage(page);
  await view.waitUntilReady(60_000);
  const ready = Date.now() - started;
  await expect(page.getByTestId('row-count')).toHaveText(/^5,?000 alignments$/);
  // Only a window of rows is in the DOM.
  const rendered = await view.rows.count();
  expect(rendered).toBeLessThan(80);
  // Scrolling the table to the end renders the last rows, and the page stays responsive while it does.
  const scrollStarted = Date.now();
  await view.tableScroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(view.row(5000)).toBeVisible();
  const scrolled = Date.now() - scrollStarted;
  await view.row(5000).click();
  expect(await view.selectedNumber()).toBe(5000);
  await expect.poll(() => ComparePage.isInside(view.marks('report', 5000).first(), view.reportScroller)).toBe(true);
  test.info().annotations.push({
    type: 'timing',
    description: `5,000 alignments: form submit → view ready ${ready} ms; scroll to the last row ${scrolled} ms`,
  });
  console.log(
    `5,000 alignments: form submit → view ready ${ready} ms; scroll to last row ${scrolled} ms; rows in DOM ${rendered}`,
  );
});

/** `n` distinct sentences, each carried verbatim by the report: one alignment each. */
function buildLongPair(n: number): { report: string; source: string } {
  const words = (
    'harbour bridge budget council river school doctor market farmer teacher railway station museum garden village factory ' +
    'engineer library hospital tower island valley mountain forest coast airport festival court police minister senator mayor'
  ).split(' ');
  const verbs = 'approved rejected delayed funded opened closed expanded reviewed announced proposed'.split(' ');
  let seed = 1;
  const pick = <T>(list: T[]): T => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return list[(seed >>> 8) % list.length]!; // the low bits of this generator cycle quickly
  };
  const sentences = Array.from(
    { length: n },
    (_, i) =>
      `The ${pick(words)} ${pick(words)} ${pick(verbs)} the ${pick(words)} plan for ${pick(words)} ${pick(words)} number ${i + 1} in the ${pick(words)} ${pick(words)}.`,
  );
  const text = sentences.join('\n\n');
  return { report: text, source: text };
}

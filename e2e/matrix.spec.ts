// The statement matrix (issue 6) on the library's multi-report example: Zhao Lijian's 20 July 2021 press
// conference with The Record's and ZDNet's reports of it; report vs report; pasted texts; the 390 px layout and axe.
import { test, expect } from './fixtures.ts';
import { saveScreenshot, seriousViolations } from './axe.ts';
import { MatrixPage, THE_RECORD, ZDNET, ZHAO_TRANSCRIPT, matrixUrl } from './pages/matrix-page.ts';

const LARGEST_SOURCE = "In fact, the US is the world's largest source of cyber attacks.";

test('the home page links to the multi-report example, which opens with a column per report', async ({ page }) => {
  await page.goto('/');
  await page
    .getByTestId('matrix-examples')
    .getByRole('link', { name: /The Record, ZDNet against the transcript/ })
    .click();
  await expect(page).toHaveURL(matrixUrl(ZHAO_TRANSCRIPT, [THE_RECORD, ZDNET]));
  const view = new MatrixPage(page);
  await view.waitUntilReady();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statement matrix');
  await expect(view.table.getByRole('columnheader')).toContainText([
    'Statement of the source',
    'Carried by',
    'The Record',
    'ZDNet',
  ]);
  const { shown, total } = await view.shownCount();
  expect(total, 'the whole cyber-attack answer, 10+ rows').toBeGreaterThanOrEqual(10);
  expect(shown).toBe(total);
  await expect(view.rows).toHaveCount(total);
});

test('a statement carried by both reports shows in both columns; one carried by none has no button', async ({
  page,
}) => {
  const view = new MatrixPage(page);
  await view.open();
  const row = view.row(LARGEST_SOURCE);
  await expect(row).toHaveCount(1);
  await expect(row.locator('td[data-column="carried-by"]')).toHaveText('2 of 2');
  await expect(view.cell(row, 'The Record')).toHaveAccessibleName(/^The Record: quote, exact/);
  await expect(view.cell(row, 'ZDNet')).toHaveAccessibleName(/^ZDNet: quote, exact/);
  // Symbol and word as well as colour.
  await expect(view.cell(row, 'The Record')).toContainText('❝');
  await expect(view.cell(row, 'The Record')).toContainText('quote');
  const none = view.row('The cyber attack is a common threat faced by all.');
  await expect(none.getByRole('button')).toHaveCount(0);
  await expect(none.locator('td[data-report]')).toHaveText(['—not carried', '—not carried']);
  // At least three statements are carried by both.
  expect((await view.carriedBy()).filter((n) => n === 2).length).toBeGreaterThanOrEqual(3);
});

test('clicking a cell opens the word diff of that report passage against the source', async ({ page }) => {
  const view = new MatrixPage(page);
  await view.open();
  await expect(view.detail).toContainText('Click a cell of the matrix');
  const row = view.row('According to statistics from the National Computer Network Emergency Response');
  const cell = view.cell(row, 'The Record');
  await cell.click();
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(view.detail.getByRole('heading', { level: 2 }).first()).toHaveText(/^Statement \d+ in The Record$/);
  await expect(view.detail.locator('blockquote').first()).toContainText('According to statistics from the National');
  const inline = view.detail.getByTestId('inline-diff');
  await expect(inline).toBeVisible();
  await expect(inline.locator('del').first()).toBeVisible();
  await expect(inline.locator('ins').first()).toBeVisible();
  // The group: the other report's passage for the same statement opens from the detail.
  await view.detail
    .getByRole('button', { name: /^ZDNet: / })
    .first()
    .click();
  await expect(view.detail.getByRole('heading', { level: 2 }).first()).toHaveText(/^Statement \d+ in ZDNet$/);
  await expect(view.cell(row, 'ZDNet')).toHaveAttribute('aria-pressed', 'true');
});

test('filters show the statements carried by none or by exactly one, and rows sort by how many carry them', async ({
  page,
}) => {
  const view = new MatrixPage(page);
  await view.open();
  const { total } = await view.shownCount();
  await view.show('carried by none');
  const none = await view.carriedBy();
  expect(none.length).toBeGreaterThan(0);
  expect(none.every((n) => n === 0)).toBe(true);
  expect(await view.shownCount()).toEqual({ shown: none.length, total });
  await expect(view.table.locator('tbody').getByRole('button')).toHaveCount(0);
  await expect(view.row('The cyber attack is a common threat faced by all.')).toHaveCount(1);

  await view.show('carried by exactly one');
  const one = await view.carriedBy();
  expect(one.length).toBeGreaterThan(0);
  expect(one.every((n) => n === 1)).toBe(true);

  await view.show('all statements');
  await view.order('most reports first');
  const most = await view.carriedBy();
  expect(most).toEqual([...most].sort((a, b) => b - a));
  expect(most[0]).toBe(2);
  await expect(view.table.getByRole('columnheader', { name: /Carried by/ })).toHaveAttribute('aria-sort', 'descending');
  // The header cycles: fewest first, then back to source order.
  await view.table.getByRole('button', { name: /Carried by/ }).click();
  expect(await view.carriedBy()).toEqual([...most].sort((a, b) => a - b));
  await view.table.getByRole('button', { name: /Carried by/ }).click();
  const rowNumbers = await view.rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row'))));
  expect(rowNumbers).toEqual(rowNumbers.map((_, i) => i + 1));
});

test('the per-report summary counts statements carried, quotes and what only one report added', async ({ page }) => {
  const view = new MatrixPage(page);
  await view.open();
  const record = view.summary.locator('tbody tr[data-report="0"]');
  await expect(record.getByRole('rowheader')).toHaveText('The Record');
  await expect(record.locator('td[data-column="carried"]')).toHaveText(/^\d+ of \d+$/);
  await view.summary.getByText(/^ZDNet: \d+ added passages in no other report$/).click();
  await expect(view.summary.locator('details[data-report="1"] li').first()).toBeVisible();
});

test('report vs report: one report in the source place, the same view', async ({ page }) => {
  const view = new MatrixPage(page);
  await view.open(THE_RECORD, [ZDNET]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report vs report');
  await expect(view.table.getByRole('columnheader')).toContainText(['Statement of The Record', 'Carried by', 'ZDNet']);
  const carried = await view.carriedBy();
  expect(
    carried.some((n) => n === 1),
    'ZDNet carries some of The Record',
  ).toBe(true);
  expect(
    carried.some((n) => n === 0),
    'and lacks some of it',
  ).toBe(true);
});

test('a matrix link with an unknown name or no report is a 404 that explains the links', async ({
  page,
  pageErrors,
}) => {
  for (const url of [
    matrixUrl(ZHAO_TRANSCRIPT, ['case:nope']),
    matrixUrl('nope', [THE_RECORD]),
    `/matrix?source=${ZHAO_TRANSCRIPT}`,
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Matrix not found');
    await expect(page.getByText('case:zhao-20210720-therecord', { exact: true })).toBeVisible();
  }
  // Chromium logs the 404 of the document itself as a console error: that one is what this test asks for.
  const expected = (m: string) => /status of 404/.test(m) && /\/matrix\?/.test(m);
  pageErrors.messages.splice(0, pageErrors.messages.length, ...pageErrors.messages.filter((m) => !expected(m)));
});

test('the library form opens the matrix of the source and reports picked', async ({ page }) => {
  await page.goto('/');
  const form = page.locator('form.matrix-form');
  await form.getByLabel('Matrix source').selectOption(ZHAO_TRANSCRIPT);
  await expect(form.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await form.getByRole('checkbox', { name: /^ZDNet; by Chris Duckett/ }).uncheck();
  await form.getByRole('button', { name: 'Line up the reports' }).click();
  await expect(page).toHaveURL(matrixUrl(ZHAO_TRANSCRIPT, [THE_RECORD]));
  await new MatrixPage(page).waitUntilReady();
});

test('pasted texts: a source and two reports line up without going into the URL', async ({ page }) => {
  await page.goto('/');
  const form = page.locator('form.paste-matrix-form');
  const source =
    'Spokesperson: The sanctions are illegal and unjustified. China will take firm countermeasures. ' +
    'We urge the US to correct its mistakes immediately.';
  await form.getByRole('group', { name: 'Matrix source' }).getByLabel('Matrix source text').fill(source);
  await form.getByRole('group', { name: 'Report 1' }).getByLabel('Report 1 title').fill('Wire');
  await form
    .getByRole('group', { name: 'Report 1' })
    .getByLabel('Report 1 text')
    .fill('China said the sanctions were "illegal and unjustified" and vowed firm countermeasures.');
  await form
    .getByRole('group', { name: 'Report 2' })
    .getByLabel('Report 2 text')
    .fill('"The sanctions are illegal and unjustified," the spokesperson said.');
  await form.getByRole('button', { name: 'Line up these texts' }).click();
  await expect(page).toHaveURL(/\/matrix\/pasted$/);
  const view = new MatrixPage(page);
  // Two matcher runs, the first of which may start the worker thread.
  await view.waitUntilReady(20_000);
  await expect(view.table.getByRole('columnheader')).toContainText(['Wire', 'Report 2']);
  const row = view.row('The sanctions are illegal and unjustified.');
  await expect(row.locator('td[data-column="carried-by"]')).toHaveText('2 of 2');
  await view.cell(row, 'Report 2').click();
  await expect(view.detail.getByTestId('inline-diff')).toBeVisible();
});

test('pasted texts: an empty report is refused in the form with a message', async ({ page }) => {
  await page.goto('/');
  const form = page.locator('form.paste-matrix-form');
  await form.getByLabel('Matrix source text').fill('Something was said.');
  await form.getByLabel('Report 1 text').fill('Something was said, he said.');
  await form.getByRole('button', { name: 'Line up these texts' }).click();
  await expect(form.getByTestId('matrix-form-errors')).toContainText('The report 2 text is empty');
  await expect(page).toHaveURL(/\/$/);
});

test('axe finds no serious or critical violations on the matrix page, with a cell open', async ({ page }, testInfo) => {
  const view = new MatrixPage(page);
  await view.open();
  await saveScreenshot(page, testInfo, 'matrix');
  expect(await seriousViolations(page)).toEqual([]);
  await view.cell(view.row(LARGEST_SOURCE), 'ZDNet').click();
  await expect(view.detail.getByTestId('inline-diff')).toBeVisible();
  await saveScreenshot(page, testInfo, 'matrix-cell-open');
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: false });

  test('the matrix scrolls sideways inside its own box with the statement column fixed; the page never does', async ({
    page,
  }, testInfo) => {
    const view = new MatrixPage(page);
    await view.open();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await view.scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.scroll, 'the matrix is wider than the screen and scrolls in its container').toBeGreaterThan(box.client);

    const row = view.row(LARGEST_SOURCE);
    const statement = row.getByRole('rowheader');
    const zdnet = row.locator('td[data-report="1"]');
    await row.scrollIntoViewIfNeeded();
    const before = { statement: (await statement.boundingBox())!, zdnet: (await zdnet.boundingBox())! };
    await saveScreenshot(page, testInfo, 'matrix-390');
    await view.scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect
      .poll(async () => (await zdnet.boundingBox())!.x, { message: 'the report columns move' })
      .toBeLessThan(before.zdnet.x - 20);
    const after = (await statement.boundingBox())!;
    expect(Math.abs(after.x - before.statement.x), 'the statement column stays put').toBeLessThan(1);
    const scroller = (await view.scroller.boundingBox())!;
    expect(after.x).toBeGreaterThanOrEqual(scroller.x - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, testInfo, 'matrix-390-scrolled');

    // Opening a cell brings its diff into view below the matrix, still without sideways scrolling.
    await view.cell(row, 'ZDNet').click();
    await expect(view.detail.getByTestId('inline-diff')).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, testInfo, 'matrix-390-cell-open');
  });
});

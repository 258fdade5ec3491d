// The comparison view on the seed pair: Xinhua's story and the press-conference transcript it reports.
import { test, expect } from './fixtures.ts';
import { ComparePage, MFA_TRANSCRIPT, compareUrl } from './pages/compare-page.ts';

test('the seed pair loads with both texts, the table, the summary and the lists', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  await expect(view.reportPane).toContainText('A Chinese foreign ministry spokesperson has slammed');
  await expect(view.sourcePane).toContainText('Wang Wenbin');
  await expect(view.summary).toContainText(/\d+ alignments/);
  await expect(view.leftOut).toBeVisible();
  await expect(view.added).toBeVisible();
  // Every alignment in the table is a numbered mark in both panes.
  const numbers = await view.allNumbers();
  expect(numbers.length).toBeGreaterThan(3);
  expect(numbers.length).toBe(await view.shownRowCount());
  for (const n of numbers) {
    await expect(view.marks('report', n).first()).toBeAttached();
    await expect(view.marks('source', n).first()).toBeAttached();
  }
  // Only the named regions and table the issue allows start with these names.
  const names = await page
    .locator('[role="region"], section[aria-label], table')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          e.getAttribute('aria-label') ??
          document.getElementById(e.getAttribute('aria-labelledby') ?? '')?.textContent ??
          '',
      ),
    );
  expect(names.filter((n) => /^(Alignments|Report|Source)/.test(n.trim())).sort()).toEqual([
    'Alignments',
    'Report',
    'Source',
  ]);
});

test('the Xinhua lead sentence is linked to the transcript sentence it reports', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  const lead = await view.alignmentsStartingWith('report', 'A Chinese foreign ministry spokesperson has slammed');
  expect(lead.length, 'the lead sentence is an aligned passage').toBeGreaterThan(0);
  const sources = await view.alignmentsStartingWith('source', 'Facts once again show that');
  expect(sources.length, 'the transcript sentence is an aligned passage').toBeGreaterThan(0);
  expect(
    lead.filter((n) => sources.includes(n)),
    'one alignment links the two',
  ).not.toEqual([]);
  // The transcript sentence is near the end of the answer: after the passages the later report paragraphs quote.
  const n = lead.find((x) => sources.includes(x))!;
  const offsets = await view.sourceScroller.locator('mark[data-alignment][data-badge]').evaluateAll((marks, target) => {
    const texts = marks.map((m) => ({
      n: Number(m.getAttribute('data-alignment')),
      top: (m as HTMLElement).offsetTop,
    }));
    const mine = texts.find((t) => t.n === target)!.top;
    return { mine, before: texts.filter((t) => t.top < mine).length, after: texts.filter((t) => t.top > mine).length };
  }, n);
  expect(offsets.before).toBeGreaterThan(offsets.after);
});

test('clicking a table row scrolls to and highlights its passages in both panes', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  const numbers = await view.allNumbers();
  const last = Math.max(...numbers);
  await (await view.revealRow(last)).click();
  await expect(view.row(last)).toHaveAttribute('aria-current', 'true');
  for (const pane of ['report', 'source'] as const) {
    const mark = view.marks(pane, last).first();
    await expect(mark).toHaveAttribute('aria-current', 'true');
    const scroller = pane === 'report' ? view.reportScroller : view.sourceScroller;
    await expect
      .poll(() => ComparePage.isInside(mark, scroller), { message: `the ${pane} pane shows alignment ${last}` })
      .toBe(true);
  }
  await expect(view.detail.getByRole('heading', { level: 2 })).toHaveText(`Alignment ${last}`);
  expect(await view.selectedNumber()).toBe(last);
});

test('clicking a passage selects it and the other pane scrolls its counterpart into view', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  const numbers = await view.allNumbers();
  const n = numbers[Math.floor(numbers.length / 2)]!;
  const mark = view.marks('report', n).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.click();
  expect(await view.selectedNumber()).toBe(n);
  await expect.poll(() => ComparePage.isInside(view.marks('source', n).first(), view.sourceScroller)).toBe(true);
  // Hover lights up the counterpart.
  const other = numbers.find((x) => x !== n)!;
  await view.marks('report', other).first().scrollIntoViewIfNeeded();
  await view.marks('report', other).first().hover();
  await expect(view.marks('source', other).first()).toHaveAttribute('data-hover', 'true');
});

test('sorting by score gives a non-increasing column, and the sorted header carries aria-sort', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  await view.sortBy('Score', 'descending');
  const scores = (await view.allColumnTexts('score')).map(Number);
  expect(scores.length).toBe(await view.shownRowCount());
  for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeLessThanOrEqual(scores[i - 1]!);
  await view.sortBy('Score', 'ascending');
  const ascending = (await view.allColumnTexts('score')).map(Number);
  for (let i = 1; i < ascending.length; i++) expect(ascending[i]!).toBeGreaterThanOrEqual(ascending[i - 1]!);
  // A click anywhere in a header cell sorts it: here its left edge, outside the label.
  const header = view.header('Kind');
  await header.click({ position: { x: 2, y: 2 } });
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(view.header('Score')).not.toHaveAttribute('aria-sort', /.+/);
  const kinds = await view.allColumnTexts('kind');
  expect(kinds).toEqual([...kinds].sort());
});

test('filtering by kind, by flag and by text narrows the table', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  const all = await view.shownRowCount();
  const kinds = await view.allColumnTexts('kind');
  expect(kinds.length).toBe(all);
  for (const kind of ['quote', 'paraphrase'] as const) {
    await view.filterKind(kind);
    const shown = await view.allColumnTexts('kind');
    expect(shown.length).toBe(kinds.filter((k) => k === kind).length);
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([kind]));
    expect(await view.shownRowCount()).toBe(shown.length);
  }
  await view.filterKind('');
  expect(await view.shownRowCount()).toBe(all);

  await page.getByLabel('Flag', { exact: true }).selectOption('misquote');
  const flags = await view.allColumnTexts('flags');
  expect(flags.length).toBeGreaterThan(0);
  expect(flags.length).toBeLessThan(all);
  for (const f of flags) expect(f).toContain('misquote');
  await page.getByLabel('Flag', { exact: true }).selectOption('');

  await page.getByLabel('Search', { exact: true }).fill('hegemony');
  const reportTexts = await view.allColumnTexts('reportText');
  const sourceTexts = await view.allColumnTexts('sourceText');
  expect(reportTexts.length).toBeGreaterThan(0);
  expect(reportTexts.length).toBeLessThan(all);
  reportTexts.forEach((t, i) => expect(`${t} ${sourceTexts[i]}`.toLowerCase()).toContain('hegemony'));
});

test('keyboard: j and k move through the alignments, Enter opens one; arrows move in the table', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  const focusedAlignment = () => page.evaluate(() => document.activeElement?.getAttribute('data-alignment') ?? null);
  await page.keyboard.press('j');
  expect(await focusedAlignment()).toBe('1');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  expect(await focusedAlignment()).toBe('3');
  await page.keyboard.press('k');
  expect(await focusedAlignment()).toBe('2');
  await expect(view.marks('source', 2).first()).toHaveAttribute('data-hover', 'true');
  await page.keyboard.press('Enter');
  expect(await view.selectedNumber()).toBe(2);
  await expect(view.marks('report', 2).first()).toHaveAttribute('aria-current', 'true');
  // The focused element shows a focus ring.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');

  // In the table: the selected row is the one in the tab order; arrows move, Enter opens.
  await view.row(2).focus();
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row-number'))).toBe('3');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  expect(await view.selectedNumber()).toBe(3);
});

test('"a new bottle of old wine" is listed as left out and leads to its place in the source', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  const item = view.leftOut.getByRole('button', { name: /new bottle of old wine/ });
  await expect(item).toBeVisible();
  await item.click();
  const target = view.sourceScroller.locator('[data-omitted]', { hasText: 'new bottle of old wine' }).first();
  await expect(target).toBeFocused();
  await expect.poll(() => ComparePage.isInside(target, view.sourceScroller)).toBe(true);
});

test('the view opens on the first altered quote, both panes at its passage', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  // The transcript's title comes before the exchange the story reports, so the pane is scrolled past it.
  await expect.poll(() => view.sourceScroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  const opened = await view.selectedNumber();
  expect(opened, 'the Xinhua story has an altered quote').not.toBeNull();
  await expect(
    view.detail.locator('[data-testid="misquote-alert"], li[data-flag="wording-differs"]').first(),
  ).toBeVisible();
  for (const pane of ['report', 'source'] as const)
    await expect
      .poll(() =>
        ComparePage.isInside(
          view.marks(pane, opened!).first(),
          pane === 'report' ? view.reportScroller : view.sourceScroller,
        ),
      )
      .toBe(true);
  await expect(page.getByTestId('coverage-strip')).toHaveAttribute('aria-label', /draws on \d+% of it/);
});

test('an unknown document gets a clear 404 page', async ({ page, pageErrors }) => {
  const response = await page.goto(compareUrl('no-such-document', MFA_TRANSCRIPT));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparison not found');
  await expect(page.getByText(MFA_TRANSCRIPT, { exact: true })).toBeVisible();
  const missing = await page.goto('/compare');
  expect(missing?.status()).toBe(404);
  // Chromium logs the 404 of the document itself as a console error: that one is what this test asks for.
  const expected = (m: string) => /status of 404/.test(m) && /\/compare(\?|\)|$)/.test(m);
  pageErrors.messages.splice(0, pageErrors.messages.length, ...pageErrors.messages.filter((m) => !expected(m)));
});

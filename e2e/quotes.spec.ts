// The Quotes panel on the seed pair: every quote of the Xinhua story, in order, with its verdict in words, and the
// word diff of an altered one; the table's quote filter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { ComparePage, MFA_TRANSCRIPT, XINHUA } from './pages/compare-page.ts';
import { alignTexts } from '../lib/align.ts';

const seed = (id: string) => readFileSync(join(process.cwd(), 'seeds', `${id}.txt`), 'utf8');

test('the Quotes panel lists every quote of the story with its verdict and shows the diff of an altered one', async ({
  page,
}) => {
  const report = seed(XINHUA);
  const expected = alignTexts(report, seed(MFA_TRANSCRIPT)).quotes ?? [];
  expect(expected.length).toBeGreaterThan(3);
  const view = new ComparePage(page);
  await view.openSeeds();
  const panel = page.getByRole('region', { name: 'Quotes', exact: true });
  const items = panel.locator('li[data-quote]');
  await expect(items).toHaveCount(expected.length);
  // What to check first comes first: altered, then not in the source, elided and exact.
  const RANK = ['altered', 'not-in-source', 'elided', 'exact'];
  const shown = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict') ?? ''));
  expect([...shown].sort()).toEqual(expected.map((q) => q.verdict).sort());
  expect(shown).toEqual([...shown].sort((a, b) => RANK.indexOf(a) - RANK.indexOf(b)));
  // Each verdict is written out in words, not only coloured.
  const labels = await panel.locator('.quote-verdict').allTextContents();
  for (const l of labels) expect(l).toMatch(/exact|elided|altered|not in the source/);
  // The quoted words are shown as the report writes them.
  const first = [...expected].sort((a, b) => RANK.indexOf(a.verdict) - RANK.indexOf(b.verdict))[0]!;
  await expect(items.first()).toContainText(
    report.slice(first.report[0]!.start, first.report[0]!.end).replace(/\s+/g, ' ').slice(0, 30),
  );

  const altered = panel.locator('li[data-verdict="altered"]').first();
  await expect(altered).toContainText('≠ altered');
  const diff = altered.getByTestId('quote-diff');
  await expect(diff).toBeVisible();
  expect(await diff.locator('del, ins').count()).toBeGreaterThan(0);

  // Its button opens the alignment that carries it.
  await altered.getByRole('button', { name: /Show alignment \d+/ }).click();
  await expect(view.detail).toContainText(/Alignment/);
});

test('the quote filter keeps the alignments that carry a quote of that verdict', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  const all = await view.shownRowCount();
  await page.getByLabel('Quote', { exact: true }).selectOption('altered');
  const cells = await view.allColumnTexts('quoteVerdicts');
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.length).toBeLessThan(all);
  for (const c of cells) expect(c).toContain('altered');
  await page.getByLabel('Quote', { exact: true }).selectOption('');
  expect(await view.shownRowCount()).toBe(all);
});

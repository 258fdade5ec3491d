// The source archive in the app (issue 17): a story given alone on the first screen finds its source in the archive
// (the seed transcripts are archived on first start), the candidates come best first with their score and the
// passages that drew them, and one click opens the comparison. The /archive page adds a source by paste, finds it
// by search and deletes it. Keyboard only, 390 px wide and axe too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { CompareForm } from './pages/compare-form.ts';
import { ComparePage } from './pages/compare-page.ts';

const SEEDS = join(import.meta.dirname, '..', 'seeds');
const XINHUA = readFileSync(join(SEEDS, 'xinhua-2021-12-09-wang-wenbin-summit-for-democracy.txt'), 'utf8');
const TRANSCRIPT_TITLE = /Wang Wenbin's regular press conference on December 9, 2021/;

test('story only: find the source, the true transcript first with its passages, one click opens the comparison', async ({
  page,
}) => {
  const form = new CompareForm(page);
  await form.open();
  await form.fill('report', XINHUA);
  const find = page.getByRole('button', { name: 'Find the source in the archive' });
  await expect(find).toBeVisible();
  await find.click();
  const candidates = page.getByRole('list', { name: 'Likely sources, best first' });
  await expect(candidates).toBeVisible({ timeout: 20_000 });
  const first = candidates.getByRole('listitem').first();
  await expect(first).toContainText(TRANSCRIPT_TITLE);
  await expect(first).toContainText(/accounts for \d+% of the story \(score 0\.\d{3}\)/);
  await expect(first.getByRole('list', { name: /Passages of .* that drew the match/ })).toContainText(
    'Future Internet Alliance',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await first.getByRole('button', { name: /^Compare with Foreign Ministry Spokesperson Wang Wenbin/ }).click();
  await expect(page).toHaveURL(/\/compare\/pasted$/);
  await new ComparePage(page).waitUntilReady(30_000);
});

test('the find offer shows only while the source box is empty', async ({ page }) => {
  const form = new CompareForm(page);
  await form.open();
  const find = page.getByRole('button', { name: 'Find the source in the archive' });
  await expect(find).toHaveCount(0);
  await form.fill('report', XINHUA);
  await expect(find).toBeVisible();
  await form.fill('source', 'Spokesperson: Good afternoon.');
  await expect(find).toHaveCount(0);
});

test('archive page, keyboard only at 390 px: add by paste, search finds it, delete it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Archive' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Source archive' })).toBeVisible();
  const list = page.getByTestId('archive-list');
  await expect(list).toContainText(TRANSCRIPT_TITLE); // the seeds are archived on first start
  const title = `Zeppelin briefing <b>${Date.now()}</b>`;
  await page.getByLabel('Title (optional)').focus();
  await page.keyboard.type(title);
  await page.getByLabel('Source text').focus();
  await page.keyboard.type('Spokesperson: The zeppelin talks will resume in Geneva next month. We oppose tariffs.');
  await page.getByRole('button', { name: 'Add to the archive' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(`Archived “${title}”.`);
  await page.getByRole('searchbox', { name: 'Words the source holds' }).focus();
  await page.keyboard.type('zeppelin geneva');
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 sources hold “zeppelin geneva”.')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText(title); // shown as text: the markup in the title is not rendered
  await expect(list.locator('b')).toHaveCount(0);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page)).toEqual([]);
  await list.getByRole('button', { name: `Delete ${title}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(`Deleted “${title}”.`);
  await expect(list.getByRole('listitem')).toHaveCount(0);
});

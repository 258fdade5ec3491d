// Accessibility (axe: no serious or critical violations), the 390 px layout, and the screenshots a person checks
// (saved under test-results/screenshots/ and attached to the report).
import { test, expect } from './fixtures.ts';
import { saveScreenshot, seriousViolations } from './axe.ts';
import { ComparePage } from './pages/compare-page.ts';

test('axe finds no serious or critical violations on the home page', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'claimdiff' })).toBeVisible();
  await saveScreenshot(page, testInfo, 'home', true);
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe finds no serious or critical violations on the comparison page, with an alignment open', async ({
  page,
}, testInfo) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  await saveScreenshot(page, testInfo, 'comparison');
  expect(await seriousViolations(page)).toEqual([]);
  const misquoted = view.rows.filter({ hasText: 'misquote' }).first();
  await misquoted.click();
  await expect(view.detail.getByTestId('misquote-alert')).toBeVisible();
  await saveScreenshot(page, testInfo, 'comparison-misquote');
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: false });

  test('the comparison stacks the panes and never scrolls sideways; the table scrolls inside its own box', async ({
    page,
  }, testInfo) => {
    const view = new ComparePage(page);
    await view.openSeeds();
    const report = await view.reportPane.boundingBox();
    const source = await view.sourcePane.boundingBox();
    expect(report && source).toBeTruthy();
    expect(source!.y, 'the source pane is below the report pane').toBeGreaterThanOrEqual(
      report!.y + report!.height - 1,
    );
    expect(Math.abs(source!.x - report!.x)).toBeLessThan(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const table = await view.tableScroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(table.scroll, 'the table is wider than the screen and scrolls in its container').toBeGreaterThan(
      table.client,
    );
    await view.row(1).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, testInfo, 'comparison-390');
    await saveScreenshot(page, testInfo, 'comparison-390-full', true);
  });

  test('the home page never scrolls sideways', async ({ page }, testInfo) => {
    await page.goto('/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, testInfo, 'home-390', true);
  });
});

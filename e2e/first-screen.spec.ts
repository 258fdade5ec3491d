// The journalist's path (issue 14): the first screen is the task. A story and its transcript, pasted, dropped,
// chosen from a file or given as a web address (from the local fixture server), and one Compare button open the
// comparison on what matters most: the altered quote, then the Quotes panel and what was left out. Keyboard only,
// 390 px wide and axe too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { CompareForm } from './pages/compare-form.ts';
import { ComparePage } from './pages/compare-page.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

const SOURCE =
  'Spokesperson: Good afternoon.\n\nQ: What is your response to the sanctions?\n\n' +
  'Spokesperson: The sanctions are illegal and unjustified. We will never accept this decision. ' +
  'China will take firm countermeasures to defend its interests.\n\nQ: And on the trade talks?\n\n' +
  'Spokesperson: The talks will continue next month in Geneva.';
const REPORT =
  'China vowed countermeasures on Tuesday. "We will gladly accept this decision," the spokesperson said, ' +
  'calling the sanctions "illegal and unjustified."';

let fixtures: FixtureServer;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
});
test.afterAll(async () => {
  await fixtures.close();
});

test('the first thing on the page is the two boxes and Compare', async ({ page }) => {
  const form = new CompareForm(page);
  await form.open();
  for (const side of ['report', 'source'] as const) await expect(form.text(side)).toBeInViewport();
  await expect(form.compareButton()).toBeInViewport();
  // Nothing else asks for input above the boxes.
  const firstField = await page.locator('textarea, input, select').first().getAttribute('aria-label');
  expect(firstField).toBe('What was published: text or web address');
});

test('paste both, one click: the comparison opens on the altered quote, the Quotes panel lists it first', async ({
  page,
}) => {
  const form = new CompareForm(page);
  await form.open();
  await form.fill('report', REPORT);
  await form.fill('source', SOURCE);
  await form.compare();
  await expect(page).toHaveURL(/\/compare\/pasted$/);
  const view = new ComparePage(page);
  await view.waitUntilReady();
  const quotes = page.getByRole('region', { name: 'Quotes' });
  await expect(quotes).toBeVisible();
  await expect(quotes.locator('li.quote').first()).toHaveAttribute('data-verdict', 'altered');
  await expect(quotes.locator('li.quote').first()).toContainText('gladly');
  // Opened on it: the detail shows the misquote without a click.
  expect(await view.selectedNumber()).not.toBeNull();
  await expect(view.detail.getByTestId('misquote-alert')).toBeVisible();
  await expect(view.leftOut).toBeVisible();
});

test('a file chosen for one box and a web address in the other', async ({ page }) => {
  const form = new CompareForm(page);
  await form.open();
  await form.fill('report', `${fixtures.origin}/article.html`);
  await expect(form.side('report')).toContainText('its page is fetched when you press Compare');
  await form.upload(
    'source',
    'transcript.html',
    'text/html',
    readFileSync(join('server', 'fixtures', 'transcript.html')),
  );
  await expect(form.text('source')).toHaveValue(/Spokesperson/);
  await expect(form.side('source')).toContainText('from transcript.html');
  await form.compare();
  await expect(page).toHaveURL(/\/compare\/pasted$/);
  const view = new ComparePage(page);
  await expect(page.getByTestId('comparison')).toHaveAttribute('data-ready', 'true');
  await expect(view.reportPane).toContainText('rejected accusations');
  await expect(page.getByRole('region', { name: 'Quotes' })).toBeVisible();
});

test('a file dropped on a box fills it', async ({ page }) => {
  const form = new CompareForm(page);
  await form.open();
  const box = form.text('report');
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['The minister said talks would resume.'], 'story.txt', { type: 'text/plain' }));
    return data;
  });
  await box.dispatchEvent('dragover', { dataTransfer: transfer });
  await box.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(box).toHaveValue('The minister said talks would resume.');
  await expect(form.title('report')).toHaveValue('story');
  await expect(form.side('report')).toContainText('from story.txt');
});

test('keyboard only: tab to each box, type, tab to Compare, press Enter', async ({ page }) => {
  await page.goto('/');
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const tabTo = async (label: string) => {
    for (let i = 0; i < 25 && (await focusedLabel()) !== label; i++) await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe(label);
  };
  await tabTo('What was published: text or web address');
  await page.keyboard.insertText(REPORT);
  await tabTo('What was said: text or web address');
  await page.keyboard.insertText(SOURCE);
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Compare') break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/compare\/pasted$/);
  await new ComparePage(page).waitUntilReady();
  await expect(page.getByRole('region', { name: 'Quotes' })).toBeVisible();
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: false });
  test('the boxes stack, nothing scrolls sideways, and axe finds nothing serious, errors shown too', async ({
    page,
  }) => {
    const form = new CompareForm(page);
    await form.open();
    const report = await form.side('report').boundingBox();
    const source = await form.side('source').boundingBox();
    expect(source!.y).toBeGreaterThan(report!.y + report!.height - 1);
    expect(report!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await form.compare();
    await expect(page.getByTestId('form-errors')).toContainText('The report text is empty');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

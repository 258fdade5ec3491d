// Issue 15, "what the audit shows": an English translation pasted against its Chinese original lines up sentence by
// sentence, and a selected pair marks, on each side, the words with no counterpart on the other (no dictionary
// gloss, name or number in common) instead of a reading line that two languages cannot share.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { ComparePage } from './pages/compare-page.ts';
import { CompareForm } from './pages/compare-form.ts';

const ZH = 'xl-xi-new-year-address-2023-zh-en';
const opening = (file: 'a.txt' | 'b.txt', paragraphs: number) =>
  readFileSync(join(process.cwd(), 'seeds', 'cases-translation', ZH, file), 'utf8')
    .split(/\n\s*\n/)
    .slice(0, paragraphs)
    .join('\n\n');

test('a translation pair marks each side’s words with no counterpart, in both scripts, and no reading line', async ({
  page,
}) => {
  const form = new CompareForm(page);
  await form.open();
  await form.fill('report', opening('a.txt', 3), 'English text');
  await form.fill('source', opening('b.txt', 3), 'Chinese original');
  await form.compare();
  const view = new ComparePage(page);
  await view.waitUntilReady();
  const rows = await view.alignmentsStartingWith('report', 'The Chinese economy');
  expect(rows.length, 'the economy sentence is aligned').toBeGreaterThan(0);
  await view.marks('report', rows[0]!).first().click();
  await expect(view.detail.getByTestId('cross-language-key')).toBeVisible();
  await expect(view.detail.getByTestId('inline-diff')).toHaveCount(0);
  const [reportPassage, sourcePassage] = [
    view.detail.locator('.detail__passage blockquote').nth(0),
    view.detail.locator('.detail__passage blockquote').nth(1),
  ];
  // The source passage is the Chinese sentence, shown exactly, with some Chinese words struck and others plain:
  // 经济 (economy) meets its English word, so not every word is struck.
  await expect(sourcePassage).toContainText('经济');
  expect(await sourcePassage.locator('del').count()).toBeGreaterThan(0);
  const struck = (await sourcePassage.locator('del').allTextContents()).join('');
  expect(struck).toMatch(/\p{Script=Han}/u);
  expect(struck).not.toContain('经济');
  // The report words with a counterpart ("economy") are not underlined.
  const underlined = (await reportPassage.locator('ins').allTextContents()).join(' ');
  expect(underlined).not.toMatch(/\beconomy\b/);
  // The Chinese text is marked as Chinese (CJK glyphs and line breaking), in its pane and its passage, and the
  // page stays axe clean.
  await expect(view.sourceScroller).toHaveAttribute('lang', 'zh');
  await expect(sourcePassage.locator('xpath=ancestor-or-self::*[@lang][1]')).toHaveAttribute('lang', /^zh/);
  expect(await seriousViolations(page)).toEqual([]);
});

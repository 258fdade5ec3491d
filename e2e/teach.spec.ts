// Issue 16, teaching mode end to end: a student works the shipped Xinhua lesson (predict, then reveal); a teacher
// makes a lesson from a saved comparison, rewords its brief and shares it; the worksheet prints with both texts and
// the questions but no answers; keyboard only; 390 px; axe.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { saveScreenshot, seriousViolations } from './axe.ts';
import { LessonPage, XINHUA_PACK, readShippedPack } from './pages/lesson-page.ts';
import { MFA_TRANSCRIPT, XINHUA } from './pages/compare-page.ts';

const pack = readShippedPack(XINHUA_PACK);
const exercise = (id: string) => pack.key.find((k) => k.id === id)!;
const asked = pack.exercises.map(exercise);
const seedText = (slug: string) => readFileSync(join(process.cwd(), 'seeds', `${slug}.txt`), 'utf8');
const report = seedText(XINHUA);
// The lead's quote: `…has slammed the U.S.-proposed "summit for democracy," saying…`.
const leadQuote = asked.find(
  (k) => k.label === 'quote-changed' && report.slice(k.spans[0]!.start).startsWith('summit for democracy'),
)!;
const leftOut = asked.find((k) => k.label === 'left-out')!;

test('the Xinhua lesson: the lead’s changed quote and one left-out passage are found, the rest listed as missed, with evidence', async ({
  page,
}, testInfo) => {
  const lesson = new LessonPage(page);
  await lesson.open(XINHUA_PACK);
  await expect(page.getByTestId('brief')).toHaveText(pack.brief);
  // No highlights before the reveal: the texts are plain text boxes.
  await expect(page.locator('mark')).toHaveCount(0);
  await lesson.mark('report', leadQuote.spans[0]!.start, leadQuote.spans[0]!.end, 'quote-changed');
  await lesson.mark('source', leftOut.spans[0]!.start, leftOut.spans[0]!.end, 'left-out');
  await expect(page.getByTestId('mark-list').locator('li')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);

  await lesson.checkButton.click();
  await expect(lesson.score).toHaveText(`You found 2 of ${asked.length}.`);
  await expect(lesson.exerciseResults.and(page.locator('[data-status="found"]'))).toHaveCount(2);
  await expect(lesson.exerciseResults.and(page.locator('[data-status="missed"]'))).toHaveCount(asked.length - 2);
  await expect(lesson.markResults.and(page.locator('[data-status="found"]'))).toHaveCount(2);
  // The evidence of the found quote: both passages and the word diff.
  const found = lesson.exerciseResults.and(page.locator('[data-status="found"][data-label="quote-changed"]'));
  await expect(found).toContainText('summit for democracy');
  await expect(found.getByTestId('evidence-diff')).toBeVisible();
  await expect(found).toContainText(leadQuote.note);
  // The app's marks are drawn over the student's in both texts.
  await expect(page.getByTestId('reveal-report').locator('.key-mark--found .student-mark')).not.toHaveCount(0);
  await expect(page.getByTestId('reveal-source').locator('.key-mark--found')).not.toHaveCount(0);
  await saveScreenshot(page, testInfo, 'lesson-reveal');
  expect(await seriousViolations(page)).toEqual([]);

  // The marks stay in this browser: a reload keeps them.
  await page.reload();
  await expect(page.getByTestId('mark-list').locator('li')).toHaveCount(2);
});

test('a mark on a passage the app finds unchanged is "not a change"; the export holds the marks', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.open(XINHUA_PACK);
  const date = report.indexOf('December 10, 2021');
  await lesson.mark('report', date, date + 17, 'number-changed');
  await lesson.checkButton.click();
  await expect(lesson.markResults.first()).toHaveAttribute('data-status', 'not-a-change');
  await expect(lesson.score).toHaveText(`You found 0 of ${asked.length}.`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my answers' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.marks).toEqual([
    { side: 'report', span: { start: date, end: date + 17 }, label: 'number-changed', text: 'December 10, 2021' },
  ]);
});

test('keyboard only: select with Shift+arrows, label, mark and check', async ({ page }) => {
  const lesson = new LessonPage(page);
  await lesson.open(XINHUA_PACK);
  const headline = asked[0]!; // "Summit for democracy" in the headline
  const tabTo = async (predicate: string) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`Tab never reached ${predicate}`);
  };
  await tabTo(`document.activeElement?.dataset.testid === 'report-text'`);
  await page.keyboard.press('Control+Home');
  // The text box moves a caret but takes no edits.
  await page.keyboard.type('x');
  await page.keyboard.press('Delete');
  expect(await lesson.text('report').inputValue()).toBe(report);
  for (let i = 0; i < headline.spans[0]!.start; i++) await page.keyboard.press('ArrowRight');
  for (let i = headline.spans[0]!.start; i < headline.spans[0]!.end; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Tab'); // the label picker
  await page.keyboard.press('ArrowDown'); // quote exact → quote changed
  await expect(page.getByTestId('report-label')).toHaveValue('quote-changed');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('lesson-status')).toContainText('Marked as quote changed: “Summit for democracy”');
  await tabTo(`document.activeElement?.textContent === 'Check my answers'`);
  await page.keyboard.press('Enter');
  await expect(lesson.score).toHaveText(`You found 1 of ${asked.length}.`);
});

test('a teacher makes a lesson from a saved comparison, rewords the brief, and a fresh browser opens its share link', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(60_000);
  const saved = await request.post('/api/comparisons', {
    data: {
      title: 'Lesson source comparison',
      report: { text: report, title: 'Xinhua story' },
      source: { text: seedText(MFA_TRANSCRIPT), title: 'MFA transcript' },
    },
  });
  expect(saved.status()).toBe(201);
  const { id } = await saved.json();
  await page.goto('/teach');
  await expect(page.getByTestId('pack-list')).toContainText('A wire story and the press conference it reports');
  await page.getByTestId('pack-comparison').selectOption(id);
  await page.getByRole('button', { name: 'Make the lesson' }).click();
  await expect(page.getByTestId('pack-title')).toHaveText('Lesson source comparison');
  expect(await seriousViolations(page)).toEqual([]);
  const brief = 'Find the quotes that were changed.';
  await page.getByTestId('pack-brief').fill(brief);
  await page.getByRole('button', { name: 'Save the lesson' }).click();
  await expect(page.getByTestId('editor-status')).toHaveText('Saved.');
  const share = await page.getByTestId('share-link').getAttribute('href');
  expect(share).toMatch(/^\/learn\/[A-Za-z0-9_-]{16,}$/);

  const fresh = await browser.newContext();
  const student = await fresh.newPage();
  await student.goto(share!);
  await expect(student.getByTestId('brief')).toHaveText(brief);
  await expect(student.getByRole('button', { name: 'Check my answers' })).toBeEnabled();
  await fresh.close();
});

test('the worksheet prints (A4 and Letter) with both texts and the questions, and without the key', async ({
  page,
}) => {
  await page.goto(`/teach/${XINHUA_PACK}/worksheet`);
  await expect(page.getByTestId('worksheet-questions')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await getDocument({ data: new Uint8Array(await page.pdf({ format })) }).promise;
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++)
      text +=
        (await (await pdf.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ') + '\n';
    text = text.replace(/\s+/g, ' ');
    expect(text, format).toContain('Summit for democracy');
    expect(text, format).toContain('Xinhua News Agency reporter');
    expect(text, format).toContain('Questions');
    expect(text, format).toContain(pack.brief.slice(0, 40));
    expect(text, format).not.toContain('Answer key');
    expect(text, format).not.toContain('Print the worksheet');
    expect(text, format).not.toContain(leadQuote.note.slice(0, 40));
  }
  await page.goto(`/teach/${XINHUA_PACK}/key`);
  await expect(page.getByTestId('answer-key')).toContainText(leadQuote.note.slice(0, 40));
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: false });

  test('the lesson and the teacher’s page never scroll sideways', async ({ page }, testInfo) => {
    const lesson = new LessonPage(page);
    await lesson.open(XINHUA_PACK);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await lesson.mark('source', leftOut.spans[0]!.start, leftOut.spans[0]!.end, 'left-out');
    await lesson.checkButton.click();
    await expect(lesson.score).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, testInfo, 'lesson-390', true);
    await page.goto('/teach');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

// Issue 16, "works where classrooms are": a teacher pastes an English story and its Chinese original, the student's
// page and the worksheet show the Chinese text exactly, marked `lang="zh"` and drawn with real glyphs (not empty
// boxes); a Ukrainian pack made through the API does the same for Cyrillic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { seriousViolations } from './axe.ts';
import { LessonPage } from './pages/lesson-page.ts';

/** The first `paragraphs` paragraphs of a translation case's text. */
function opening(slug: string, file: 'a.txt' | 'b.txt', paragraphs: number): string {
  const text = readFileSync(join(process.cwd(), 'seeds', 'cases-translation', slug, file), 'utf8');
  return text.split(/\n\s*\n/).slice(0, paragraphs).join('\n\n');
}

const ZH = 'xl-xi-new-year-address-2023-zh-en';
const UK = 'xl-zelensky-address-uk-en-20220310';

/**
 * Whether each of `chars`, drawn in the element's own font, comes out as a distinct, non-empty image. A missing
 * glyph is drawn as the same empty box for every character, so two different characters drawing alike means the
 * reader would see boxes.
 */
async function drawsDistinctGlyphs(element: Locator, chars: string[]): Promise<boolean> {
  return element.evaluate((el, cs) => {
    const style = getComputedStyle(el);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 64;
    const ctx = canvas.getContext('2d')!;
    const images = cs.map((c) => {
      ctx.clearRect(0, 0, 64, 64);
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      ctx.fillText(c, 4, 48);
      return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(',');
    });
    return images.every((image) => /[1-9]/.test(image)) && new Set(images).size === images.length;
  }, chars);
}

test('a pasted English story and its Chinese original make a lesson that shows the Chinese exactly', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const story = opening(ZH, 'a.txt', 4);
  const original = opening(ZH, 'b.txt', 4);
  await page.goto('/teach');
  await page.getByLabel('a story and its source, pasted').check();
  await page.getByLabel('The story').fill(story);
  await page.getByLabel('The source it reports').fill(original);
  await page.getByLabel('Lesson title (optional)').fill('New Year address: the English text');
  await page.getByRole('button', { name: 'Make the lesson' }).click();
  await expect(page.getByTestId('pack-title')).toHaveText('New Year address: the English text');
  const share = await page.getByTestId('share-link').getAttribute('href');

  const lesson = new LessonPage(page);
  await lesson.open(share!.replace('/learn/', ''));
  const source = lesson.text('source');
  await expect(source).toHaveAttribute('lang', 'zh');
  await expect(source).toHaveValue(original);
  await expect(lesson.text('report')).not.toHaveAttribute('lang', /./);
  expect(await drawsDistinctGlyphs(source, ['中', '国', '年'])).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);

  // The student marks the first Chinese sentence as left out; the reveal quotes it in Chinese.
  const sentence = original.slice(0, original.indexOf('！') + 1);
  await lesson.mark('source', 0, sentence.length, 'left-out');
  await lesson.checkButton.click();
  await expect(page.getByTestId('score')).toBeVisible();
  await expect(page.locator('q[lang="zh"]').first()).toHaveText(sentence);

  await page.goto(`/teach/${share!.replace('/learn/', '')}/worksheet`);
  const printed = page.getByTestId('worksheet-source');
  await expect(printed).toHaveAttribute('lang', 'zh');
  await expect(printed).toContainText(sentence);
  expect(await drawsDistinctGlyphs(printed, ['中', '国', '年'])).toBe(true);
});

test('a Ukrainian original made into a pack through the API shows its Cyrillic exactly', async ({ page, request }) => {
  test.setTimeout(90_000);
  const original = opening(UK, 'b.txt', 3);
  const made = await request.post('/api/packs', {
    data: { title: 'Address of 10 March', report: { text: opening(UK, 'a.txt', 3) }, source: { text: original } },
  });
  expect(made.status()).toBe(201);
  const { id } = await made.json();
  const lesson = new LessonPage(page);
  await lesson.open(id);
  const source = lesson.text('source');
  await expect(source).toHaveAttribute('lang', 'uk');
  await expect(source).toHaveValue(original);
  expect(await drawsDistinctGlyphs(source, ['Ж', 'ї', 'є'])).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
});

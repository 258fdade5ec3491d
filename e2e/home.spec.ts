import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';

test('the home page loads with the claimdiff heading and no errors', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'claimdiff' })).toBeVisible();
});

test('the seed library lists every document of seeds/manifest.json with outlet, date, kind and description', async ({
  page,
}) => {
  const { documents } = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as {
    documents: { file: string; kind: string; outlet: string; date: string | null; about: string }[];
  };
  await page.goto('/');
  const items = page.getByTestId('seed-library').getByRole('listitem');
  await expect(items).toHaveCount(documents.length);
  for (const doc of documents) {
    const item = page.locator(`[data-slug="${doc.file.replace(/\.txt$/, '')}"]`);
    await expect(item).toContainText(doc.outlet);
    await expect(item).toContainText(doc.date ?? 'undated');
    await expect(item).toContainText(doc.kind);
    await expect(item).toContainText(doc.about);
  }
});

test('picking a report and a source from the library opens their comparison', async ({ page }) => {
  await page.goto('/');
  await page.getByText('Or pick two documents from the library').click();
  await page
    .getByLabel('Report (what was published)')
    .selectOption('xinhua-2021-12-09-wang-wenbin-summit-for-democracy');
  await page.getByLabel('Source (what was said)').selectOption('mfa-2021-12-09-wang-wenbin-press-conference');
  await page.getByRole('button', { name: 'Compare these documents' }).click();
  await expect(page).toHaveURL(
    /\/compare\?report=xinhua-2021-12-09-wang-wenbin-summit-for-democracy&source=mfa-2021-12-09-wang-wenbin-press-conference$/,
  );
  await expect(page.getByRole('table', { name: 'Alignments', exact: true })).toBeVisible();
});

test('the app has an icon: the page links it and /favicon.ico answers with it, not a 404', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toMatch(/icon/);
  const icon = await request.get('/favicon.ico');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

// Saved statement matrices (issue 6): save the Zhao example from the matrix view, open its permalink, download
// both exports, rename and delete it; and the matrices API's refusals.
import { test, expect } from './fixtures.ts';
import { MatrixPage } from './pages/matrix-page.ts';

test('save the Zhao example matrix, open /m/ID, download JSON and CSV, delete it', async ({ page }) => {
  test.setTimeout(90_000);
  const view = new MatrixPage(page);
  await view.open();
  const total = (await view.shownCount()).total;
  await page.getByRole('button', { name: 'Save matrix' }).click();
  await expect(page).toHaveURL(/\/m\/[A-Za-z0-9_-]+$/, { timeout: 60_000 });
  await view.waitUntilReady();
  expect((await view.shownCount()).total).toBe(total);
  const id = new URL(page.url()).pathname.split('/').pop()!;

  const csv = await page.request.get(`/api/matrices/${id}/export?format=csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).split('\r\n').filter((l) => l !== '');
  expect(lines[0]).toContain('statement');
  expect(lines.length - 1).toBeGreaterThanOrEqual(10);

  const json = await page.request.get(`/api/matrices/${id}/export?format=json`);
  expect(json.status()).toBe(200);
  const body = (await json.json()) as { reports: unknown[]; pairs: unknown[]; rows: unknown[] };
  expect(body.pairs).toHaveLength(2);
  expect(body.pairs.length).toBe(body.reports.length);
  expect(body.rows.length).toBe(total);

  // The page's download links answer the same files.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`claimdiff-matrix-${id}.csv`);

  // Rename on the permalink; the home page lists it under its new name.
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New title').fill('Zhao in two wires');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByTestId('saved-matrix-title')).toHaveText('Zhao in two wires');
  await page.goto('/');
  await expect(page.getByTestId('saved-matrix-list').getByRole('link', { name: 'Zhao in two wires' })).toBeVisible();

  expect((await page.request.delete(`/api/matrices/${id}`)).status()).toBe(204);
  expect((await page.request.get(`/api/matrices/${id}`)).status()).toBe(404);
  expect((await page.request.get(`/api/matrices/${id}/export?format=csv`)).status()).toBe(404);
});

test('the matrices API names the bad field, and 404s', async ({ request }) => {
  const one = await request.post('/api/matrices', {
    data: { source: { text: 'A statement.' }, reports: [{ text: 'A report.' }] },
  });
  expect(one.status()).toBe(400);
  expect(JSON.stringify(await one.json())).toContain('reports: give at least 2 reports');
  const empty = await request.post('/api/matrices', {
    data: { source: { text: 'A statement.' }, reports: [{ text: 'A report.' }, { text: '  ' }] },
  });
  expect(empty.status()).toBe(400);
  expect(JSON.stringify(await empty.json())).toContain('reports[1]');
  expect((await request.get('/api/matrices/not-an-id')).status()).toBe(404);
  expect((await request.get('/api/matrices/not-an-id/export?format=xml')).status()).toBe(400);

  const created = await request.post('/api/matrices', {
    data: {
      title: 'Tiny',
      source: { text: 'We oppose the accusations. Talks will go on next week.', title: 'Briefing' },
      reports: [{ text: 'China said it opposes the accusations.' }, { text: 'Talks will go on next week, it said.' }],
    },
  });
  expect(created.status()).toBe(201);
  const saved = (await created.json()) as { id: string; title: string; reports: unknown[] };
  expect(saved.title).toBe('Tiny');
  expect(saved.reports).toHaveLength(2);
  const renamed = await request.patch(`/api/matrices/${saved.id}`, { data: { title: 'Renamed' } });
  expect(((await renamed.json()) as { title: string }).title).toBe('Renamed');
  expect((await request.patch(`/api/matrices/${saved.id}`, { data: { title: '' } })).status()).toBe(400);
  expect((await request.delete(`/api/matrices/${saved.id}`)).status()).toBe(204);
  expect((await request.delete(`/api/matrices/${saved.id}`)).status()).toBe(404);
});

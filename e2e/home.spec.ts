import { test, expect } from './fixtures.ts';

test('the home page loads with the claimdiff heading and no errors', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'claimdiff' })).toBeVisible();
});

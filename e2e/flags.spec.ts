// A flag badge carries its evidence: focusing (or hovering) it in the alignments table shows the words behind it.
import { test, expect } from './fixtures.ts';
import { ComparePage } from './pages/compare-page.ts';

test('focusing a flag badge shows its evidence, and hovering does too', async ({ page }) => {
  const view = new ComparePage(page);
  await view.openSeeds();
  const badge = view.table.locator('.flag-chip[tabindex="0"]').first();
  await expect(badge).toBeAttached();
  const evidence = badge.getByRole('tooltip');
  await expect(evidence).toBeHidden();
  await badge.focus();
  await expect(evidence).toBeVisible();
  const text = (await evidence.textContent()) ?? '';
  expect(text.length).toBeGreaterThan(5);
  // The badge is described by its evidence for assistive technology.
  await expect(badge).toHaveAttribute('aria-describedby', (await evidence.getAttribute('id')) ?? 'missing');
  await badge.blur();
  await expect(evidence).toBeHidden();
  await badge.hover();
  await expect(evidence).toBeVisible();
});

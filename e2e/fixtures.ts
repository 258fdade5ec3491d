// The `test` every spec imports: Playwright's, plus an error collector that fails the test on any uncaught page
// error or console error (STYLE.md: each spec fails on any page error or console error).
import { test as base, expect } from '@playwright/test';

export interface PageErrors {
  /** Every page error and console error seen so far, as one line each. */
  readonly messages: string[];
}

export const test = base.extend<{ pageErrors: PageErrors }>({
  pageErrors: [
    async ({ page }, use, testInfo) => {
      const messages: string[] = [];
      page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const url = message.location().url;
        messages.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
      });
      await use({ messages });
      if (messages.length)
        await testInfo.attach('page-errors', { body: messages.join('\n'), contentType: 'text/plain' });
      expect(messages, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

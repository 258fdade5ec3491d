// End-to-end tests against a production build (scripts/test.sh runs `next build` first).
// Browsers cannot be downloaded on this machine kind: Debian's chromium is used (scripts/ensure-deps.sh --browser).
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium.ts';
import { E2E_ALLOW_HOSTS, E2E_DB } from './e2e/e2e-env.ts';

// E2E_PORT: another port when 3100 is taken (several people share this machine's ports).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const CI = Boolean(process.env.CI);

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: CI,
  retries: 0,
  // The machine has 2 cores, shared with the server under test.
  workers: 2,
  timeout: 30_000,
  reporter: CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  // Tests tagged @alone (the 5,000-alignment run) keep the server's matcher thread busy for tens of
  // seconds; they run after the rest, one at a time, so no other test waits behind them.
  projects: [
    {
      name: 'chromium',
      grepInvert: /@alone/,
      use: chromium,
    },
    { name: 'chromium-alone', grep: /@alone/, dependencies: ['chromium'], use: chromium },
  ],
  webServer: {
    command: `npx --no-install next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    // CLAIMDIFF_URL_ALLOW_HOSTS: the specs' loopback fixture servers listen on `localhost` (127.0.0.1 stays refused).
    env: { NEXT_TELEMETRY_DISABLED: '1', CLAIMDIFF_DB: E2E_DB, CLAIMDIFF_URL_ALLOW_HOSTS: E2E_ALLOW_HOSTS },
    reuseExistingServer: !CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});

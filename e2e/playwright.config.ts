import { defineConfig, devices } from '@playwright/test';

// QA's suite. Run it with `make e2e` (or `npm run e2e`): e2e/run.mjs starts
// bin/carnet on a free port with a fresh data dir and passes its URL here.
const baseURL = process.env.CARNET_E2E_URL;
if (!baseURL) {
  throw new Error('CARNET_E2E_URL is not set: run the suite with `npm run e2e` (e2e/run.mjs starts the server)');
}

const chromium = {
  // Debian's chromium: no browser download.
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: 'results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['html', { outputFolder: 'report', open: 'never' }]],
  use: {
    baseURL,
    // The assertions read formatted numbers and dates ("42,500 mi", "$59.90"):
    // pin the browser's locale and time zone so they do not follow the host's.
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
    launchOptions: chromium,
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions: chromium }, testIgnore: /mobile\.spec\.ts/ },
    { name: 'phone', use: { ...devices['Pixel 7'], launchOptions: chromium }, testMatch: /mobile\.spec\.ts/ },
  ],
});

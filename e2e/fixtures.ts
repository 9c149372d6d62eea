// The suite's `test`: Playwright's, plus
// - `consoleErrors` (automatic): a test fails when its page logs a console
//   error or throws an uncaught exception (CSP violations are console errors
//   too). A test that provokes an HTTP error on purpose (a 422, a 404, a wrong
//   password) declares it with `consoleErrors.allowHttpStatus(422)`: Chromium
//   logs every failed request as a console error.
// - `owner`: a fresh account (unique email) signed in on the test's page, with
//   an API client that shares the page's cookies to set up data fast.
import { test as base, expect, type Page } from '@playwright/test';
import { ApiClient } from './helpers/api';
import { newAccount, type Account } from './helpers/data';

export interface ConsoleWatch {
  /** Console errors that fail the test so far. */
  readonly unexpected: string[];
  /** Accept messages matching `pattern` from now on. */
  allow(pattern: RegExp): void;
  /** Accept Chromium's "Failed to load resource: ... status of <status>" for these statuses. */
  allowHttpStatus(...statuses: number[]): void;
}

export interface Owner extends Account {
  api: ApiClient;
}

function watchConsole(page: Page): ConsoleWatch {
  const allowed: RegExp[] = [];
  const unexpected: string[] = [];
  const record = (text: string) => {
    if (!allowed.some((re) => re.test(text))) unexpected.push(text);
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') record(msg.text());
  });
  page.on('pageerror', (err) => record(`pageerror: ${err.message}`));
  return {
    unexpected,
    allow: (pattern) => allowed.push(pattern),
    allowHttpStatus: (...statuses) =>
      allowed.push(new RegExp(`^Failed to load resource: the server responded with a status of (${statuses.join('|')})\\b`)),
  };
}

/** An API client bound to a page's browser context (its cookies, its session). */
export function apiFor(page: Page): ApiClient {
  const context = page.context();
  return new ApiClient(page.request, () => context.cookies());
}

/** Signs a fresh account up on this page's browser context (through the API: fast). */
export async function signUpOwner(page: Page, label = 'Owner'): Promise<Owner> {
  const account = newAccount(label);
  const api = apiFor(page);
  await api.register(account);
  return { ...account, api };
}

export const test = base.extend<{ consoleErrors: ConsoleWatch; owner: Owner }>({
  consoleErrors: [
    async ({ page }, use) => {
      const watch = watchConsole(page);
      await use(watch);
      expect(watch.unexpected, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
  owner: async ({ page }, use) => {
    await use(await signUpOwner(page));
  },
});

export { expect };
export type { Page };

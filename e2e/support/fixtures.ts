import { test as base, expect } from '@playwright/test';
// The react-hooks lint rule would read a fixture parameter named `use` as a hook, hence `provide`.

export interface PageErrorFixtures {
  /** Console messages of type `error` seen so far in this test (e.g. a failed resource load in a fault scenario). */
  consoleErrors: string[];
  /** Fails the test on any uncaught exception in the page; automatic, no spec needs to ask for it. */
  failOnPageError: void;
}

/**
 * Use this `test` in every spec instead of Playwright's. An uncaught page error fails the test even when every
 * assertion passed. Console errors only fail a test that asserts on `consoleErrors`, because fault scenarios
 * (401, 502, offline) make the browser log failed requests on purpose.
 */
export const test = base.extend<PageErrorFixtures>({
  consoleErrors: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await provide(errors);
  },
  failOnPageError: [
    async ({ page, consoleErrors }, provide, testInfo) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
      await provide();
      if (consoleErrors.length > 0) {
        await testInfo.attach('console-errors', { body: consoleErrors.join('\n'), contentType: 'text/plain' });
      }
      expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

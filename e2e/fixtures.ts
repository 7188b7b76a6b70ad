// Everything the end-to-end tests share: the seed article, an axe check, and a guard on console errors.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const SEED_ID = '2023-04-27-assembly-32nd-session';
export const LANGS = ['en', 'kk', 'ru'] as const;

/** The quotation marks the app puts around a quote in each language (src/shared/format/quote-marks.ts). */
export const MARKS = { en: ['“', '”'], kk: ['«', '»'], ru: ['«', '»'] } as const;

/** Runs axe (WCAG 2.1 A/AA and best practice) on the page and fails with the rule ids that were violated. */
export const expectNoAxeViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

/** Waits until React has taken over the page (its props are on the header's links). */
export const waitForHydration = (page: Page) =>
  expect
    .poll(() =>
      page
        .locator('header a')
        .first()
        .evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps'))),
    )
    .toBe(true);

export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
  /** Console errors a test expects (a 404 it provokes on purpose); set with `test.use`. */
  allowedConsoleErrors: [[], { option: true }],
  // Any uncaught error or console error on a page fails the test that opened it.
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowedConsoleErrors.some((pattern) => pattern.test(message.text()))) {
          errors.push(`console: ${message.text()}`);
        }
      });
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

// The content security policy the production server sends (deploy/security-headers.conf): the recorder
// the page checks rely on sees a violation when there is one, the root address keeps the policy through
// its redirect, and the headers themselves say what the policy promises. Every kind of page, in every
// language, is loaded, hydrated and used within the policy in every-page.spec.ts.
import { createHash } from 'node:crypto';
import { expect, SEED_ID, test, UI, useThePage } from './fixtures';

test.describe('the policy in the browser', () => {
  test.describe(() => {
    test.use({ allowedConsoleErrors: [/TrustedHTML|Content Security Policy/] });

    test('the recorder sees a violation when there is one', async ({ page, hydrated, policy }) => {
      await policy.watch();
      await page.goto('/en/');
      await hydrated();
      // Markup written as a string into the page: the policy lets no such sink take a plain string.
      const threw = await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>markup</b>');
          return false;
        } catch {
          return true;
        }
      });
      expect(threw).toBe(true);
      await expect.poll(() => policy.violations()).toEqual([expect.stringMatching(/^require-trusted-types-for /)]);
      expect(policy.messages.length).toBeGreaterThan(0);
    });
  });

  test.describe(() => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('the root address, through its redirect to a language', async ({ page, hydrated, policy }) => {
      await policy.watch();
      await page.goto('/');
      await expect(page).toHaveURL('/en/');
      await expect(page.getByRole('heading', { level: 1, name: UI.en.home.title })).toBeVisible();
      await hydrated();
      await useThePage(page, 'en');
      await policy.expectNone();
    });
  });
});

// ---------------------------------------------------------------------------------------------------------

/** `default-src 'self'; script-src 'self'` → { 'default-src': ["'self'"], 'script-src': ["'self'"] }. */
const directives = (policy: string): Record<string, string[]> =>
  Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );

test('the policy allows exactly the inline script and stylesheet the pages carry', async ({ request }) => {
  const response = await request.get(`/kk/articles/${SEED_ID}`);
  const csp = directives(response.headers()['content-security-policy']!);
  const html = await response.text();
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const inline = (tag: string) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, text]) => hash(text!));
  // Data blocks (page state, JSON-LD) have a type and are not scripts; the module script has a src.
  expect(inline('script')).toEqual([csp['script-src']![1]]);
  expect(inline('style')).toEqual([csp['style-src']![1]]);
});

test.describe('the security headers', () => {
  const answers = {
    'a page': '/kk/',
    'an article': `/ru/articles/${SEED_ID}`,
    'the not-found page': '/en/no-such-page',
    'the data an article page fetches': `/data/articles/${SEED_ID}.json`,
  };
  for (const [what, path] of Object.entries(answers)) {
    test(`${what} carries the policy and the other headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(path.includes('no-such') ? 404 : 200);
      const headers = response.headers();
      const policy = headers['content-security-policy'];
      expect(policy, 'Content-Security-Policy').toBeDefined();
      const csp = directives(policy!);
      // The site's own files, and the one script and one stylesheet every page carries inline, by hash.
      expect(csp['script-src']).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
      expect(csp['style-src']).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
      expect(csp['require-trusted-types-for']).toEqual(["'script'"]);
      // One named policy, the service worker's registration; no other, and no duplicates of it.
      expect(csp['trusted-types']).toEqual(['sw']);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'none'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      // Nothing in the policy reopens what script-src closes.
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    });
  }
});

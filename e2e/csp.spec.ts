// The content security policy the production server sends (deploy/security-headers.conf): every kind of
// page, in every language, loads, hydrates and is used a little without one violation of it, and the
// headers themselves say what the policy promises.
import en from '../locales/en/translation.json' with { type: 'json' };
import kk from '../locales/kk/translation.json' with { type: 'json' };
import ru from '../locales/ru/translation.json' with { type: 'json' };
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, LANGS, SEED_ID, test, waitForHydration as hydrated } from './fixtures';

type Lang = (typeof LANGS)[number];
const ui = { en, kk, ru } as const;

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Every `securitypolicyviolation` event of the document, from before its first script runs. */
const recordViolations = (page: Page) =>
  page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        window.__cspViolations!.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        ),
      true,
    );
  });

/** Console messages (of any level) about the policy or Trusted Types. */
const policyMessages = (page: Page): string[] => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Trusted.?(Type|HTML|Script)/i.test(message.text())) messages.push(`${message.type()}: ${message.text()}`);
  });
  return messages;
};

const violationsIn = (page: Page) => page.evaluate(() => window.__cspViolations ?? ['the recorder did not run']);

/** What a reader does on any page: settings, a copied link, the page scrolled, another language. */
const useThePage = async (page: Page, lang: Lang) => {
  const t = ui[lang];
  // The reading settings, where the header has them: a theme and a text size change the page's styles.
  const settings = page.getByRole('button', { name: t.settings.button });
  if (await settings.count()) {
    await settings.click();
    await page.getByRole('radio', { name: t.settings.theme.dark, exact: true }).check();
    await page.getByRole('radio', { name: t.settings.textSize.l, exact: true }).check();
    await page.keyboard.press('Escape');
  }
  const copy = page.getByRole('button', { name: t.share.copyLink, exact: true });
  if (await copy.count()) {
    await copy.first().click();
    await expect(page.getByText(t.share.linkCopied).first()).toBeVisible();
  }
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.evaluate(() => window.scrollTo(0, 0));
  // Another language: the same page, rendered in the browser.
  const other = LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
  await page.getByRole('navigation', { name: t.language.label }).getByRole('link', { name: t.language.name[other] }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', other);
  await expect(page.getByRole('navigation', { name: ui[other].nav.main })).toBeVisible();
};

const PAGES: Record<string, { path: (lang: Lang) => string; search?: boolean; status?: number }> = {
  home: { path: (lang) => `/${lang}/` },
  article: { path: (lang) => `/${lang}/articles/${SEED_ID}` },
  quotes: { path: (lang) => `/${lang}/quotes` },
  awards: { path: (lang) => `/${lang}/awards` },
  timeline: { path: (lang) => `/${lang}/timeline` },
  person: { path: (lang) => `/${lang}/people/kassym-jomart-tokayev` },
  search: { path: (lang) => `/${lang}/search`, search: true },
  'not found': { path: (lang) => `/${lang}/no-such-page`, status: 404 },
};
const SEARCH_WORDS = { en: 'Tokayev', kk: 'Тоқаев', ru: 'Токаев' } as const;

test.describe('no violations of the content security policy', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const [kind, { path, search, status }] of Object.entries(PAGES)) {
    for (const lang of LANGS) {
      test.describe(() => {
        // The not-found page is served with a 404, which the browser reports.
        if (status === 404) test.use({ allowedConsoleErrors: [/status of 404/] });

        test(`${kind} in ${lang}`, async ({ page }) => {
          const t = ui[lang];
          await recordViolations(page);
          const messages = policyMessages(page);
          const response = await page.goto(path(lang));
          expect(response?.status()).toBe(status ?? 200);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await hydrated(page);
          if (search) {
            const form = page.getByRole('search');
            await form.getByLabel(t.search.label).fill(SEARCH_WORDS[lang]);
            await form.getByRole('button', { name: t.search.submit }).click();
            await expect(page.locator('.search-results > li').first()).toBeVisible();
          }
          await useThePage(page, lang);
          expect(await violationsIn(page)).toEqual([]);
          expect(messages).toEqual([]);
        });
      });
    }
  }

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/TrustedHTML|Content Security Policy/] });

    test('the recorder sees a violation when there is one', async ({ page }) => {
      await recordViolations(page);
      const messages = policyMessages(page);
      await page.goto('/en/');
      await hydrated(page);
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
      await expect.poll(() => violationsIn(page)).toEqual([expect.stringMatching(/^require-trusted-types-for /)]);
      expect(messages.length).toBeGreaterThan(0);
    });
  });

  test('the root address, through its redirect to a language', async ({ page }) => {
    await recordViolations(page);
    const messages = policyMessages(page);
    await page.goto('/');
    await expect(page).toHaveURL('/en/');
    await expect(page.getByRole('heading', { level: 1, name: en.home.title })).toBeVisible();
    await hydrated(page);
    await useThePage(page, 'en');
    expect(await violationsIn(page)).toEqual([]);
    expect(messages).toEqual([]);
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

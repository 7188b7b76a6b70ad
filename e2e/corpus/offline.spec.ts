// Reading beyond the visit, with the real service worker over the fixture site (`npm run build:fixtures`):
// articles read once open offline with their styles and fonts, a page never read gives the offline page
// with what can be read, the saved list works online and offline, and a new deploy under an open page
// brings the update notice and a clean reload. In every language, within the content security policy.
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { BUILD_CACHE_PREFIX, OPENED_CACHE, SAVED_CACHE } from '../../src/shared/offline/contract.ts';
import { expect, LANGS, otherLang, readCorpus, test, UI, type Lang } from '../fixtures';

const { newestFirst, versionIn } = readCorpus();
// Three articles: two read before the connection goes, one never read.
const [FIRST, SECOND, NEVER] = newestFirst as [string, string, string];
const articlePath = (lang: Lang, id: string) => `/${lang}/articles/${encodeURIComponent(id)}`;
const headline = (id: string, lang: Lang) => versionIn(id, lang).headline;
/** The page's own background in the light palette (styles.css): the stylesheet is there. */
const LIGHT_BACKGROUND = 'rgb(253, 252, 249)';

test.use({ serviceWorkers: 'allow', colorScheme: 'light' });
// Several page loads, the worker's install and axe: more than the usual budget on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** Waits until the service worker controls the page (after the first load it installs, then takes over). */
const controlled = (page: Page) =>
  expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 30_000 }).toBe(true);

/** Waits until a cache holds a page. */
const kept = (page: Page, cache: string, path: string) =>
  expect
    .poll(() => page.evaluate(async ([name, url]) => Boolean(await (await caches.open(name)).match(url)), [cache, path] as const), {
      timeout: 30_000,
    })
    .toBe(true);

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Every request for the page's code, styles and fonts that failed (none may, offline or not). */
const watchAssets = (page: Page): string[] => {
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).pathname.startsWith('/assets/')) failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/assets/') && !response.ok()) failed.push(`${response.url()}: ${response.status()}`);
  });
  return failed;
};

/** The page has its styles and every font it asked for. */
const expectStyled = async (page: Page) => {
  await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BACKGROUND);
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'error').map((face) => face.family);
  });
  expect(fonts, 'fonts that failed to load').toEqual([]);
};

for (const lang of LANGS) {
  const t = UI[lang];

  test(`an article read once opens offline, and a page never read gives the offline page (${lang})`, async ({
    page,
    context,
    hydrated,
    axe,
    policy,
  }) => {
    const failedAssets = watchAssets(page);
    await policy.watch();
    for (const id of [FIRST, SECOND]) {
      await page.goto(articlePath(lang, id));
      await hydrated();
      await controlled(page);
      await kept(page, OPENED_CACHE, articlePath(lang, id));
    }
    await policy.expectNone();

    /** The article is there, whole: hydrated, with its styles and fonts, within the policy. */
    const expectRead = async (id: string) => {
      await expect(h1(page)).toHaveText(headline(id, lang));
      await hydrated();
      await expectStyled(page);
      await policy.expectNone();
    };

    await test.step('offline: the article reloads with its styles and fonts', async () => {
      await context.setOffline(true);
      await page.reload();
      await expectRead(SECOND);
    });

    await test.step('offline: the other article read before', async () => {
      await page.goto(articlePath(lang, FIRST));
      await expectRead(FIRST);
    });

    await test.step('offline: an article never read gives the offline page, which lists both', async () => {
      await page.goto(articlePath(lang, NEVER));
      await expect(h1(page)).toHaveText(t.offline.title);
      await hydrated();
      await expect(page).toHaveURL(articlePath(lang, NEVER));
      await expect(page.getByText(t.offline.notKept)).toBeVisible();
      const list = page.getByRole('region', { name: t.offline.available }).getByRole('listitem');
      // Both, whichever was kept last (reopening one offline moves it up once the page has kept it again).
      await expect(list.getByRole('link')).toHaveCount(2);
      for (const id of [FIRST, SECOND]) await expect(list.getByRole('link', { name: headline(id, lang), exact: true })).toBeVisible();
      await expectStyled(page);
      await axe();
      await policy.expectNone();
      await list.getByRole('link', { name: headline(FIRST, lang) }).click();
      await expect(h1(page)).toHaveText(headline(FIRST, lang));
    });

    await test.step('online again: the article never read opens', async () => {
      await context.setOffline(false);
      await page.goto(articlePath(lang, NEVER));
      await expect(h1(page)).toHaveText(headline(NEVER, lang));
      await hydrated();
      await policy.expectNone();
    });

    expect(failedAssets).toEqual([]);
  });

  test(`articles saved for later: listed in the reader's language, removed and restored, read offline (${lang})`, async ({
    page,
    context,
    hydrated,
    axe,
    policy,
  }) => {
    const save = page.getByRole('button', { name: t.saved.save, exact: true });
    await policy.watch();

    await test.step('one from its page, one from the list of the latest', async () => {
      await page.goto(articlePath(lang, FIRST));
      await hydrated();
      await expect(save).toHaveAttribute('aria-pressed', 'false');
      await save.click();
      await expect(save).toHaveAttribute('aria-pressed', 'true');
      await page.goto(`/${lang}/`);
      await hydrated();
      const fromList = page.getByRole('button', { name: t.saved.saveNamed.replace('{{headline}}', headline(SECOND, lang)) });
      await expect(fromList).toHaveAttribute('aria-pressed', 'false');
      await fromList.click();
      await expect(fromList).toHaveAttribute('aria-pressed', 'true');
      // The one saved from its page shows as saved in the list too.
      await expect(page.getByRole('button', { name: t.saved.saveNamed.replace('{{headline}}', headline(FIRST, lang)) })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      await policy.expectNone();
    });

    const list = page.getByRole('main').getByRole('listitem');

    await test.step('the saved list, from the footer: the last saved first', async () => {
      await page.getByRole('contentinfo').getByRole('link', { name: t.nav.saved }).click();
      await expect(h1(page)).toHaveText(t.saved.title);
      await expect(list.getByRole('link')).toHaveText([headline(SECOND, lang), headline(FIRST, lang)]);
      await axe();
    });

    await test.step('remove, undo, remove for good', async () => {
      const remove = page.getByRole('button', { name: t.saved.removeNamed.replace('{{headline}}', headline(FIRST, lang)) });
      const status = page.getByRole('main').getByRole('status');
      await remove.click();
      await expect(status).toContainText(t.saved.removed.replace('{{headline}}', headline(FIRST, lang)));
      await expect(list.getByRole('link')).toHaveText([headline(SECOND, lang)]);
      await status.getByRole('button', { name: t.saved.undo }).click();
      await expect(list.getByRole('link')).toHaveText([headline(SECOND, lang), headline(FIRST, lang)]);
      await remove.click();
      await expect(list.getByRole('link')).toHaveText([headline(SECOND, lang)]);
      await page.reload();
      await hydrated();
      await expect(list.getByRole('link')).toHaveText([headline(SECOND, lang)]);
      await policy.expectNone();
    });

    const other = otherLang(lang);

    await test.step(`in another language (${other}), with that language's headline`, async () => {
      await page.goto(`/${other}/saved`);
      await hydrated();
      await expect(list.getByRole('link')).toHaveText([headline(SECOND, other)]);
    });

    await test.step('offline: the list, and the saved article in full', async () => {
      await controlled(page);
      for (const each of LANGS) await kept(page, SAVED_CACHE, articlePath(each, SECOND));
      await context.setOffline(true);
      await page.goto(`/${lang}/saved`);
      await hydrated();
      await expect(list.getByRole('link')).toHaveText([headline(SECOND, lang)]);
      await axe();
      await list.getByRole('link', { name: headline(SECOND, lang) }).click();
      await expect(h1(page)).toHaveText(headline(SECOND, lang));
      await hydrated();
      await expectStyled(page);
      await expect(save).toHaveAttribute('aria-pressed', 'true');
      await policy.expectNone();
      await context.setOffline(false);
    });
  });
}

test.describe('a new deploy under an open page', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serve>>;

  test.beforeEach(async () => {
    // A site of its own (a copy of the build, served by the Node server with the same headers), so this
    // test can publish into it while others read the shared one.
    root = mkdtempSync(join(tmpdir(), 'reader-deploy-'));
    cpSync('dist-fixtures', root, { recursive: true });
    server = await serve({ root, port: 0 });
  });

  test.afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  for (const lang of ['kk', 'ru'] as const) {
    test(`the reader is offered the new version and reloads into it cleanly (${lang})`, async ({ page, hydrated, policy }) => {
      const t = UI[lang];
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await policy.watch();
      await page.goto(`${origin}${articlePath(lang, FIRST)}`);
      await hydrated();
      await controlled(page);
      const builds = () =>
        page.evaluate((prefix) => caches.keys().then((names) => names.filter((name) => name.startsWith(prefix))), BUILD_CACHE_PREFIX);
      const before = await builds();
      expect(before).toHaveLength(1);

      // The deploy: a file kept at install changes, and the build writes its worker again.
      appendFileSync(join(root, 'favicon.svg'), '\n');
      execFileSync('npx', ['tsx', 'scripts/build-service-worker.ts'], { env: { ...process.env, READER_OUT_DIR: root }, stdio: 'pipe' });

      const notice = page.getByRole('status').filter({ hasText: t.update.available });
      await expect(notice).toHaveCount(0);
      // Moving on in the site is when the reader checks for a new version.
      await page.getByRole('contentinfo').getByRole('link', { name: t.nav.saved }).click();
      await expect(h1(page)).toHaveText(t.saved.title);
      await expect(notice).toBeVisible({ timeout: 30_000 });
      await policy.expectNone();

      // A mark on this document: gone once the page has reloaded.
      await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));
      const reloaded = page.waitForEvent('load');
      await notice.getByRole('button', { name: t.update.reload }).click();
      await reloaded;
      await expect(h1(page)).toHaveText(t.saved.title);
      expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
      await hydrated();
      await expect(notice).toHaveCount(0);
      // The new worker controls the page, with its own build kept next to the one before.
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
      await expect.poll(builds).toHaveLength(2);
      expect(await builds()).toContain(before[0]);
      await policy.expectNone();
    });
  }
});

// Sending the article on: copy its link (or the link to one quote, award list or event) with an announced
// confirmation, the direct links to messengers and networks, and the system share sheet where there is one.
// A shared link opens in the sender's interface language, so every link carries /kk/ here.
import type { Locator, Page } from '@playwright/test';
import { expect, SEED, SEED_ID, test, UI } from './fixtures';
const { kk } = UI;
const { kk: kkArticle } = SEED;

const articlePath = `/kk/articles/${SEED_ID}`;
const headline = kkArticle.headline;
/** The first event of the timeline (the session's opening), by its id. */
const sessionOpening = (kkArticle.body.find((block) => block.type === 'timeline')!.events as { id: string; text: string }[]).find(
  (event) => event.id === 'session-opening',
)!;

/** The article's address on the server the test runs against, with an optional block fragment. */
const pageUrl = (page: Page, fragment = '') => new URL(`${articlePath}${fragment}`, page.url()).href;

const shareRegion = (page: Page) => page.getByRole('region', { name: kk.share.title });
const networkLink = (page: Page, network: string) =>
  shareRegion(page).getByRole('link', { name: kk.share.via.replace('{{network}}', network), exact: true });

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The parameters of a link's address, once the page is interactive and links point at the reader's site. */
const paramsOf = async (link: Locator) => {
  const href = await link.getAttribute('href');
  return Object.fromEntries(new URL(href ?? '').searchParams);
};

const openArticle = async (page: Page) => {
  await page.goto(articlePath);
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  // The links are written for the public site before the app starts; they follow the reader's site after.
  await expect(networkLink(page, 'Telegram')).toHaveAttribute('href', new RegExp(encodeURIComponent(new URL(page.url()).origin)));
};

test.describe('copying links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test.beforeEach(async ({ page }) => {
    await openArticle(page);
  });

  test('the article’s link is copied, in Kazakh, and the copy is announced', async ({ page }) => {
    const share = shareRegion(page);
    await expect(share.getByRole('status')).toBeEmpty();

    await share.getByRole('button', { name: kk.share.copyLink, exact: true }).click();

    await expect(share.getByRole('status')).toHaveText(kk.share.linkCopied);
    expect(await clipboardText(page)).toBe(pageUrl(page));
    expect(new URL(await clipboardText(page)).pathname).toBe(articlePath);
  });

  test('a quote’s own link is copied', async ({ page }) => {
    const quote = page.getByRole('article').getByRole('figure').first();
    await quote.getByRole('button', { name: kk.share.copyQuoteLink }).click();

    await expect(quote.getByRole('status')).toHaveText(kk.share.linkCopied);
    expect(await clipboardText(page)).toBe(pageUrl(page, '#q-one-family'));
  });

  test('the award list’s own link is copied', async ({ page }) => {
    const awards = page.getByRole('region', { name: kk.awards.title });
    await awards.getByRole('button', { name: kk.share.copyAwardsLink }).click();

    await expect(awards.getByRole('status')).toHaveText(kk.share.linkCopied);
    expect(await clipboardText(page)).toBe(pageUrl(page, '#awards'));
  });

  test('a timeline event’s own link is copied', async ({ page }) => {
    const event = page.getByRole('region', { name: kk.timeline.title }).getByRole('listitem').filter({ hasText: sessionOpening.text });
    await event.getByRole('button', { name: kk.share.copyEventLink }).click();

    await expect(event.getByRole('status')).toHaveText(kk.share.linkCopied);
    expect(await clipboardText(page)).toBe(pageUrl(page, '#session-opening'));
  });
});

// The links are only read: one page, each network in its own step.
test('direct links to messengers and networks', async ({ page }) => {
  await openArticle(page);

  await test.step('Telegram gets the address and the headline', async () => {
    const link = networkLink(page, 'Telegram');
    expect((await link.getAttribute('href'))!.startsWith('https://t.me/share/url?')).toBe(true);
    expect(await paramsOf(link)).toEqual({ url: pageUrl(page), text: headline });
  });

  await test.step('WhatsApp gets the headline followed by the address', async () => {
    const link = networkLink(page, 'WhatsApp');
    expect((await link.getAttribute('href'))!.startsWith('https://wa.me/?')).toBe(true);
    expect(await paramsOf(link)).toEqual({ text: `${headline} ${pageUrl(page)}` });
  });

  await test.step('VK gets the address and the headline', async () => {
    const link = networkLink(page, 'VK');
    expect((await link.getAttribute('href'))!.startsWith('https://vk.com/share.php?')).toBe(true);
    expect(await paramsOf(link)).toEqual({ url: pageUrl(page), title: headline });
  });

  await test.step('Facebook gets the address', async () => {
    const link = networkLink(page, 'Facebook');
    expect((await link.getAttribute('href'))!.startsWith('https://www.facebook.com/sharer/sharer.php?')).toBe(true);
    expect(await paramsOf(link)).toEqual({ u: pageUrl(page) });
  });

  await test.step('X gets the address and the headline', async () => {
    const link = networkLink(page, 'X');
    expect((await link.getAttribute('href'))!.startsWith('https://x.com/intent/post?')).toBe(true);
    expect(await paramsOf(link)).toEqual({ url: pageUrl(page), text: headline });
  });

  await test.step('e-mail opens a message with the headline as subject and the address in the text', async () => {
    const link = shareRegion(page).getByRole('link', { name: kk.share.email, exact: true });
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith('mailto:?')).toBe(true);
    // mailto wants %20 for spaces: a `+` would reach the reader as a plus sign.
    expect(href).not.toContain('+');
    expect(await paramsOf(link)).toEqual({ subject: headline, body: `${headline}\n\n${pageUrl(page)}` });
  });

  await test.step('the network links open in a new tab, the e-mail link in the mail program', async () => {
    for (const network of ['Telegram', 'WhatsApp', 'VK', 'Facebook', 'X']) {
      await expect(networkLink(page, network)).toHaveAttribute('target', '_blank');
      await expect(networkLink(page, network)).toHaveAttribute('rel', /noopener/);
    }
    await expect(shareRegion(page).getByRole('link', { name: kk.share.email, exact: true })).not.toHaveAttribute('target');
  });
});

test.describe('the system share sheet', () => {
  test('is offered only where the browser has one', async ({ page }) => {
    await openArticle(page);
    const hasShareSheet = await page.evaluate(() => typeof navigator.share === 'function');
    await expect(shareRegion(page).getByRole('button', { name: kk.share.native })).toHaveCount(hasShareSheet ? 1 : 0);
  });

  test('where the browser has one, it is offered and given the address and the headline', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => {
          calls.push(data);
        },
      });
    });
    await openArticle(page);

    await shareRegion(page).getByRole('button', { name: kk.share.native }).click();

    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls))
      .toEqual([{ title: headline, url: pageUrl(page) }]);
  });
});

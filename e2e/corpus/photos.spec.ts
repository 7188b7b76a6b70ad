// Photos: a lead photo is there with the first paint and loads at once in a modern format, a photo further
// down loads when the reader comes near it, neither moves the text when it arrives, and both print.
import en from '../../locales/en/translation.json' with { type: 'json' };
import kk from '../../locales/kk/translation.json' with { type: 'json' };
import type { ImageBlock } from '../../src/content/blocks/image/image.ts';
import { generateCorpus } from '../../pipeline/corpus/generate.ts';
import { HOSTILE_ID } from '../../pipeline/corpus/hostile.ts';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from '../fixtures';

const { articles } = generateCorpus({ count: 40 });
const photoOf = (article: (typeof articles)[number]) => article.body.find((block): block is ImageBlock => block.type === 'image');
/** An English version whose first block is a photo. */
const led = articles.find((article) => article.lang === 'en' && article.body[0]?.type === 'image')!;
const lead = photoOf(led)!;

/** How far the first paragraph moved between the first paint and the photo's arrival. */
const paragraphTop = (page: Page) =>
  page
    .getByRole('article')
    .locator('.article-body > p')
    .first()
    .evaluate((p) => Math.round(p.getBoundingClientRect().top));

test('a lead photo loads at once, in AVIF, in the width the page needs, and keeps its place', async ({ page }) => {
  expect(led, 'the corpus has an article led by a photo').toBeTruthy();
  // Held back: the page must keep the photo's place while it is on its way.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/articles/${led.id}/*.avif`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/en/articles/${led.id}`, { waitUntil: 'domcontentloaded' });
  const img = page.getByRole('img', { name: lead.alt });
  await expect(img).toHaveAttribute('loading', 'eager');
  const before = await paragraphTop(page);
  release();
  await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  expect(await paragraphTop(page)).toBe(before);
  const source = await img.evaluate((element: HTMLImageElement) => element.currentSrc);
  expect(source).toMatch(new RegExp(`/articles/${led.id}/${lead.src.replace('.jpg', '')}-\\d+\\.avif$`));
  // The desktop column is about 700 CSS pixels: the 800 size, not the 1600 one.
  expect(source).toMatch(/-800\.avif$/);
});

test('a photo further down loads when the reader comes near it, credited in the interface language', async ({ page }) => {
  await page.goto(`/kk/articles/${HOSTILE_ID}`);
  const img = page.locator('figure.photo img');
  await expect(img).toHaveAttribute('loading', 'lazy');
  expect(await img.evaluate((element: HTMLImageElement) => element.currentSrc)).toBe('');
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  await expect(page.locator('figure.photo figcaption')).toContainText(kk.photo.credit.replace('{{credit}}', ''));
  // A photo can be linked to on its own.
  await expect(page.getByRole('button', { name: kk.share.copyPhotoLink })).toBeVisible();
});

test('an article with photos has no accessibility violations and prints its photos', async ({ page }) => {
  await page.goto(`/en/articles/${led.id}`);
  await expect(page.getByRole('img', { name: lead.alt })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  const img = page.getByRole('img', { name: lead.alt });
  await expect(img).toBeVisible();
  const box = await img.boundingBox();
  expect(box!.height).toBeGreaterThan(100);
  // The copy-link button is screen furniture, not part of the printed page.
  await expect(page.getByRole('button', { name: en.share.copyPhotoLink })).toBeHidden();
});

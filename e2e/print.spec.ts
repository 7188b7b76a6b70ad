// Printing an article: the article, its source and its own address on the page; nothing for moving around or
// acting on the page.
import { expect, LANGS, SEED, SEED_ID, test, UI } from './fixtures';

const ui = UI;
const articles = SEED;

for (const lang of LANGS) {
  const t = ui[lang];
  const article = articles[lang];

  test(`${lang}: the printed article keeps its content and its address, and drops the page’s controls`, async ({ page }) => {
    await page.goto(`/${lang}/articles/${SEED_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(new RegExp(`^https?://[^/]+/${lang}/articles/${SEED_ID}$`));
    const address = page.getByText(`${t.article.onlineAddress}: ${canonical}`, { exact: true });
    // On screen the address bar says it already.
    await expect(address).toBeHidden();

    await page.emulateMedia({ media: 'print' });
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();
    const firstParagraph = article.body.find((block) => block.type === 'paragraph')!.text!;
    await expect(main.getByText(firstParagraph, { exact: true })).toBeVisible();
    const quote = main.getByRole('figure').first();
    await expect(quote.locator('blockquote')).toBeVisible();
    await expect(quote.locator('figcaption')).toBeVisible();
    const awards = main.getByRole('region', { name: t.awards.title });
    const timeline = main.getByRole('region', { name: t.timeline.title });
    await expect(awards.getByRole('listitem').first()).toBeVisible();
    await expect(timeline.getByRole('listitem').first()).toBeVisible();
    // Backgrounds are not printed: the boxes keep a border instead.
    for (const box of [awards, timeline]) await expect(box).toHaveCSS('border-top-style', 'solid');
    await expect(address).toBeVisible();

    await expect(page.getByRole('navigation', { name: t.nav.main })).toBeHidden();
    await expect(page.getByRole('navigation', { name: t.language.label })).toBeHidden();
    await expect(page.getByRole('button', { name: t.settings.button })).toBeHidden();
    await expect(page.getByRole('region', { name: t.share.title })).toBeHidden();
    await expect(page.getByRole('button', { name: t.share.copyLink })).toBeHidden();
    await expect(page.getByRole('button', { name: t.share.copyQuoteLink }).first()).toBeHidden();
    await expect(page.getByRole('link', { name: t.nav.skipToContent })).toBeHidden();
    await expect(page.getByRole('link', { name: t.article.backToLatest })).toBeHidden();
    await expect(page.getByText(t.site.description, { exact: true })).toBeHidden();
    await expect(page.getByText(t.article.readingTimeLabel, { exact: true })).toBeHidden();
    await expect(page.locator('.reading-progress')).toBeHidden();
  });
}

// An article that exists in fewer languages than the interface offers: the reader sees the version
// there is, told so in their language, with links to the others; switching language keeps the article.
import { generateCorpus } from '../../pipeline/corpus/generate.ts';
import type { Article } from '../../src/content/schema.ts';
import { expect, test, UI } from '../fixtures';
const { en, ru } = UI;

const { articles } = generateCorpus({ count: 40 });
const byId = new Map<string, Article[]>();
for (const article of articles) byId.set(article.id, [...(byId.get(article.id) ?? []), article]);
/** An article written in Kazakh only. */
const [kazakhOnlyId, [kazakhOnly] = []] = [...byId].find(([, versions]) => versions.length === 1 && versions[0]?.lang === 'kk') ?? [];

test('an article only in Kazakh, read with an English and then a Russian interface', async ({ page }) => {
  expect(kazakhOnlyId && kazakhOnly).toBeTruthy();
  await page.goto(`/en/articles/${kazakhOnlyId}`);
  const article = page.getByRole('article').first();
  await expect(article).toHaveAttribute('lang', 'kk');
  await expect(page.getByRole('heading', { level: 1, name: kazakhOnly!.headline })).toBeVisible();
  await expect(page.getByRole('note')).toHaveText(en.language.notAvailable.replace('{{language}}', 'Қазақша'));
  // The interface stays English around the Kazakh text.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('navigation', { name: en.language.label }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(`/ru/articles/${kazakhOnlyId}`);
  await expect(page.getByRole('heading', { level: 1, name: kazakhOnly!.headline })).toBeVisible();
  await expect(page.getByRole('note')).toHaveText(ru.language.notAvailable.replace('{{language}}', 'Қазақша'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
});

// Printing an article that names its source, over the fixture site (`npm run build:fixtures`): the source's
// address is printed after its name, and the way on to other articles is left off the paper.
import { readdirSync, readFileSync } from 'node:fs';
import en from '../../locales/en/translation.json' with { type: 'json' };
import type { Article } from '../../src/content/schema.ts';
import { expect, test } from '../fixtures';

const CONTENT = new URL('../../.fixtures/public/', import.meta.url);
/** An English version of an article that names its source. */
const withSource = readdirSync(new URL('articles/', CONTENT))
  .filter((id) => readdirSync(new URL(`articles/${id}/`, CONTENT)).includes('en.json'))
  .map((id) => JSON.parse(readFileSync(new URL(`articles/${id}/en.json`, CONTENT), 'utf8')) as Article)
  .find((article) => article.source);

test('the source is printed with its address, and the other articles are not', async ({ page }) => {
  expect(withSource?.source).toBeDefined();
  const { id, headline, source } = withSource!;
  await page.goto(`/en/articles/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  const sourceLine = page
    .getByRole('article')
    .getByRole('paragraph')
    .filter({ hasText: `${en.article.source}:` });
  const more = page.getByRole('navigation', { name: en.article.moreArticles });
  // Text as rendered: on screen the address is not shown.
  await expect(sourceLine).toHaveText(`${en.article.source}: ${source!.name}`, { useInnerText: true });
  await expect(more).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(sourceLine).toHaveText(`${en.article.source}: ${source!.name} (${source!.url})`, { useInnerText: true });
  await expect(sourceLine.getByRole('link', { name: source!.name })).toBeVisible();
  await expect(more).toBeHidden();
});

// Printing an article that names its source, over the fixture site (`npm run build:fixtures`): the source's
// address is printed after its name, and the way on to other articles is left off the paper.
import { expect, test, UI } from '../fixtures';
const { en } = UI;

test('the source is printed with its address, and the other articles are not', async ({ page, corpus }) => {
  /** An English version of an article that names its source. */
  const withSource = [...corpus.versionsById.values()].flat().find((article) => article.lang === 'en' && article.source);
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

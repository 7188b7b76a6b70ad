// An article published or updated within the last week says how long ago, by the reader's clock; older
// dates stay as they are. Read over the generated corpus, whose dates may carry a time and an offset.
import { generateCorpus } from '../../pipeline/corpus/generate.ts';
import type { Article } from '../../src/content/schema.ts';
import { formatDate } from '../../src/shared/format/format-date.ts';
import { expect, test, UI } from '../fixtures';
const { en, kk, ru } = UI;

const HOUR = 3_600_000;
const { articles } = generateCorpus({ count: 40 });
const byId = new Map<string, Article[]>();
for (const article of articles) byId.set(article.id, [...(byId.get(article.id) ?? []), article]);
const inKazakhAndRussian = [...byId.values()].filter((versions) => ['kk', 'ru'].every((lang) => versions.some((v) => v.lang === lang)));
const hasTime = (iso: string | null): iso is string => iso !== null && iso.includes('T');

/** Published at a stated time, never updated. */
const published = inKazakhAndRussian.map((versions) => versions[0]!).find((a) => hasTime(a.publishedAt) && a.updatedAt === null);
/** Updated at a stated time, more than a week after it was published. */
const updated = inKazakhAndRussian
  .map((versions) => versions[0]!)
  .find((a) => hasTime(a.updatedAt) && Date.parse(a.updatedAt!) - Date.parse(a.publishedAt) > 7 * 24 * HOUR);

test('three hours after publication, in Kazakh and then in Russian', async ({ page }) => {
  expect(published, 'the corpus has an article in kk and ru published at a stated time').toBeDefined();
  const { id, publishedAt } = published!;
  await page.clock.setFixedTime(Date.parse(publishedAt) + 3 * HOUR);
  await page.goto(`/kk/articles/${id}`);
  const time = page.getByRole('definition').getByRole('time');
  await expect(time).toHaveText(`${formatDate(publishedAt, 'kk')} (3 сағат бұрын)`);
  await expect(time).toHaveAttribute('datetime', publishedAt);

  await page.getByRole('navigation', { name: kk.language.label }).getByRole('link', { name: 'Русский' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(time).toHaveText(`${formatDate(publishedAt, 'ru')} (3 часа назад)`);
});

test('five minutes after an update, in Russian and in English: the publication date stays as it is', async ({ page }) => {
  expect(updated, 'the corpus has an article in kk and ru updated at a stated time').toBeDefined();
  const { id, publishedAt, updatedAt } = updated!;
  await page.clock.setFixedTime(Date.parse(updatedAt!) + 5 * 60_000);
  await page.goto(`/ru/articles/${id}`);
  await expect(page.getByRole('term')).toContainText([ru.article.published, ru.article.updated]);
  const times = page.getByRole('definition').getByRole('time');
  await expect(times).toHaveText([formatDate(publishedAt, 'ru'), `${formatDate(updatedAt!, 'ru')} (5 минут назад)`]);

  await page.getByRole('navigation', { name: ru.language.label }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('term')).toContainText([en.article.published, en.article.updated]);
  await expect(times).toHaveText([formatDate(publishedAt, 'en'), `${formatDate(updatedAt!, 'en')} (5 minutes ago)`]);
});

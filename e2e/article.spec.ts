// Reading the seed article: headline, date, text, quotes with their speakers, awards and the timeline,
// in English, Kazakh and Russian.
import entities from '../public/entities.json' with { type: 'json' };
import type { Page } from '@playwright/test';
import { expect, MARKS, SEED, SEED_ID, test, UI } from './fixtures';
const { en, kk, ru } = UI;
const { en: enArticle, kk: kkArticle, ru: ruArticle } = SEED;

/** The parts of an article file the reader sees (the JSON import types every block loosely). */
interface Article {
  headline: string;
  body: readonly { type: string; text?: string; id?: string; speaker?: unknown; items?: unknown; events?: unknown }[];
}
interface Quote {
  text: string;
  speaker: string;
}
interface AwardItem {
  recipients: { name: string }[];
}
interface TimelineEvent {
  date: string;
  text: string;
}

const blocksOf = (article: Article, type: string) => article.body.filter((block) => block.type === type);
const paragraphs = (article: Article) => blocksOf(article, 'paragraph').map((block) => block.text!);
const quotes = (article: Article) => blocksOf(article, 'quote') as unknown as Quote[];
const recipientsOf = (article: Article) =>
  (blocksOf(article, 'awards')[0]!.items as AwardItem[]).map((item) => item.recipients.map((r) => r.name));
/** Events in date order; the sort is stable, so events on the same day keep the editor's order. */
const timelineEvents = (article: Article) =>
  [...(blocksOf(article, 'timeline')[0]!.events as TimelineEvent[])].sort((a, b) => a.date.localeCompare(b.date));

const people = entities.people;

/** The quote's speaker, as a reader of this interface language must see them. */
const speakerIn = (id: string, lang: 'en' | 'kk' | 'ru') => {
  const person = people[id as keyof typeof people];
  return { name: person.name[lang], role: person.role[lang] };
};

/** Quotation marks by language (the seed's quotes do not write their own). */

/** Checks every quote: a figure whose blockquote holds the words in quotation marks and whose caption names the speaker and role. */
const expectQuotes = async (page: Page, article: Article, lang: 'en' | 'kk' | 'ru') => {
  const [open, close] = MARKS[lang];
  const figures = page.getByRole('article').getByRole('figure');
  await expect(figures).toHaveCount(quotes(article).length);
  for (const [index, quote] of quotes(article).entries()) {
    const figure = figures.nth(index);
    const speaker = speakerIn(quote.speaker, lang);
    await expect(figure.locator(':scope > blockquote')).toHaveText(`${open}${quote.text}${close}`);
    const caption = figure.locator(':scope > blockquote + figcaption');
    await expect(caption).toContainText(speaker.name);
    await expect(caption).toContainText(speaker.role);
  }
};

/** Checks the timeline: an ordered list of dated events, in date order, each date written for the language. */
const expectTimeline = async (page: Page, article: Article, heading: string, date: string) => {
  const timeline = page.getByRole('region', { name: heading });
  await expect(timeline.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  const list = timeline.getByRole('list');
  await expect(list).toHaveJSProperty('tagName', 'OL');
  const events = list.getByRole('listitem');
  const expected = timelineEvents(article);
  await expect(events).toHaveCount(expected.length);
  for (const [index, event] of expected.entries()) {
    await expect(events.nth(index)).toContainText(event.text);
    const time = events.nth(index).getByRole('time');
    await expect(time).toHaveAttribute('datetime', event.date);
    await expect(time).toHaveText(date);
  }
};

/** Checks the award list: each award's proper name (with degree) in order, and its recipients. */
const expectAwards = async (page: Page, article: Article, heading: string, recipientsLabel: string, names: string[]) => {
  const awards = page.getByRole('region', { name: heading });
  await expect(awards.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  // The awards are the list items that carry a list of recipients.
  const items = awards.getByRole('listitem').filter({ has: page.getByRole('list') });
  await expect(items).toHaveCount(names.length);
  const recipients = recipientsOf(article);
  for (const [index, name] of names.entries()) {
    const item = items.nth(index);
    await expect(item.getByRole('paragraph').first()).toHaveText(name);
    await expect(item.getByText(recipientsLabel, { exact: true })).toBeVisible();
    await expect(item.getByRole('list').getByRole('listitem')).toHaveText(recipients[index]!);
  }
};

// The page is only read: one load, then each part of it in its own step.
test('the seed article in English', async ({ page }) => {
  await page.goto(`/en/articles/${SEED_ID}`);
  await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).toBeVisible();

  await test.step('shows the headline, the summary, the publication date and every paragraph', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(enArticle.headline);
    await expect(page.getByText(enArticle.summary, { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: en.article.published })).toBeVisible();
    const published = page.getByRole('definition').getByRole('time');
    await expect(published).toHaveAttribute('datetime', '2023-04-27');
    await expect(published).toHaveText('27 April 2023');
    for (const text of paragraphs(enArticle)) {
      await expect(page.getByRole('article').getByRole('paragraph').filter({ hasText: text })).toHaveText(text);
    }
    const heading = blocksOf(enArticle, 'heading')[0]!;
    await expect(page.getByRole('heading', { level: 2, name: heading.text })).toBeVisible();
  });

  await test.step('shows every quote with its speaker’s name and role', async () => {
    await expectQuotes(page, enArticle, 'en');
    const figures = page.getByRole('article').getByRole('figure');
    await expect(figures.filter({ hasText: 'Kassym-Jomart Tokayev' })).toHaveCount(2);
    await expect(figures.filter({ hasText: 'President of the Republic of Kazakhstan' })).toHaveCount(2);
    await expect(figures.filter({ hasText: 'Tanzila Khashiyeva' })).toHaveCount(1);
  });

  await test.step('lists the awards with their recipients', async () => {
    await expectAwards(page, enArticle, 'Awards', en.awards.recipients, [
      'Order of Kurmet',
      'Order of Dostyk, 2nd degree',
      'Shapagat medal',
    ]);
  });

  await test.step('shows the timeline as an ordered list of dated events', async () => {
    await expectTimeline(page, enArticle, en.timeline.title, '27 April 2023');
  });

  await test.step('has no section of other articles while it is the only one', async () => {
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByRole('navigation', { name: en.article.moreArticles })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: en.article.moreArticles })).toHaveCount(0);
  });

  await test.step('is an English page titled with the headline', async () => {
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(`${enArticle.headline} — ${en.site.name}`);
  });
});

const translations = [
  {
    lang: 'kk',
    ui: kk,
    article: kkArticle,
    date: '2023\u00a0ж. 27 сәуір',
    president: 'Қасым-Жомарт Тоқаев',
    awards: ['«Құрмет» ордені', 'ІІ дәрежелі «Достық» ордені', '«Шапағат» медалі'],
  },
  {
    lang: 'ru',
    ui: ru,
    article: ruArticle,
    date: '27 апреля 2023\u00a0г.',
    president: 'Касым-Жомарт Токаев',
    awards: ['орден «Құрмет»', 'орден «Достық» II степени', 'медаль «Шапағат»'],
  },
] as const;

for (const { lang, ui, article, date, president, awards } of translations) {
  test(`the seed article in ${lang}`, async ({ page }) => {
    await page.goto(`/${lang}/articles/${SEED_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: article.headline })).toBeVisible();

    await test.step('is a page in that language with a translated title', async () => {
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(`${article.headline} — ${ui.site.name}`);
      await expect(page.getByRole('navigation', { name: ui.language.label })).toBeVisible();
    });

    await test.step('shows the date and every paragraph in that language', async () => {
      const published = page.getByRole('definition').getByRole('time');
      await expect(published).toHaveAttribute('datetime', '2023-04-27');
      await expect(published).toHaveText(date);
      for (const text of paragraphs(article)) {
        await expect(page.getByRole('article').getByRole('paragraph').filter({ hasText: text })).toHaveText(text);
      }
    });

    await test.step('names the speakers in that language', async () => {
      await expectQuotes(page, article, lang);
      await expect(page.getByRole('article').getByRole('figure').filter({ hasText: president })).toHaveCount(2);
    });

    await test.step('gives the awards their official names in that language', async () => {
      await expectAwards(page, article, ui.awards.title, ui.awards.recipients, [...awards]);
    });

    await test.step('writes the timeline dates the way the language writes them', async () => {
      await expectTimeline(page, article, ui.timeline.title, date);
    });
  });
}

test.describe('how long ago the seed article was published, by the reader’s clock', () => {
  // The article's date has no time: it is a day of the reader's calendar, here Almaty's.
  test.use({ timezoneId: 'Asia/Almaty' });

  /** The article's date as the prerendered page writes it, before any script runs. */
  const prerenderedDate = async (page: Page, lang: string) => {
    const html = await (await page.request.get(`/${lang}/articles/${SEED_ID}`)).text();
    return /<dd><time dateTime="2023-04-27">([^<]*)<\/time><\/dd>/i.exec(html)?.[1];
  };

  test('in Kazakh, three hours into the day it was published: today', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2023-04-27T03:00:00+05:00'));
    await page.goto(`/kk/articles/${SEED_ID}`);
    const published = page.getByRole('definition').getByRole('time');
    await expect(published).toHaveText(`2023\u00a0ж. 27 сәуір (${kk.date.today})`);
    await expect(published).toHaveAttribute('datetime', '2023-04-27');
    // Only the browser knows the reader's day: the served page has the date alone.
    expect(await prerenderedDate(page, 'kk')).toBe('2023\u00a0ж. 27 сәуір');
  });

  test('in Russian, three days later; the wording follows a language switch', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2023-04-30T10:00:00+05:00'));
    await page.goto(`/ru/articles/${SEED_ID}`);
    const published = page.getByRole('definition').getByRole('time');
    await expect(published).toHaveText('27 апреля 2023\u00a0г. (3 дня назад)');
    expect(await prerenderedDate(page, 'ru')).toBe('27 апреля 2023\u00a0г.');

    await page.getByRole('navigation', { name: ru.language.label }).getByRole('link', { name: 'Қазақша' }).click();
    await expect(page.getByRole('heading', { level: 1, name: kkArticle.headline })).toBeVisible();
    await expect(published).toHaveText('2023\u00a0ж. 27 сәуір (3 күн бұрын)');
  });

  test('a week later, the date alone', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2023-05-04T10:00:00+05:00'));
    await page.goto(`/en/articles/${SEED_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: enArticle.headline })).toBeVisible();
    // Hydrated: the switcher's links are the app's (a switch happens without loading a page).
    await page.getByRole('navigation', { name: en.language.label }).getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1, name: ruArticle.headline })).toBeVisible();
    await expect(page.getByRole('definition').getByRole('time')).toHaveText('27 апреля 2023\u00a0г.');
  });
});

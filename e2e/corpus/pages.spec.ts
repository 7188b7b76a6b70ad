// The pages across articles (quotes, awards, timeline, people) and the site navigation, read over the fixture
// site (`npm run build:fixtures`: the seed article, 40 generated fictional ones and whatever else the fixture
// build adds), in English, Kazakh and Russian.
import type { Page } from '@playwright/test';
import type { Article } from '../../src/content/schema.ts';
import { expect, expectNoAxeViolations, LANGS, MARKS, readCorpus, SEED_ID, test, UI, type Lang } from '../fixtures';
const { en, kk, ru } = UI;

const ui = UI;

// ---------------------------------------------------------------------------------------------------------
// What the fixture site holds, read from the content folder it was built from (the generated corpus plus the
// site's own content), so the expectations follow the corpus whatever it holds.

const { entities, versionsById, originalOf, versionIn } = readCorpus();
const seedEn = versionsById.get(SEED_ID)!.find((version) => version.lang === 'en')!;
const blocksOf = <T extends Article['body'][number]['type']>(article: Article, type: T) =>
  article.body.filter((block): block is Extract<Article['body'][number], { type: T }> => block.type === type);
/** Blocks in any version of an article, once each by id, as the indexes merge the versions. */
const blocksById = <B extends { id: string }>(versions: Article[], pick: (article: Article) => B[]): B[] => [
  ...new Map(versions.flatMap((version) => pick(version).map((block) => [block.id, block] as const))).values(),
];

/** Every quote by a registered speaker: where it is. */
const quotesBySpeaker = new Map<string, { articleId: string; blockId: string }[]>();
let quoteTotal = 0;
for (const [articleId, versions] of versionsById) {
  for (const quote of blocksById(versions, (article) => blocksOf(article, 'quote'))) {
    quoteTotal += 1;
    if (typeof quote.speaker !== 'string') continue;
    quotesBySpeaker.set(quote.speaker, [...(quotesBySpeaker.get(quote.speaker) ?? []), { articleId, blockId: quote.id }]);
  }
}
/** The most quoted fictional person (the first by id among equals). */
const [SPEAKER, speakerQuotes] = [...quotesBySpeaker]
  .filter(([id]) => id.startsWith('fixture-'))
  .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))[0]!;
const nameOf = (id: string, lang: Lang) => {
  const names = entities.people[id]!.name;
  return names[lang] ?? names.en;
};
const quoteText = (where: { articleId: string; blockId: string }, lang: Lang) =>
  blocksOf(versionIn(where.articleId, lang), 'quote').find((quote) => quote.id === where.blockId)!.text;
/** Quotation marks by the language of the words (no generated quote writes its own). */
/** A quote as the page shows it: the words of the version a reader of `lang` sees, in that version's marks. */
const shownQuote = (where: { articleId: string; blockId: string }, lang: Lang) => {
  const [open, close] = MARKS[versionIn(where.articleId, lang).lang];
  return `${open}${quoteText(where, lang)}${close}`;
};

/** Grants by award group (`award/degree`). */
const grantCounts = new Map<string, number>();
for (const versions of versionsById.values()) {
  for (const block of blocksById(versions, (article) => blocksOf(article, 'awards')))
    for (const item of block.items)
      grantCounts.set(`${item.award}/${item.degree ?? 0}`, (grantCounts.get(`${item.award}/${item.degree ?? 0}`) ?? 0) + 1);
}
/** The award given most often without a degree, and the award and degree given most often (the first by id among equals). */
const mostGiven = (withDegree: boolean): { award: string; degree: number } => {
  const [group] = [...grantCounts]
    .filter(([key]) => key.endsWith('/0') !== withDegree)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]!;
  const [award, degree] = group.split('/') as [string, string];
  return { award, degree: Number(degree) };
};
const PLAIN = mostGiven(false);
const DEGREED = mostGiven(true);
const degreeName = (t: typeof en, lang: Lang) =>
  t.awards.withDegree[String(DEGREED.degree) as '1' | '2' | '3'].replace('{{name}}', entities.awards[DEGREED.award]!.name[lang]!);

/** Timeline entries by month: every article's publication and every dated event. */
const monthCounts = new Map<string, number>();
for (const versions of versionsById.values()) {
  const events = new Map(
    blocksById(versions, (article) => blocksOf(article, 'timeline')).flatMap((block) =>
      block.events.map((event) => [event.id, event.date]),
    ),
  );
  const dates = [originalOf(versions).publishedAt, ...events.values()];
  for (const date of dates) monthCounts.set(date.slice(0, 7), (monthCounts.get(date.slice(0, 7)) ?? 0) + 1);
}
const MONTHS = [...monthCounts.keys()].sort().reverse();

const MONTH_NAMES: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  'kk-Latn': ['qañtar', 'aqpan', 'nauryz', 'säuır', 'mamyr', 'mausym', 'şılde', 'tamyz', 'qyrküiek', 'qazan', 'qaraşa', 'jeltoqsan'],
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
};
/** A month as a heading writes it: `July 2025`, `2025 ж. шілде`, `2025 j. şılde`, `июль 2025 г.` (capitalised by the style sheet). */
const monthHeading = (month: string, lang: Lang) => {
  const year = month.slice(0, 4);
  const name = MONTH_NAMES[lang][Number(month.slice(5)) - 1]!;
  if (lang === 'en') return `${name} ${year}`;
  if (lang === 'kk') return `${year}\u00a0ж. ${name}`;
  if (lang === 'kk-Latn') return `${year}\u00a0j. ${name}`;
  return `${name} ${year}\u00a0г.`;
};

/** A plural message as i18next picks it for `count`, with the number filled in. */
const pluralOf = (lang: Lang, messages: object, key: string, count: number) => {
  const base = messages as Record<string, unknown>;
  const text = String(base[`${key}_${new Intl.PluralRules(lang).select(count)}`] ?? base[`${key}_other`]);
  return text.replace('{{formatted}}', String(count)).replace('{{count}}', String(count));
};

const mainNav = (page: Page, lang: Lang) => page.getByRole('navigation', { name: ui[lang].nav.main });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/**
 * No accessibility violation in the light palette; for Russian pages, the colour rules in the dark one
 * too, switched in place (with nothing chosen the page follows the system, without a reload).
 */
const expectAccessible = async (page: Page, lang: Lang) => {
  await expectNoAxeViolations(page);
  if (lang !== 'ru') return;

  await test.step('dark palette: the page keeps its contrast', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(22, 24, 28)');
    await expectNoAxeViolations(page, { colourOnly: true });
    await page.emulateMedia({ colorScheme: 'light' });
  });
};

// ---------------------------------------------------------------------------------------------------------

test.describe('every cross-article page in every language', () => {
  for (const lang of LANGS) {
    const t = ui[lang];

    test(`${lang}: the quotes page`, async ({ page }) => {
      await page.goto(`/${lang}/quotes`);
      await expect(h1(page)).toHaveText(t.quotes.title);
      await expect(page).toHaveTitle(`${t.quotes.title} — ${t.site.name}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(mainNav(page, lang).getByRole('link', { name: t.nav.quotes })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByText(pluralOf(lang, t.quotes, 'count', quoteTotal), { exact: true })).toBeVisible();
      await expect(page.getByLabel(t.quotes.speaker)).toHaveValue('');
      // Newest first, twenty to a page, each a figure: the words, then who said them and where.
      const figures = page.getByRole('main').getByRole('figure');
      await expect(figures).toHaveCount(20);
      await expect(figures.first().locator(':scope > blockquote + figcaption')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: t.pager.label })).toContainText(
        t.pager.status.replace('{{page}}', '1').replace('{{pages}}', String(Math.ceil(quoteTotal / 20))),
      );
      await expectAccessible(page, lang);

      await test.step('the search page is in the navigation', async () => {
        await mainNav(page, lang).getByRole('link', { name: t.nav.search }).click();
        await expect(page).toHaveURL(`/${lang}/search`);
        await expect(h1(page)).toHaveText(t.search.title);
        await expect(mainNav(page, lang).getByRole('link', { name: t.nav.search })).toHaveAttribute('aria-current', 'page');
        await expectNoAxeViolations(page);
        await mainNav(page, lang).getByRole('link', { name: t.nav.latest }).click();
        await expect(h1(page)).toHaveText(t.home.title);
        await expect(mainNav(page, lang).getByRole('link', { name: t.nav.latest })).toHaveAttribute('aria-current', 'page');
      });
    });

    test(`${lang}: the awards page`, async ({ page }) => {
      await page.goto(`/${lang}/awards`);
      await expect(h1(page)).toHaveText(t.awards.title);
      await expect(page).toHaveTitle(`${t.awards.title} — ${t.site.name}`);
      await expect(mainNav(page, lang).getByRole('link', { name: t.nav.awards })).toHaveAttribute('aria-current', 'page');
      // One section per award and degree, named in the interface language.
      await expect(page.getByRole('main').getByRole('region')).toHaveCount(grantCounts.size);
      const medal = entities.awards[PLAIN.award]!.name[lang]!;
      const section = page.getByRole('region', { name: medal, exact: true });
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(medal);
      await expect(section.getByText(pluralOf(lang, t.awards, 'timesGiven', grantCounts.get(`${PLAIN.award}/0`)!))).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: degreeName(t, lang), exact: true })).toBeVisible();
      await expectAccessible(page, lang);
    });

    test(`${lang}: the timeline page`, async ({ page }) => {
      await page.goto(`/${lang}/timeline`);
      await expect(h1(page)).toHaveText(t.timeline.title);
      await expect(page).toHaveTitle(`${t.timeline.title} — ${t.site.name}`);
      await expect(mainNav(page, lang).getByRole('link', { name: t.nav.timeline })).toHaveAttribute('aria-current', 'page');
      // The newest month by default, its entries an ordered list of dates.
      const month = page.getByRole('region', { name: monthHeading(MONTHS[0]!, lang) });
      await expect(month.getByRole('heading', { level: 2 })).toHaveText(monthHeading(MONTHS[0]!, lang));
      await expect(month.getByRole('list')).toHaveJSProperty('tagName', 'OL');
      await expect(month.getByRole('listitem')).toHaveCount(monthCounts.get(MONTHS[0]!)!);
      for (const time of await month.getByRole('time').all()) await expect(time).toHaveAttribute('datetime', new RegExp(`^${MONTHS[0]}`));
      // Every month, by year.
      const months = page.getByRole('navigation', { name: t.timeline.allMonths });
      await expect(months.getByRole('heading', { level: 3 })).toHaveText([...new Set(MONTHS.map((m) => m.slice(0, 4)))]);
      await expect(months.locator('.month-list a')).toHaveCount(MONTHS.length);
      await expectAccessible(page, lang);
    });

    test(`${lang}: a person's page`, async ({ page }) => {
      await page.goto(`/${lang}/people/${SPEAKER}`);
      await expect(h1(page)).toHaveText(nameOf(SPEAKER, lang));
      await expect(page).toHaveTitle(`${nameOf(SPEAKER, lang)} — ${t.site.name}`);
      await expect(page.getByText(entities.people[SPEAKER]!.role![lang]!, { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: t.people.quotes })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: t.people.articles })).toBeVisible();
      await expect(mainNav(page, lang).locator('[aria-current]')).toHaveCount(0);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('the quotes of one speaker', () => {
  const name = nameOf(SPEAKER, 'en');
  const filteredTitle = en.quotes.bySpeaker.replace('{{name}}', name);

  const expectFiltered = async (page: Page) => {
    await expect(h1(page)).toHaveText(filteredTitle);
    await expect(page.getByLabel(en.quotes.speaker)).toHaveValue(SPEAKER);
    const figures = page.getByRole('main').getByRole('figure');
    await expect(figures).toHaveCount(speakerQuotes.length);
    for (const figure of await figures.all()) await expect(figure.locator('figcaption')).toContainText(name);
    await expect(page).toHaveTitle(`${filteredTitle} — ${en.site.name}`);
  };

  test('choosing a speaker puts them in the address, which survives a reload and a shared link', async ({ page, browser }) => {
    await page.goto('/en/quotes');
    await page.getByLabel(en.quotes.speaker).focus();
    await page.getByLabel(en.quotes.speaker).selectOption(SPEAKER);
    await expect(page).toHaveURL(`/en/quotes?speaker=${SPEAKER}`);
    await expectFiltered(page);
    // Choosing keeps the reader at the filter.
    await expect(page.getByLabel(en.quotes.speaker)).toBeFocused();

    await page.reload();
    await expectFiltered(page);

    // The link as a friend opens it, in a browser of their own.
    const friend = await (await browser.newContext()).newPage();
    await friend.goto(`/en/quotes?speaker=${SPEAKER}`);
    await expectFiltered(friend);
    await friend.context().close();

    // And back to everyone.
    await page.getByLabel(en.quotes.speaker).selectOption('');
    await expect(page).toHaveURL('/en/quotes');
    await expect(h1(page)).toHaveText(en.quotes.title);
  });

  test('the filter is a plain form: without JavaScript it still asks for the address', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/kk/quotes');
    await page.getByLabel(kk.quotes.speaker).selectOption(SPEAKER);
    await page.getByRole('button', { name: kk.quotes.show }).click();
    await expect(page).toHaveURL(`/kk/quotes?speaker=${SPEAKER}`);
    await context.close();
  });

  test('the speaker list names each person in the interface language, with their count', async ({ page }) => {
    await page.goto('/ru/quotes');
    const select = page.getByLabel(ru.quotes.speaker);
    await expect(select.locator('option').first()).toHaveText(ru.quotes.allSpeakers);
    await expect(select.locator(`option[value="${SPEAKER}"]`)).toHaveText(`${nameOf(SPEAKER, 'ru')} (${speakerQuotes.length})`);
    await expect(select.locator('option')).toHaveCount(quotesBySpeaker.size + 1);
  });
});

test('a quote links to its place in the article, where the reader lands on it', async ({ page }) => {
  const quote = speakerQuotes[0]!;
  const article = versionIn(quote.articleId, 'ru');
  await page.goto(`/ru/quotes?speaker=${SPEAKER}`);
  const figure = page
    .getByRole('main')
    .getByRole('figure')
    .filter({ hasText: quoteText(quote, 'ru') })
    .first();
  await figure.getByRole('link', { name: article.headline }).click();
  await expect(page).toHaveURL(`/ru/articles/${quote.articleId}#${quote.blockId}`);
  const block = page.locator(`figure[id="${quote.blockId}"]`);
  await expect(block).toBeFocused();
  await expect(block).toBeInViewport();
  await expect(block.locator('blockquote')).toHaveText(shownQuote(quote, 'ru'));
  // The speaker's name there leads back to their page.
  await block.getByRole('link', { name: nameOf(SPEAKER, 'ru') }).click();
  await expect(page).toHaveURL(`/ru/people/${SPEAKER}`);
  await expect(h1(page)).toHaveText(nameOf(SPEAKER, 'ru'));
});

test('the quotes are paged, with previous and next links', async ({ page }) => {
  const pages = Math.ceil(quoteTotal / 20);
  const status = (n: number) => en.pager.status.replace('{{page}}', String(n)).replace('{{pages}}', String(pages));
  await page.goto('/en/quotes');
  const pager = page.getByRole('navigation', { name: en.pager.label });
  await expect(pager.getByRole('link', { name: en.pager.previous })).toHaveCount(0);
  // Quotes repeat in the corpus: a quote is told apart by where it links.
  const firstQuote = () => page.getByRole('main').getByRole('figure').first().getByRole('link').last();
  const first = await firstQuote().getAttribute('href');
  await pager.getByRole('link', { name: en.pager.next }).click();
  await expect(page).toHaveURL('/en/quotes?page=2');
  await expect(pager).toContainText(status(2));
  // The next page starts at its top, with focus on its heading, though the link was at the bottom.
  await expect(h1(page)).toBeFocused();
  await expect(h1(page)).toBeInViewport();
  await expect(firstQuote()).not.toHaveAttribute('href', first!);
  await pager.getByRole('link', { name: en.pager.previous }).click();
  await expect(page).toHaveURL('/en/quotes');
  await expect(pager).toContainText(status(1));
  await page.goto(`/en/quotes?page=${pages}`);
  await expect(pager).toContainText(status(pages));
  await expect(pager.getByRole('link', { name: en.pager.next })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('figure')).toHaveCount(quoteTotal - 20 * (pages - 1));
});

test.describe('all grants of one award', () => {
  const GROUP = PLAIN.award;
  const count = grantCounts.get(`${GROUP}/0`)!;
  const name = entities.awards[GROUP]!.name;

  test('“see all” opens the award’s own list, with every grant and its source', async ({ page }) => {
    await page.goto('/kk/awards');
    const section = page.getByRole('region', { name: name.kk, exact: true });
    await section.getByRole('link', { name: `${kk.awards.seeAll.replace('{{total}}', String(count))} ${name.kk}` }).click();
    await expect(page).toHaveURL(`/kk/awards?award=${GROUP}`);
    await expect(h1(page)).toHaveText(name.kk!);
    await expect(page).toHaveTitle(`${name.kk} — ${kk.site.name}`);
    const grants = page.getByRole('main').locator('.grant-list > li');
    await expect(grants).toHaveCount(count);
    // Each links to the award list in its article.
    await expect(grants.first().getByRole('link').last()).toHaveAttribute('href', /^\/kk\/articles\/[a-z0-9-]+#[a-z0-9-]+$/);
    await page.getByRole('link', { name: kk.awards.all }).click();
    await expect(page).toHaveURL('/kk/awards');
    await expect(h1(page)).toHaveText(kk.awards.title);
  });

  test('a long list is paged', async ({ page }) => {
    // The fixture site gives no award twenty times: the list's head says it has one more than a page, so
    // the second page is the oldest grant, read from the list's first stored part as any later page is.
    let total = 0;
    await page.route(`**/data/awards/${GROUP}/0/head.json`, async (route) => {
      const head = (await (await route.fetch()).json()) as { pageSize: number };
      total = head.pageSize + 1;
      await route.fulfill({ json: { ...head, total } });
    });
    await page.goto(`/en/awards?award=${GROUP}`);
    const pager = page.getByRole('navigation', { name: en.pager.label });
    await expect(pager).toContainText('Page 1 of 2');
    await expect(page.getByText(pluralOf('en', en.awards, 'timesGiven', total))).toBeVisible();
    await pager.getByRole('link', { name: en.pager.next }).click();
    await expect(page).toHaveURL(`/en/awards?award=${GROUP}&page=2`);
    await expect(pager).toContainText('Page 2 of 2');
    await expect(page.getByRole('main').locator('.grant-list > li')).toHaveCount(1);
    await expect(h1(page)).toHaveText(name.en);
  });

  test('an award with a degree keeps the degree in the address and the heading', async ({ page }) => {
    await page.goto(`/ru/awards?award=${DEGREED.award}&degree=${DEGREED.degree}`);
    await expect(h1(page)).toHaveText(degreeName(ru, 'ru'));
    await expect(page.getByRole('main').locator('.grant-list > li')).toHaveCount(grantCounts.get(`${DEGREED.award}/${DEGREED.degree}`)!);
  });
});

test('the timeline moves month by month and jumps to any month', async ({ page }) => {
  const [newest, older] = MONTHS as [string, string];
  await page.goto('/en/timeline');
  await expect(page.getByRole('heading', { level: 2, name: monthHeading(newest, 'en') })).toBeVisible();
  await page.getByRole('link', { name: en.timeline.older.replace('{{month}}', monthHeading(older, 'en')) }).click();
  await expect(page).toHaveURL(`/en/timeline?month=${older}`);
  await expect(page.getByRole('heading', { level: 2, name: monthHeading(older, 'en') })).toBeVisible();
  await expect(page.getByRole('region', { name: monthHeading(older, 'en') }).getByRole('listitem')).toHaveCount(monthCounts.get(older)!);
  await page.getByRole('link', { name: en.timeline.newer.replace('{{month}}', monthHeading(newest, 'en')) }).click();
  await expect(page).toHaveURL(`/en/timeline?month=${newest}`);

  // The seed article's month, from the list of all months: April 2023, with the session and its events.
  const months = page.getByRole('navigation', { name: en.timeline.allMonths });
  await months
    .getByRole('region', { name: '2023' })
    .getByRole('link', { name: new RegExp(`^April ${pluralOf('en', en.timeline, 'entryCount', monthCounts.get('2023-04')!)}$`) })
    .click();
  await expect(page).toHaveURL('/en/timeline?month=2023-04');
  await expect(page.getByRole('heading', { level: 2, name: 'April 2023' })).toBeVisible();
  await expect(h1(page)).toBeInViewport();
  await expect(months.getByRole('link', { name: /^April/ }).and(page.locator('[aria-current="page"]'))).toHaveCount(1);
  await expect(page).toHaveTitle(`${en.timeline.monthTitle.replace('{{month}}', 'April 2023')} — ${en.site.name}`);
  const session = page.getByRole('link', { name: seedEn.headline });
  await expect(session).toHaveAttribute('href', `/en/articles/${seedEn.id}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'April 2023' })).toBeVisible();
});

test('a person’s page lists their quotes and leads to all of them', async ({ page }) => {
  await page.goto(`/kk/people/${SPEAKER}`);
  const quotes = page.getByRole('region', { name: kk.people.quotes });
  await expect(quotes.getByText(pluralOf('kk', kk.quotes, 'count', speakerQuotes.length), { exact: true })).toBeVisible();
  await expect(quotes.getByRole('figure')).toHaveCount(speakerQuotes.length);
  for (const quote of speakerQuotes) await expect(quotes.getByText(shownQuote(quote, 'kk'), { exact: true }).first()).toBeVisible();
  const articles = page.getByRole('region', { name: kk.people.articles });
  await expect(articles.getByRole('listitem').first().getByRole('time')).toBeVisible();
  await quotes.getByRole('link', { name: kk.people.allQuotes.replace('{{name}}', nameOf(SPEAKER, 'kk')) }).click();
  await expect(page).toHaveURL(`/kk/quotes?speaker=${SPEAKER}`);
  await expect(h1(page)).toHaveText(kk.quotes.bySpeaker.replace('{{name}}', nameOf(SPEAKER, 'kk')));
});

test('a name without a translation is shown in English and marked so', async ({ page }) => {
  // fixture-person-30 has no Russian name: the English one stands in, with its language.
  await page.goto('/ru/people/fixture-person-30');
  await expect(h1(page)).toHaveText(entities.people['fixture-person-30']!.name.en);
  await expect(h1(page)).toHaveAttribute('lang', 'en');
});

test.describe('addresses that name no one', () => {
  test.use({ allowedConsoleErrors: [/404/] });

  for (const lang of LANGS) {
    test(`an unknown person is not found in ${lang}, with a 404`, async ({ page }) => {
      const response = await page.goto(`/${lang}/people/no-such-person`);
      expect(response?.status()).toBe(404);
      await expect(h1(page)).toHaveText(ui[lang].status.notFoundTitle);
      await expect(page.getByText(ui[lang].status.notFoundText)).toBeVisible();
    });
  }

  test('a person address that cannot be an id is not found, and nothing is fetched', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const response = await page.goto('/en/people/No_Such');
    expect(response?.status()).toBe(404);
    await expect(h1(page)).toHaveText(en.status.notFoundTitle);
    expect(requests.filter((path) => path.startsWith('/data/people/'))).toEqual([]);
  });

  test('an unknown speaker, award, month or page in the address is not found', async ({ page }) => {
    for (const path of [
      '/en/quotes?speaker=no-such-person',
      '/en/awards?award=no-such-award',
      '/en/timeline?month=1999-01',
      '/en/timeline?month=2023-04&page=99',
      '/en/quotes?page=99',
    ]) {
      await page.goto(path);
      await expect(h1(page)).toHaveText(en.status.notFoundTitle);
    }
  });
});

test.describe('the served pages, before any script runs', () => {
  const served = {
    quotes: { path: '/kk/quotes', title: kk.quotes.title, description: kk.quotes.description },
    awards: { path: '/kk/awards', title: kk.awards.title, description: kk.awards.description },
    timeline: { path: '/kk/timeline', title: kk.timeline.title, description: kk.timeline.description },
    search: { path: '/kk/search', title: kk.search.title, description: kk.search.hint },
    person: { path: `/kk/people/${SPEAKER}`, title: nameOf(SPEAKER, 'kk'), description: undefined },
  };
  for (const [kind, { path, title, description }] of Object.entries(served)) {
    test(`the ${kind} page arrives with its head and content in Kazakh`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain('<html lang="kk">');
      expect(html).toContain(`<title>${title} — ${kk.site.name}</title>`);
      if (description) expect(html).toContain(`<meta name="description" content="${description.replace(/"/g, '&quot;')}" />`);
      expect(html).toContain(`<link rel="canonical" href="https://reader.example${path}" />`);
      for (const lang of LANGS)
        expect(html).toContain(`hreflang="${lang}" href="https://reader.example${path.replace('/kk/', `/${lang}/`)}"`);
      expect(html).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
      // The section is marked in the navigation before any script runs (a person's page is in none).
      if (kind !== 'person') expect(html).toMatch(new RegExp(`<a aria-current="page" href="${path}"`));
    });
  }

  test('the quotes page carries its first quotes, the newest month its entries', async ({ request }) => {
    const quotes = await (await request.get('/en/quotes')).text();
    expect(quotes.match(/<figure/g)).toHaveLength(20);
    const timeline = await (await request.get('/en/timeline')).text();
    expect(timeline).toContain(`>${monthHeading(MONTHS[0]!, 'en')}</h2>`);
  });
});

test.describe('no accessibility violations in the filtered views (the others are checked where they are read)', () => {
  const pages = {
    'quotes of one speaker': (lang: Lang) => `/${lang}/quotes?speaker=${SPEAKER}`,
    'grants of one award': (lang: Lang) => `/${lang}/awards?award=${DEGREED.award}&degree=${DEGREED.degree}`,
  };
  for (const lang of LANGS) {
    for (const [kind, path] of Object.entries(pages)) {
      test(`${kind} in ${lang}`, async ({ page, hydrated }) => {
        await page.goto(path(lang));
        await hydrated();
        // The filtered views render once the page is live.
        await expect(h1(page)).not.toHaveText(ui[lang].status.loading);
        await expectNoAxeViolations(page);
      });
    }
  }
});

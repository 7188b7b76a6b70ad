// The head each kind of page gets (src/app/pages.ts, src/app/page-head.ts), and what the prerender writes of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleHead, CARD, cardPath } from '../../src/app/page-head.ts';
import { definitionOf, PAGES, type HeadSources, type NotFoundKind } from '../../src/app/pages.ts';
import { parseArticle, parseEntities, type Article, type Entities } from '../../src/content/schema.ts';
import { LANGS, WRITTEN_LANGS, type Lang, type WrittenLang } from '../../src/shared/languages.ts';
import { withDerivedVersions } from '../content/editions.ts';
import { articleVersions } from '../content/derive.ts';
import { renderHead } from './head.ts';
import { listPages } from './pages.ts';

const SITE = 'https://reader.example';
const ID = '2023-04-27-assembly-32nd-session';
const SITE_NAME: Record<Lang, string> = {
  en: 'News Reader',
  kk: 'Жаңалықтар таспасы',
  'kk-Latn': 'Jañalyqtar taspasy',
  ru: 'Новостная лента',
};

const load = (lang: WrittenLang): Article => {
  const file = `public/articles/${ID}/${lang}.json`;
  const parsed = parseArticle(JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
};

// The versions as the build has them: the files, and kk-Latn converted from kk.
const files = withDerivedVersions(WRITTEN_LANGS.map((lang) => ({ file: `public/articles/${ID}/${lang}.json`, article: load(lang) })));
const seed = Object.fromEntries(files.map(({ article }) => [article.lang, article])) as Record<Lang, Article>;
const versions = articleVersions(ID, files);

const entitiesFile = parseEntities(JSON.parse(readFileSync(new URL('../../public/entities.json', import.meta.url), 'utf8')));
if (!entitiesFile.ok) throw new Error('public/entities.json must be valid for these tests');

/** The seed article and entities.json, as the prerender gives them to the heads. */
const sources: HeadSources = {
  siteUrl: SITE,
  entities: entitiesFile.value,
  articleVersions: () => versions,
  article: (_, lang) => seed[lang],
};

const SECTION_KINDS = ['quotes', 'awards', 'timeline', 'search'] as const;
type SectionKind = (typeof SECTION_KINDS)[number];

const metas = (html: string, key: string): string[] =>
  [...html.matchAll(/<meta (?:name|property)="([^"]*)" content="([^"]*)" \/>/g)].filter((m) => m[1] === key).map((m) => m[2]!);

describe('the seed article', () => {
  it('exists in English (the original), Kazakh and Russian', () => {
    expect(versions).toEqual({ id: ID, publishedAt: '2023-04-27', original: 'en', versions: ['en', 'kk', 'kk-Latn', 'ru'] });
  });
});

describe('articleHead', () => {
  it('describes the Kazakh page in Kazakh', () => {
    const kk = seed.kk;
    const head = articleHead('kk', kk, versions, SITE);
    expect(head).toMatchObject({
      lang: 'kk',
      title: `${kk.headline} — Жаңалықтар таспасы`,
      description: kk.summary,
      siteName: 'Жаңалықтар таспасы',
      siteUrl: SITE,
      path: `/kk/articles/${ID}`,
      alternates: [
        { lang: 'en', path: `/en/articles/${ID}` },
        { lang: 'kk', path: `/kk/articles/${ID}` },
        { lang: 'kk-Latn', path: `/kk-Latn/articles/${ID}` },
        { lang: 'ru', path: `/ru/articles/${ID}` },
      ],
      xDefault: `/en/articles/${ID}`,
      type: 'article',
      image: { path: `/cards/${ID}/kk.png`, width: 1200, height: 630, alt: `${kk.headline} — 2023\u00a0ж. 27 сәуір` },
      publishedTime: '2023-04-27',
    });
    expect(head.title.startsWith('Президент Тоқаев')).toBe(true);
    expect(head.modifiedTime).toBeUndefined();
    expect(head.noindex).toBeUndefined();
    expect(head.jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: kk.headline,
      description: kk.summary,
      inLanguage: 'kk',
      datePublished: '2023-04-27',
      image: [`${SITE}/cards/${ID}/kk.png`],
      url: `${SITE}/kk/articles/${ID}`,
      mainEntityOfPage: `${SITE}/kk/articles/${ID}`,
      publisher: { '@type': 'Organization', name: 'Жаңалықтар таспасы' },
    });
  });

  it('describes the kk-Latn page in Latin, with kk_KZ once as its Open Graph locale and its own hreflang', () => {
    const html = renderHead(articleHead('kk-Latn', seed['kk-Latn'], versions, SITE));
    expect(html).toContain(
      `<title>Prezident Toqaev Qazaqstan halqy Assambleiasynyñ XXXII sessiiasynda söz söiledı — Jañalyqtar taspasy</title>`,
    );
    expect(html).toContain(`<link rel="canonical" href="${SITE}/kk-Latn/articles/${ID}" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="kk-Latn" href="${SITE}/kk-Latn/articles/${ID}" />`);
    expect(metas(html, 'og:locale')).toEqual(['kk_KZ']);
    expect(metas(html, 'og:locale:alternate')).toEqual(['en_US', 'ru_RU']);
    expect(metas(html, 'og:image')).toEqual([`${SITE}/cards/${ID}/kk-Latn.png`]);
    expect(metas(html, 'og:image:alt')[0]).toMatch(/ — 2023\u00a0j\. 27 säuır$/);
  });

  it('renders into a head a link preview can read', () => {
    const html = renderHead(articleHead('kk', seed.kk, versions, SITE));
    expect(html).toContain(`<title>${seed.kk.headline} — Жаңалықтар таспасы</title>`);
    expect(html).toContain(`<link rel="canonical" href="${SITE}/kk/articles/${ID}" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE}/en/articles/${ID}" />`);
    expect(metas(html, 'og:locale')).toEqual(['kk_KZ']);
    expect(metas(html, 'og:locale:alternate')).toEqual(['en_US', 'ru_RU']);
    expect(metas(html, 'og:image')).toEqual([`${SITE}/cards/${ID}/kk.png`]);
    expect(metas(html, 'og:image:width')).toEqual(['1200']);
    expect(metas(html, 'og:image:height')).toEqual(['630']);
    expect(metas(html, 'og:image:alt')).toEqual([`${seed.kk.headline} — 2023\u00a0ж. 27 сәуір`]);
    expect(metas(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metas(html, 'article:published_time')).toEqual(['2023-04-27']);
  });

  it.each<[Lang, string]>([
    ['en', '27 April 2023'],
    ['kk', '2023\u00a0ж. 27 сәуір'],
    ['ru', '27 апреля 2023\u00a0г.'],
  ])('describes the %s page in its own language', (lang, date) => {
    const article = seed[lang];
    const head = articleHead(lang, article, versions, SITE);
    expect(head.title).toBe(`${article.headline} — ${SITE_NAME[lang]}`);
    expect(head.siteName).toBe(SITE_NAME[lang]);
    expect(head.image).toEqual({ path: cardPath(ID, lang), ...CARD, alt: `${article.headline} — ${date}` });
    expect(head.xDefault).toBe(`/en/articles/${ID}`);
    expect(head.jsonLd).toMatchObject({ inLanguage: lang, headline: article.headline, url: `${SITE}/${lang}/articles/${ID}` });
  });

  it('on a page whose language has no version, names the text language in JSON-LD and lists only real versions', () => {
    const english = { ...versions, versions: ['en' as const] };
    const head = articleHead('kk', seed.en, english, SITE);
    expect(head.lang).toBe('kk');
    expect(head.path).toBe(`/kk/articles/${ID}`);
    expect(head.title).toBe(`${seed.en.headline} — Жаңалықтар таспасы`);
    expect(head.alternates).toEqual([{ lang: 'en', path: `/en/articles/${ID}` }]);
    expect(head.jsonLd).toMatchObject({ inLanguage: 'en' });
    expect(head.image?.alt).toBe(`${seed.en.headline} — 2023\u00a0ж. 27 сәуір`);
  });

  it('sends readers of other languages to the original, whichever it is', () => {
    const kazakhOriginal = { ...versions, original: 'kk' as const };
    expect(articleHead('ru', seed.ru, kazakhOriginal, SITE).xDefault).toBe(`/kk/articles/${ID}`);
  });

  it('states a change and a source when the article has them', () => {
    const updated: Article = {
      ...seed.ru,
      updatedAt: '2023-04-28T09:30:00+05:00',
      source: { name: 'Akorda', url: 'https://www.akorda.kz/ru/x' },
    };
    const head = articleHead('ru', updated, versions, SITE);
    expect(head.modifiedTime).toBe('2023-04-28T09:30:00+05:00');
    expect(head.publishedTime).toBe('2023-04-27');
    expect(head.jsonLd).toMatchObject({ dateModified: '2023-04-28T09:30:00+05:00', isBasedOn: 'https://www.akorda.kz/ru/x' });
  });

  // HeadInput.siteUrl may end with a slash (absoluteUrl drops it); the JSON-LD addresses must still be
  // the canonical and og:image addresses.
  it.each([SITE, `${SITE}/`])('gives JSON-LD the same addresses as the head for site URL %s', (siteUrl) => {
    const head = articleHead('kk', seed.kk, versions, siteUrl);
    const html = renderHead(head);
    const canonical = /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];
    expect(head.jsonLd).toMatchObject({ url: canonical, mainEntityOfPage: canonical, image: metas(html, 'og:image') });
  });
});

describe('the article page', () => {
  it.each(LANGS)('in %s shows the version its language picks', (lang) => {
    expect(PAGES.article.head({ lang, id: ID }, sources)).toEqual(articleHead(lang, seed[lang], versions, SITE));
  });

  it('in a language without a version shows the original', () => {
    const english = { ...versions, versions: ['en' as const] };
    const head = PAGES.article.head({ lang: 'kk', id: ID }, { ...sources, articleVersions: () => english });
    expect(head).toEqual(articleHead('kk', seed.en, english, SITE));
  });
});

describe('the home page', () => {
  it.each<[Lang, string]>([
    ['en', 'Latest articles — News Reader'],
    ['kk', 'Соңғы мақалалар — Жаңалықтар таспасы'],
    ['kk-Latn', 'Soñğy maqalalar — Jañalyqtar taspasy'],
    ['ru', 'Последние статьи — Новостная лента'],
  ])('%s: %s', (lang, title) => {
    const head = PAGES.home.head({ lang }, sources);
    expect(head).toMatchObject({
      lang,
      title,
      siteName: SITE_NAME[lang],
      path: `/${lang}/`,
      alternates: [
        { lang: 'en', path: '/en/' },
        { lang: 'kk', path: '/kk/' },
        { lang: 'kk-Latn', path: '/kk-Latn/' },
        { lang: 'ru', path: '/ru/' },
      ],
      xDefault: '/en/',
      type: 'website',
    });
    expect(head.description).not.toBe('');
    expect(head.image).toBeUndefined();
    expect(head.noindex).toBeUndefined();
    expect(head.jsonLd).toBeUndefined();
  });
});

describe('the root', () => {
  it('is the English home under the site name, at / and with / as x-default', () => {
    expect(PAGES.root.head({}, sources)).toEqual({
      ...PAGES.home.head({ lang: 'en' }, sources),
      title: 'News Reader',
      path: '/',
      xDefault: '/',
    });
  });
});

describe('the not-found documents', () => {
  it.each<[Lang, NotFoundKind, string]>([
    ['en', 'page', 'Page not found — News Reader'],
    ['en', 'article', 'Article not found — News Reader'],
    ['kk', 'page', 'Бет табылмады — Жаңалықтар таспасы'],
    ['kk', 'article', 'Мақала табылмады — Жаңалықтар таспасы'],
    ['ru', 'page', 'Страница не найдена — Новостная лента'],
    ['ru', 'article', 'Статья не найдена — Новостная лента'],
  ])('%s %s: %s, not indexed, without an address', (lang, what, title) => {
    const head = PAGES['not-found'].head({ lang, what }, sources);
    expect(head).toMatchObject({ lang, title, siteName: SITE_NAME[lang], path: null, alternates: [], type: 'website', noindex: true });
    expect(head.xDefault).toBeUndefined();
    expect(head.description).not.toBe('');
    const html = renderHead(head);
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('hreflang');
    expect(metas(html, 'robots')).toEqual(['noindex']);
  });

  it('explains the two kinds differently', () => {
    for (const lang of LANGS)
      expect(PAGES['not-found'].head({ lang, what: 'page' }, sources).description).not.toBe(
        PAGES['not-found'].head({ lang, what: 'article' }, sources).description,
      );
  });
});

describe('the cross-article pages', () => {
  it.each<[SectionKind, Lang, string]>([
    ['quotes', 'en', 'Quotes — News Reader'],
    ['quotes', 'kk', 'Дәйексөздер — Жаңалықтар таспасы'],
    ['quotes', 'ru', 'Цитаты — Новостная лента'],
    ['awards', 'en', 'Awards — News Reader'],
    ['awards', 'kk', 'Марапаттар — Жаңалықтар таспасы'],
    ['awards', 'ru', 'Награды — Новостная лента'],
    ['timeline', 'en', 'Timeline — News Reader'],
    ['timeline', 'kk', 'Хронология — Жаңалықтар таспасы'],
    ['timeline', 'ru', 'Хроника событий — Новостная лента'],
    ['search', 'en', 'Search — News Reader'],
    ['search', 'kk', 'Іздеу — Жаңалықтар таспасы'],
    ['search', 'ru', 'Поиск — Новостная лента'],
  ])('%s in %s: %s, with the same page in every language', (kind, lang, title) => {
    const head = PAGES[kind].head({ lang }, sources);
    expect(head).toMatchObject({
      lang,
      title,
      siteName: SITE_NAME[lang],
      path: `/${lang}/${kind}`,
      alternates: [
        { lang: 'en', path: `/en/${kind}` },
        { lang: 'kk', path: `/kk/${kind}` },
        { lang: 'kk-Latn', path: `/kk-Latn/${kind}` },
        { lang: 'ru', path: `/ru/${kind}` },
      ],
      xDefault: `/en/${kind}`,
      type: 'website',
    });
    expect(head.noindex).toBeUndefined();
    expect(head.image).toBeUndefined();
  });

  it('describes each section in its own words, in each language', () => {
    for (const lang of LANGS) {
      const descriptions = SECTION_KINDS.map((kind) => PAGES[kind].head({ lang }, sources).description);
      expect(new Set(descriptions).size).toBe(SECTION_KINDS.length);
      for (const description of descriptions) expect(description.trim()).not.toBe('');
    }
    expect(PAGES.quotes.head({ lang: 'ru' }, sources).description).toMatch(/цитат/i);
  });

  it('renders hreflang alternates a search engine can follow', () => {
    const html = renderHead(PAGES.awards.head({ lang: 'kk' }, sources));
    expect(html).toContain(`<link rel="canonical" href="${SITE}/kk/awards" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="ru" href="${SITE}/ru/awards" />`);
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE}/en/awards" />`);
  });
});

describe('a person page', () => {
  const entities: Entities = {
    ...entitiesFile.value,
    people: { ...entitiesFile.value.people, 'only-english': { name: { en: 'Only English' } } },
  };
  const withEntities = { ...sources, entities };
  const ID = 'kassym-jomart-tokayev';

  it.each<[Lang, string, string]>([
    ['en', 'Kassym-Jomart Tokayev', 'President of the Republic of Kazakhstan'],
    ['kk', 'Қасым-Жомарт Тоқаев', 'Қазақстан Республикасының Президенті'],
    ['ru', 'Касым-Жомарт Токаев', 'Президент Республики Казахстан'],
  ])('names the person in %s: %s', (lang, name, role) => {
    const head = PAGES.person.head({ lang, id: ID }, withEntities);
    expect(head).toMatchObject({
      lang,
      title: `${name} — ${SITE_NAME[lang]}`,
      siteName: SITE_NAME[lang],
      path: `/${lang}/people/${ID}`,
      alternates: LANGS.map((l) => ({ lang: l, path: `/${l}/people/${ID}` })),
      xDefault: `/en/people/${ID}`,
      type: 'website',
    });
    expect(head.description).toContain(name);
    expect(head.description).toContain(role);
  });

  it('falls back to the English name for a person without one in the language, with a description without a role', () => {
    const head = PAGES.person.head({ lang: 'kk', id: 'only-english' }, withEntities);
    expect(head.title).toBe('Only English — Жаңалықтар таспасы');
    expect(head.description).toBe('Only English: дәйексөздері мен мақалалар.');
  });
});

describe('the feeds in the head', () => {
  const pages = listPages([ID], ['kassym-jomart-tokayev']);
  const LATEST: Record<Lang, string> = {
    en: 'Latest articles',
    kk: 'Соңғы мақалалар',
    'kk-Latn': 'Soñğy maqalalar',
    ru: 'Последние статьи',
  };
  const feedsOf = (lang: Lang) => [
    { format: 'atom', path: `/${lang}/feed.xml` },
    { format: 'json', path: `/${lang}/feed.json` },
  ];

  it("link every page to the latest articles in the page's language, in both formats", () => {
    for (const page of pages) {
      const head = definitionOf(page).head(page, sources);
      expect(head.feeds.slice(-2)).toMatchObject(feedsOf(head.lang));
      expect(head.feeds.slice(-2).map((feed) => feed.title)).toEqual([
        `${LATEST[head.lang]} — ${SITE_NAME[head.lang]} (Atom)`,
        `${LATEST[head.lang]} — ${SITE_NAME[head.lang]} (JSON Feed)`,
      ]);
    }
  });

  it("link a person's page to their own feeds first", () => {
    const head = PAGES.person.head({ lang: 'ru', id: 'kassym-jomart-tokayev' }, sources);
    expect(head.feeds.map(({ format, path, title }) => ({ format, path, title }))).toEqual([
      { format: 'atom', path: '/ru/people/kassym-jomart-tokayev/feed.xml', title: 'Касым-Жомарт Токаев — Новостная лента (Atom)' },
      { format: 'json', path: '/ru/people/kassym-jomart-tokayev/feed.json', title: 'Касым-Жомарт Токаев — Новостная лента (JSON Feed)' },
      { format: 'atom', path: '/ru/feed.xml', title: 'Последние статьи — Новостная лента (Atom)' },
      { format: 'json', path: '/ru/feed.json', title: 'Последние статьи — Новостная лента (JSON Feed)' },
    ]);
  });
});

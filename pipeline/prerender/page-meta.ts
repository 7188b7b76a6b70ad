// What each kind of page says about itself in its <head>, in the page's language.
import type { Article, ArticleVersions, Entities } from '../../src/content/schema.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { personMeta } from '../../src/features/people/model/person-meta.ts';
import { LANGS } from '../../src/shared/languages.ts';
import { pageTitle } from '../../src/shared/config/site.ts';
import { formatDate } from '../../src/shared/format/format-date.ts';
import { i18nFor } from '../../src/shared/i18n/i18n.ts';
import { paths } from '../../src/shared/paths.ts';
import { absoluteUrl, type HeadInput } from './head.ts';
import { sectionPath, type NotFoundKind, type SectionKind } from './pages.ts';

export const CARD = { width: 1200, height: 630 } as const;
export const cardPath = (id: string, lang: Lang) => `/cards/${id}/${lang}.png`;

const site = (lang: Lang) => i18nFor(lang).t('site.name');

export const homeHead = (lang: Lang, siteUrl: string): HeadInput => {
  const t = i18nFor(lang).t;
  return {
    lang,
    title: pageTitle(t('home.title'), site(lang)),
    description: t('site.description'),
    siteName: site(lang),
    siteUrl,
    path: paths.home(lang),
    alternates: LANGS.map((l) => ({ lang: l, path: paths.home(l) })),
    xDefault: paths.home('en'),
    type: 'website',
  };
};

/** What each section page is called and says about itself, in the words the page itself uses. */
const sectionText = (kind: SectionKind, lang: Lang): { title: string; description: string } => {
  const t = i18nFor(lang).t;
  switch (kind) {
    case 'quotes':
      return { title: t('quotes.title'), description: t('quotes.description') };
    case 'awards':
      return { title: t('awards.title'), description: t('awards.description') };
    case 'timeline':
      return { title: t('timeline.title'), description: t('timeline.description') };
    case 'search':
      return { title: t('search.title'), description: t('search.hint') };
  }
};

/** A section page (quotes, awards, timeline, search) in its default view, with the same page in each language. */
export const sectionHead = (kind: SectionKind, lang: Lang, siteUrl: string): HeadInput => {
  const { title, description } = sectionText(kind, lang);
  return {
    lang,
    title: pageTitle(title, site(lang)),
    description,
    siteName: site(lang),
    siteUrl,
    path: sectionPath(kind, lang),
    alternates: LANGS.map((l) => ({ lang: l, path: sectionPath(kind, l) })),
    xDefault: sectionPath(kind, 'en'),
    type: 'website',
  };
};

/** A person's page: their name (in the page's language) as the title, in every language. */
export const personHead = (lang: Lang, id: string, entities: Entities, siteUrl: string): HeadInput => {
  const { title, description } = personMeta(id, entities, lang, i18nFor(lang).t);
  return {
    lang,
    title: pageTitle(title, site(lang)),
    description,
    siteName: site(lang),
    siteUrl,
    path: paths.person(lang, id),
    alternates: LANGS.map((l) => ({ lang: l, path: paths.person(l, id) })),
    xDefault: paths.person('en', id),
    type: 'website',
  };
};

export const rootHead = (siteUrl: string): HeadInput => ({
  ...homeHead('en', siteUrl),
  title: site('en'),
  path: paths.root(),
  xDefault: paths.root(),
});

export const notFoundHead = (lang: Lang, what: NotFoundKind, siteUrl: string): HeadInput => {
  const t = i18nFor(lang).t;
  return {
    lang,
    title: pageTitle(what === 'article' ? t('status.articleNotFoundTitle') : t('status.notFoundTitle'), site(lang)),
    description: what === 'article' ? t('status.articleNotFoundText') : t('status.notFoundText'),
    siteName: site(lang),
    siteUrl,
    path: null,
    alternates: [],
    type: 'website',
    noindex: true,
  };
};

/** An article page in an interface language; `article` is the version that page shows. */
export const articleHead = (lang: Lang, article: Article, versions: ArticleVersions, siteUrl: string): HeadInput => {
  const path = paths.article(lang, article.id);
  const image = cardPath(article.id, lang);
  const url = (p: string) => absoluteUrl(siteUrl, p);
  return {
    lang,
    title: pageTitle(article.headline, site(lang)),
    description: article.summary,
    siteName: site(lang),
    siteUrl,
    path,
    // Alternates are the pages whose text is in their own language.
    alternates: versions.versions.map((version) => ({ lang: version, path: paths.article(version, article.id) })),
    xDefault: paths.article(versions.original, article.id),
    type: 'article',
    image: { path: image, ...CARD, alt: `${article.headline} — ${formatDate(article.publishedAt, lang)}` },
    publishedTime: article.publishedAt,
    ...(article.updatedAt ? { modifiedTime: article.updatedAt } : {}),
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline,
      description: article.summary,
      inLanguage: article.lang,
      datePublished: article.publishedAt,
      ...(article.updatedAt ? { dateModified: article.updatedAt } : {}),
      image: [url(image)],
      url: url(path),
      mainEntityOfPage: url(path),
      publisher: { '@type': 'Organization', name: site(lang) },
      ...(article.source ? { isBasedOn: article.source.url } : {}),
    },
  };
};

// Every kind of page, each defined once: its address and route, which pages of it the build writes, the
// data it shows, its head, its sitemap and navigation entries. The router (app-routes.tsx, which names each
// kind's component), the prerender, the sitemap and the navigation all read this table, so a part left out
// is a type error. Adding a page kind: docs/recipes/add-a-page-kind.md. No components and no CSS here: the
// build script imports this module as it is.
import type { FetchQueryOptions, QueryKey } from '@tanstack/react-query';
import type { ParseKeys, TFunction } from 'i18next';
import type { Article, ArticleVersions, Entities } from '../content/schema';
import { articleQuery, articleVersionsQuery } from '../features/articles/api/get-article';
import { latestQuery } from '../features/articles/api/get-latest';
import { pickVersion } from '../features/articles/model/pick-version';
import { awardsSummaryQuery } from '../features/awards/api/get-awards-summary';
import { personQuery } from '../features/people/api/get-person';
import { quotesQuery } from '../features/quotes/api/get-quotes';
import { speakersQuery } from '../features/quotes/api/get-speakers';
import { timelineMonthQuery } from '../features/timeline/api/get-timeline-month';
import { timelineMonthsQuery } from '../features/timeline/api/get-timeline-months';
import type { NotFoundError } from '../shared/api/not-found';
import { LANGS, type Lang } from '../shared/languages';
import { paths } from '../shared/paths';
import { articleHead, notFoundHead, personHead, rootHead, textHead, translateText, type HeadInput, type PageText } from './page-head';

/** Every routed page is under its language. */
export const LANG_ROUTE = '/:lang';

/** Where a kind of page sits in the router, under `/:lang`: its index, or a pattern. */
export type PageRoute = { index: true } | { path: string };

/** What the build knows of the content when it lists the pages to write. */
export interface SiteContent {
  articleIds: readonly string[];
  /** The people who have a page (whose index the build wrote). */
  personIds: readonly string[];
}

/** How a page's data is fetched before it renders: with the query options the browser uses. */
export interface PageData {
  /** Data only this page shows. */
  fetchOwn: <T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>) => Promise<T>;
  /** Data many pages show (names, first pages of lists): fetched once per build, then put into each page as it is. */
  fetchShared: <T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>) => Promise<T>;
}

/** What a page's head is made of, besides the page itself: the build reads it from the content. */
export interface HeadSources {
  siteUrl: string;
  entities: Entities;
  articleVersions: (id: string) => Pick<ArticleVersions, 'versions' | 'original'>;
  article: (id: string, lang: Lang) => Article;
}

/** A link in the site's navigation: its label and its place (1 first). */
export interface NavEntry {
  label: ParseKeys;
  place: number;
}

/** Only a kind with exactly one page per language (no id) can be a navigation link. */
type NavOf<P> = P extends { lang: Lang } ? ({ lang: Lang } extends P ? NavEntry | null : null) : null;

export interface PageDefinition<
  P extends object,
  T extends PageText | null = PageText | null,
  R extends PageRoute | null = PageRoute | null,
> {
  /** Which pages of this kind the build writes, given the content; each page's parameters are what every other part receives. */
  instances: (content: SiteContent) => readonly P[];
  /** A page's address (built by `paths`). */
  path: (page: P) => string;
  /** Its route under `/:lang`; null for a document the router does not route to (`/`, not found). */
  route: R;
  /** Its title and description when they are interface strings (the head and the browser's title); null when content names the page. */
  text: T;
  /** The data it shows in its default view (no `?query`), fetched before the build renders it. */
  prefetch: (page: P, data: PageData) => Promise<void>;
  head: (page: P, sources: HeadSources) => HeadInput;
  /** Whether the sitemap lists it. */
  sitemap: boolean;
  nav: NavOf<P>;
}

/** One entry of the table: its parameters are what `instances` returns, so write `instances` first. */
export const definePage = <P extends object, const T extends PageText | null, const R extends PageRoute | null>(
  definition: PageDefinition<P, T, R>,
): PageDefinition<P, T, R> => definition;

export type NotFoundKind = NotFoundError['what'];

const eachLanguage = (): { lang: Lang }[] => LANGS.map((lang) => ({ lang }));
const eachArticle = ({ articleIds }: SiteContent): { lang: Lang; id: string }[] =>
  LANGS.flatMap((lang) => articleIds.map((id) => ({ lang, id })));
const eachPerson = ({ personIds }: SiteContent): { lang: Lang; id: string }[] =>
  LANGS.flatMap((lang) => personIds.map((id) => ({ lang, id })));
const nothing = (): Promise<void> => Promise.resolve();

/** A page named by interface strings, one in each language: its pages, address, text and head. */
const textPage = <const T extends PageText>(pathIn: (lang: Lang) => string, text: T) => ({
  instances: eachLanguage,
  path: ({ lang }: { lang: Lang }) => pathIn(lang),
  text,
  head: ({ lang }: { lang: Lang }, { siteUrl }: HeadSources) => textHead(lang, siteUrl, text, pathIn),
});

/** The home page's words, which `/` shows too. */
const homeText = { title: 'home.title', description: 'site.description' } as const satisfies PageText;

/** What the not-found documents say, in the head and on the page. */
export const notFoundText: Record<NotFoundKind, PageText> = {
  page: { title: 'status.notFoundTitle', description: 'status.notFoundText' },
  article: { title: 'status.articleNotFoundTitle', description: 'status.articleNotFoundText' },
};

/** The order of the table is the order of the prerender's list within each language. */
export const PAGES = {
  root: definePage({
    instances: () => [{}],
    path: () => paths.root(),
    // The router sends `/` on to the reader's language (LanguageRedirect).
    route: null,
    text: null,
    prefetch: nothing,
    head: (_, { siteUrl }) => rootHead(siteUrl, homeText),
    sitemap: false,
    nav: null,
  }),
  home: definePage({
    ...textPage(paths.home, homeText),
    route: { index: true },
    prefetch: async (_, { fetchShared }) => {
      await fetchShared(latestQuery(1));
    },
    sitemap: true,
    nav: { label: 'nav.latest', place: 1 },
  }),
  'not-found': definePage({
    instances: (): { lang: Lang; what: NotFoundKind }[] =>
      LANGS.flatMap((lang) => (Object.keys(notFoundText) as NotFoundKind[]).map((what) => ({ lang, what }))),
    path: ({ lang, what }) => paths.notFound(lang, what),
    // Sent by the servers for any unknown address; the app renders it wherever it is served.
    route: null,
    text: null,
    prefetch: nothing,
    head: ({ lang, what }, { siteUrl }) => notFoundHead(lang, notFoundText[what], siteUrl),
    sitemap: false,
    nav: null,
  }),
  article: definePage({
    instances: eachArticle,
    path: ({ lang, id }) => paths.article(lang, id),
    route: { path: 'articles/:id' },
    text: null,
    prefetch: async ({ lang, id }, { fetchOwn }) => {
      const versions = await fetchOwn(articleVersionsQuery(id));
      await fetchOwn(articleQuery(id, pickVersion(versions, lang)));
    },
    head: ({ lang, id }, { siteUrl, articleVersions, article }) => {
      const versions = articleVersions(id);
      return articleHead(lang, article(id, pickVersion(versions, lang)), versions, siteUrl);
    },
    sitemap: true,
    nav: null,
  }),
  quotes: definePage({
    ...textPage(paths.quotes, { title: 'quotes.title', description: 'quotes.description' }),
    route: { path: 'quotes' },
    prefetch: async (_, { fetchShared }) => {
      await Promise.all([fetchShared(quotesQuery(null, 1)), fetchShared(speakersQuery())]);
    },
    sitemap: true,
    nav: { label: 'nav.quotes', place: 2 },
  }),
  awards: definePage({
    ...textPage(paths.awards, { title: 'awards.title', description: 'awards.description' }),
    route: { path: 'awards' },
    prefetch: async (_, { fetchShared }) => {
      await fetchShared(awardsSummaryQuery());
    },
    sitemap: true,
    nav: { label: 'nav.awards', place: 3 },
  }),
  timeline: definePage({
    ...textPage(paths.timeline, { title: 'timeline.title', description: 'timeline.description' }),
    route: { path: 'timeline' },
    // The newest month, the page's default view.
    prefetch: async (_, { fetchShared }) => {
      const { months } = await fetchShared(timelineMonthsQuery());
      if (months[0]) await fetchShared(timelineMonthQuery(months[0].month, 1));
    },
    sitemap: true,
    nav: { label: 'nav.timeline', place: 4 },
  }),
  search: definePage({
    ...textPage(paths.search, { title: 'search.title', description: 'search.hint' }),
    route: { path: 'search' },
    // Results depend on the query, which only the browser has: the page is an empty form until then.
    prefetch: nothing,
    sitemap: false,
    nav: { label: 'nav.search', place: 5 },
  }),
  saved: definePage({
    ...textPage(paths.saved, { title: 'saved.title', description: 'saved.description' }),
    route: { path: 'saved' },
    // The list is in the reader's browser: the page is prerendered without it.
    prefetch: nothing,
    sitemap: false,
    // Linked from every page's footer: the header keeps to two rows with the sections alone.
    nav: null,
  }),
  offline: definePage({
    ...textPage(paths.offline, { title: 'offline.title', description: 'offline.description' }),
    route: { path: 'offline' },
    // What can be read offline is in the reader's browser; the service worker sends this page for any
    // page it has no copy of (AppRoutes then renders it at that address).
    prefetch: nothing,
    sitemap: false,
    nav: null,
  }),
  person: definePage({
    instances: eachPerson,
    path: ({ lang, id }) => paths.person(lang, id),
    route: { path: 'people/:id' },
    text: null,
    prefetch: async ({ id }, { fetchOwn }) => {
      await fetchOwn(personQuery(id));
    },
    head: ({ lang, id }, { siteUrl, entities }) => personHead(lang, id, entities, siteUrl),
    sitemap: true,
    nav: null,
  }),
};

type Pages = typeof PAGES;
export type PageKind = keyof Pages;
export const PAGE_KINDS = Object.keys(PAGES) as PageKind[];

type ParamsOf<K extends PageKind> = ReturnType<Pages[K]['instances']>[number];
/** One page the build writes: its kind, its address and its parameters (a union for a union of kinds). */
export type PageOf<K extends PageKind> = K extends PageKind ? { kind: K; path: string } & ParamsOf<K> : never;
export type Page = PageOf<PageKind>;

/** The kinds the router routes to, each with a component (app-routes.tsx). */
export type RoutedPageKind = { [K in PageKind]: Pages[K]['route'] extends null ? never : K }[PageKind];
export const ROUTED_PAGE_KINDS = PAGE_KINDS.filter((kind): kind is RoutedPageKind => PAGES[kind].route !== null);

/** The kinds whose title and description are interface strings. */
export type TextPageKind = { [K in PageKind]: Pages[K]['text'] extends PageText ? K : never }[PageKind];

/** The kinds that can be in the site's navigation: one page per language. */
export type NavPageKind = { [K in PageKind]: Pages[K]['nav'] extends null ? never : K }[PageKind];
/** The site's navigation: the kinds with an entry, in their places. */
export const NAVIGATION = PAGE_KINDS.flatMap((kind) => {
  const nav = PAGES[kind].nav;
  return nav ? [{ kind: kind as NavPageKind, ...nav }] : [];
}).sort((a, b) => a.place - b.place);

/** The pages of a kind the build writes, each with its kind and address. */
export const pagesOf = <K extends PageKind>(kind: K, content: SiteContent): PageOf<K>[] => {
  const definition = PAGES[kind] as unknown as PageDefinition<object>;
  return definition.instances(content).map((params) => ({ kind, path: definition.path(params), ...params }) as PageOf<K>);
};

/** The definition of the page's own kind (TypeScript cannot tie the table's entry to the page by itself). */
export const definitionOf = (page: Page): PageDefinition<Page> => PAGES[page.kind] as unknown as PageDefinition<Page>;

/** A page's title and description in the interface language of `t`: the same words as its prerendered head. */
export const pageText = (kind: TextPageKind, t: TFunction): { title: string; description: string } => translateText(PAGES[kind].text, t);

import type { ComponentType } from 'react';
import { matchRoutes, type RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { pageTitle } from '../shared/config/site';
import { i18nFor } from '../shared/i18n/i18n';
import { LANGS, type Lang } from '../shared/languages';
import { paths } from '../shared/paths';
import {
  definePage,
  LANG_ROUTE,
  NAVIGATION,
  PAGE_KINDS,
  PAGES,
  pagesOf,
  pageText,
  ROUTED_PAGE_KINDS,
  type HeadSources,
  type PageKind,
  type RoutedPageKind,
  type TextPageKind,
} from './pages';

const content = { articleIds: ['a', 'a b', '2023-04-27-assembly-32nd-session'], personIds: ['kassym-jomart-tokayev', 'quotes'] };

// The router's own patterns, as app-routes.tsx builds them from the table.
const routes: RouteObject[] = [
  {
    path: LANG_ROUTE,
    children: ROUTED_PAGE_KINDS.map((kind) => {
      const route = PAGES[kind].route;
      return 'index' in route ? { id: kind, index: true } : { id: kind, path: route.path };
    }),
  },
];
const routedKind = (path: string) => matchRoutes(routes, path)?.at(-1);

describe('the page table', () => {
  it.each(ROUTED_PAGE_KINDS)('routes every %s page the build writes to its own kind, with its parameters', (kind) => {
    const pages = pagesOf(kind, content);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const match = routedKind(page.path);
      expect(match?.route.id, page.path).toBe(kind);
      expect(match?.params).toEqual({ lang: page.lang, ...('id' in page ? { id: page.id } : {}) });
    }
  });

  it('routes neither the root nor the general not-found document: the app renders them as they are served', () => {
    expect(routedKind(paths.root())).toBeUndefined();
    for (const lang of LANGS) expect(routedKind(paths.notFound(lang, 'page'))).toBeUndefined();
  });

  it('puts every page the sitemap can list in it, but not search results nor the documents without an address', () => {
    expect(PAGE_KINDS.filter((kind) => PAGES[kind].sitemap)).toEqual(['home', 'article', 'quotes', 'awards', 'timeline', 'person']);
  });

  it('gives each navigation entry a place of its own', () => {
    expect(new Set(NAVIGATION.map(({ place }) => place)).size).toBe(NAVIGATION.length);
    expect(NAVIGATION.map(({ kind }) => kind)).toEqual(['home', 'quotes', 'awards', 'timeline', 'search']);
  });

  const textKinds = PAGE_KINDS.filter((kind): kind is TextPageKind => PAGES[kind].text !== null);
  const sources = { siteUrl: 'https://reader.example' } as HeadSources;
  it.each(LANGS.flatMap((lang) => textKinds.map((kind): [TextPageKind, Lang] => [kind, lang])))(
    'gives the browser the %s page title and description in %s that its prerendered head has',
    (kind, lang) => {
      const { t } = i18nFor(lang);
      const text = pageText(kind, t);
      const head = PAGES[kind].head({ lang }, sources);
      expect(head.title).toBe(pageTitle(text.title, t('site.name')));
      expect(head.description).toBe(text.description);
    },
  );
});

// Checked by `tsc -p .`: each line after `@ts-expect-error` must be a type error, or type-checking fails.
describe('a page kind left incomplete', () => {
  const complete = {
    instances: () => LANGS.map((lang) => ({ lang })),
    path: ({ lang }: { lang: Lang }) => `/${lang}/example`,
    route: { path: 'example' },
    text: null,
    prefetch: () => Promise.resolve(),
    head: ({ lang }: { lang: Lang }, { siteUrl }: HeadSources) => ({
      lang,
      title: 'Example',
      description: '',
      siteName: '',
      siteUrl,
      path: `/${lang}/example`,
      alternates: [],
      type: 'website' as const,
      feeds: [],
    }),
    sitemap: true,
    nav: { label: 'nav.latest', place: 9 },
  } as const;

  const without = <K extends keyof typeof complete>(part: K) =>
    Object.fromEntries(Object.entries(complete).filter(([key]) => key !== part)) as Omit<typeof complete, K>;

  it('is a type error', () => {
    expect(definePage(complete)).toBe(complete);
    // @ts-expect-error: a page kind without its head
    definePage(without('head'));
    // @ts-expect-error: a page kind that does not say whether it is in the navigation
    definePage(without('nav'));
    // @ts-expect-error: a page kind without the data it needs before it renders
    definePage(without('prefetch'));
    // @ts-expect-error: a navigation label that is not an interface string
    definePage({ ...complete, nav: { label: 'nav.example', place: 9 } });
    // @ts-expect-error: only a kind with one page per language can be a navigation link, not one page per article
    definePage({ ...complete, instances: () => [{ lang: 'en' as Lang, id: 'x' }], path: () => '/en/example/x' });
  });

  it('without a component is a type error', () => {
    const Page: ComponentType = () => null;
    // @ts-expect-error: the router has no component for the person page
    const components: { [K in RoutedPageKind]: ComponentType } = {
      home: Page,
      article: Page,
      quotes: Page,
      awards: Page,
      timeline: Page,
      search: Page,
      saved: Page,
      offline: Page,
    };
    expect(Object.keys(components)).not.toContain('person' satisfies PageKind);
  });
});

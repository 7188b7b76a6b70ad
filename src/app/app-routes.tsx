import { useEffect, type ComponentType } from 'react';
import { matchPath, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { preferredLanguage } from '../features/language/model/preferred-language';
import { DEFAULT_LANG, isLang } from '../shared/languages';
import { paths, repairLangPrefix } from '../shared/paths';
import { lazyPage, type LazyPage } from './lazy-page';
import { LANG_ROUTE, PAGES, ROUTED_PAGE_KINDS, type NotFoundKind, type RoutedPageKind } from './pages';
import { ArticlePage } from './routes/article';
import { HomePage } from './routes/home';
import { LangLayout, LangShell } from './routes/lang-layout';
import { LanguageRedirect } from './routes/language-redirect';
import { NotFoundPage } from './routes/not-found';
import OfflinePage from './routes/offline';

/**
 * The component of each kind of page the router routes to (pages.ts); a kind without one is a type error.
 * The cross-article pages load their code when first visited: the article page, the one most readers
 * open, does not carry them (docs/decisions/0007-cross-article-pages.md). A failed load can be tried again.
 */
const COMPONENTS: { [K in RoutedPageKind]: ComponentType | LazyPage } = {
  home: HomePage,
  article: ArticlePage,
  quotes: lazyPage(() => import('./routes/quotes')),
  awards: lazyPage(() => import('./routes/awards')),
  timeline: lazyPage(() => import('./routes/timeline')),
  person: lazyPage(() => import('./routes/person')),
  search: lazyPage(() => import('./routes/search')),
  saved: lazyPage(() => import('./routes/saved')),
  // Part of the main bundle: the service worker keeps it at install, and a page offline loads no chunk it has not kept.
  offline: OfflinePage,
};

/**
 * Loads the code of the page at this address, if it is one of the lazily loaded ones: the browser calls it
 * before hydrating, so that the prerendered page is taken over as it is (docs/decisions/0012).
 */
export const preloadPage = (pathname: string): Promise<void> => {
  const kind = ROUTED_PAGE_KINDS.find((kind) => {
    const route = PAGES[kind].route;
    return 'path' in route && matchPath(`${LANG_ROUTE}/${route.path}`, pathname) !== null;
  });
  const Page = kind && COMPONENTS[kind];
  return Page && 'preload' in Page ? Page.preload() : Promise.resolve();
};

/**
 * The server's not-found document, served for any unknown address. It hydrates as exactly what was
 * prerendered, whatever the address; an address without one of our languages then moves on to the
 * same page in the reader's language.
 */
function NotFoundDocument({ what }: { what: NotFoundKind }) {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const first = pathname.split('/')[1] ?? '';
  useEffect(() => {
    if (!isLang(first)) void navigate(`${repairLangPrefix(pathname, preferredLanguage())}${search}${hash}`, { replace: true });
  }, [first, pathname, search, hash, navigate]);
  return (
    <LangShell lang={isLang(first) ? first : DEFAULT_LANG}>
      <NotFoundPage what={what} />
    </LangShell>
  );
}

/** The offline page where the service worker sent it, in place of a page it has no copy of. */
function OfflineDocument() {
  const first = useLocation().pathname.split('/')[1] ?? '';
  return (
    <LangShell lang={isLang(first) ? first : DEFAULT_LANG}>
      <OfflinePage />
    </LangShell>
  );
}

/**
 * The whole address space. Declarative routes with data in TanStack Query (not route loaders): the data
 * router would add 17 KB gzip to every page (docs/decisions/0002-routing-and-data.md).
 * `notFound` says which not-found document the server sent, and for which address; `offlineAt`, at which
 * address the service worker sent the offline page.
 */
export function AppRoutes({ notFound, offlineAt }: { notFound?: { at: string; what: NotFoundKind }; offlineAt?: string }) {
  const { pathname } = useLocation();
  if (notFound && pathname === notFound.at) return <NotFoundDocument what={notFound.what} />;
  if (offlineAt !== undefined && pathname === offlineAt) return <OfflineDocument />;
  return (
    <Routes>
      <Route path={paths.root()} element={<LanguageRedirect />} />
      <Route path={LANG_ROUTE} element={<LangLayout />}>
        {ROUTED_PAGE_KINDS.map((kind) => {
          const route = PAGES[kind].route;
          const Page = COMPONENTS[kind];
          return 'index' in route ? (
            <Route key={kind} index element={<Page />} />
          ) : (
            <Route key={kind} path={route.path} element={<Page />} />
          );
        })}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

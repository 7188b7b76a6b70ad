import { useEffect } from 'react';
import { matchPath, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { preferredLanguage } from '../features/language/model/preferred-language';
import { isLang } from '../shared/content/schema';
import { repairLangPrefix, routes } from '../shared/paths';
import { lazyPage } from './lazy-page';
import { ArticlePage } from './routes/article';
import { HomePage } from './routes/home';
import { LangLayout, LangShell } from './routes/lang-layout';
import { LanguageRedirect } from './routes/language-redirect';
import { NotFoundPage } from './routes/not-found';

// The cross-article pages load their code when first visited: the article page, the one most readers
// open, does not carry them (docs/decisions/0007-cross-article-pages.md). A failed load can be tried again.
const LAZY_ROUTES = [
  { path: routes.quotes, Page: lazyPage(() => import('./routes/quotes')) },
  { path: routes.awards, Page: lazyPage(() => import('./routes/awards')) },
  { path: routes.timeline, Page: lazyPage(() => import('./routes/timeline')) },
  { path: routes.person, Page: lazyPage(() => import('./routes/person')) },
  { path: routes.search, Page: lazyPage(() => import('./routes/search')) },
];

/**
 * Loads the code of the page at this address, if it is one of the lazily loaded ones: the browser calls it
 * before hydrating, so that the prerendered page is taken over as it is (docs/decisions/0012).
 */
export const preloadPage = (pathname: string): Promise<void> =>
  LAZY_ROUTES.find(({ path }) => matchPath(`${routes.lang}/${path}`, pathname))?.Page.preload() ?? Promise.resolve();

/**
 * The server's not-found document, served for any unknown address. It hydrates as exactly what was
 * prerendered, whatever the address; an address without one of our languages then moves on to the
 * same page in the reader's language.
 */
function NotFoundDocument({ what }: { what: 'page' | 'article' }) {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  const first = pathname.split('/')[1] ?? '';
  useEffect(() => {
    if (!isLang(first)) void navigate(`${repairLangPrefix(pathname, preferredLanguage())}${search}${hash}`, { replace: true });
  }, [first, pathname, search, hash, navigate]);
  return (
    <LangShell lang={isLang(first) ? first : 'en'}>
      <NotFoundPage what={what} />
    </LangShell>
  );
}

/**
 * The whole address space. Declarative routes with data in TanStack Query (not route loaders): the data
 * router would add 17 KB gzip to every page (docs/decisions/0002-routing-and-data.md).
 * `notFound` says which not-found document the server sent, and for which address.
 */
export function AppRoutes({ notFound }: { notFound?: { at: string; what: 'page' | 'article' } }) {
  const { pathname } = useLocation();
  if (notFound && pathname === notFound.at) return <NotFoundDocument what={notFound.what} />;
  return (
    <Routes>
      <Route path="/" element={<LanguageRedirect />} />
      <Route path={routes.lang} element={<LangLayout />}>
        <Route index element={<HomePage />} />
        <Route path={routes.article} element={<ArticlePage />} />
        {LAZY_ROUTES.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

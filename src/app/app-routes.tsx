import { useEffect } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { preferredLanguage } from '../features/language/model/preferred-language';
import { DEFAULT_LANG, isLang } from '../shared/languages';
import { repairLangPrefix, routes } from '../shared/paths';
import { lazyPage } from './lazy-page';
import { ArticlePage } from './routes/article';
import { HomePage } from './routes/home';
import { LangLayout, LangShell } from './routes/lang-layout';
import { LanguageRedirect } from './routes/language-redirect';
import { NotFoundPage } from './routes/not-found';

// The cross-article pages load their code when first visited: the article page, the one most readers
// open, does not carry them (docs/decisions/0007-cross-article-pages.md). A failed load can be tried again.
const QuotesPage = lazyPage(() => import('./routes/quotes'));
const AwardsPage = lazyPage(() => import('./routes/awards'));
const TimelinePage = lazyPage(() => import('./routes/timeline'));
const PersonPage = lazyPage(() => import('./routes/person'));
const SearchPage = lazyPage(() => import('./routes/search'));

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
    <LangShell lang={isLang(first) ? first : DEFAULT_LANG}>
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
        <Route path={routes.quotes} element={<QuotesPage />} />
        <Route path={routes.awards} element={<AwardsPage />} />
        <Route path={routes.timeline} element={<TimelinePage />} />
        <Route path={routes.person} element={<PersonPage />} />
        <Route path={routes.search} element={<SearchPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { Route, Routes } from 'react-router-dom';
import { routes } from '../shared/paths';
import { ArticlePage } from './routes/article';
import { HomePage } from './routes/home';
import { LangLayout } from './routes/lang-layout';
import { LanguageRedirect } from './routes/language-redirect';
import { NotFoundPage } from './routes/not-found';

/**
 * The whole address space. Declarative routes with data in React Query (not route loaders): the data
 * router would add 17 KB gzip to every page (docs/decisions/0002-routing-and-data.md).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<LanguageRedirect />} />
      <Route path={routes.lang} element={<LangLayout />}>
        <Route index element={<HomePage />} />
        <Route path={routes.article} element={<ArticlePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { latestQuery } from '../../features/articles/api/get-latest';
import { ArticleList } from '../../features/articles/components/article-list';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { pageText } from '../pages';
import { useLang } from '../use-lang';

export function HomePage() {
  const lang = useLang();
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(latestQuery(1));
  const text = pageText('home', t);
  usePageMeta(text);
  return (
    <>
      <h1 id="page-heading" tabIndex={-1}>
        {text.title}
      </h1>
      {data.items.length === 0 ? <p>{t('home.empty')}</p> : <ArticleList items={data.items} lang={lang} />}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../shared/paths';
import { StatusPage } from '../../shared/ui/status-page';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { useLang } from '../use-lang';

/** The answer to an address that names nothing: say so in the reader's language, and offer a way on. */
export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'article' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = what === 'article' ? t('status.articleNotFoundTitle') : t('status.notFoundTitle');
  usePageMeta({ title });
  return (
    <StatusPage title={title}>
      <p>{what === 'article' ? t('status.articleNotFoundText') : t('status.notFoundText')}</p>
      <p>
        <Link to={paths.home(lang)}>{t('status.goHome')}</Link>
      </p>
    </StatusPage>
  );
}

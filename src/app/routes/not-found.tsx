import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../../shared/paths';
import { StatusPage } from '../../shared/ui/status-page';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { notFoundText, type NotFoundKind } from '../pages';
import { translateText } from '../page-head';
import { useLang } from '../use-lang';

/** The answer to an address that names nothing: say so in the reader's language, and offer a way on. */
export function NotFoundPage({ what = 'page' }: { what?: NotFoundKind }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = translateText(notFoundText[what], t);
  usePageMeta(text);
  return (
    <StatusPage title={text.title}>
      <p>{text.description}</p>
      <p>
        <Link to={paths.home(lang)}>{t('status.goHome')}</Link>
      </p>
    </StatusPage>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Lang } from '../languages';
import { formatNumber } from '../format/format-number';
import './pager.css';

interface Props {
  page: number;
  pageCount: number;
  /** The address of another page of the same list. */
  href: (page: number) => string;
  lang: Lang;
}

/** Previous and next links around "page X of Y"; nothing when the whole list fits on one page. */
export function Pager({ page, pageCount, href, lang }: Props) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      {page > 1 ? (
        <Link className="pager-previous" to={href(page - 1)} rel="prev">
          {t('pager.previous')}
        </Link>
      ) : (
        <span className="pager-previous" aria-hidden="true" />
      )}
      <p className="pager-status">{t('pager.status', { page: formatNumber(page, lang), pages: formatNumber(pageCount, lang) })}</p>
      {page < pageCount ? (
        <Link className="pager-next" to={href(page + 1)} rel="next">
          {t('pager.next')}
        </Link>
      ) : (
        <span className="pager-next" aria-hidden="true" />
      )}
    </nav>
  );
}

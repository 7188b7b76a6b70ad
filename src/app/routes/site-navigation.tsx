import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Lang } from '../../shared/languages';
import { NAVIGATION, PAGES, type NavPageKind } from '../pages';
import './site-navigation.css';

const hrefOf = (kind: NavPageKind, lang: Lang): string => PAGES[kind].path({ lang });

/** The section an address belongs to (`/kk/quotes` → quotes); articles and people belong to none. */
export const sectionOf = (pathname: string, lang: Lang): NavPageKind | undefined =>
  NAVIGATION.find(({ kind }) => {
    const href = hrefOf(kind, lang);
    // The home page's address starts every address in its language: it is only its own.
    return 'index' in PAGES[kind].route ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  })?.kind;

/** The site's sections; the one the reader is in is marked, also in the prerendered page (the path is known there). */
export function SiteNavigation({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = sectionOf(pathname, lang);
  return (
    <nav className="site-nav" aria-label={t('nav.main')}>
      <ul>
        {NAVIGATION.map(({ kind, label }) => (
          <li key={kind}>
            <Link to={hrefOf(kind, lang)} aria-current={kind === current ? 'page' : undefined}>
              {t(label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

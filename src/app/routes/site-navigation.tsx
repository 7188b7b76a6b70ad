import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Lang } from '../../shared/languages';
import { paths } from '../../shared/paths';

const SECTIONS = ['latest', 'quotes', 'awards', 'timeline', 'search'] as const;
type Section = (typeof SECTIONS)[number];

const hrefOf = (section: Section, lang: Lang): string => {
  switch (section) {
    case 'latest':
      return paths.home(lang);
    case 'quotes':
      return paths.quotes(lang);
    case 'awards':
      return paths.awards(lang);
    case 'timeline':
      return paths.timeline(lang);
    case 'search':
      return paths.search(lang);
  }
};

/** The section an address belongs to (`/kk/quotes` → quotes); articles and people belong to none. */
export const sectionOf = (pathname: string, lang: Lang): Section | undefined =>
  SECTIONS.find((section) => {
    const href = hrefOf(section, lang);
    return section === 'latest' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  });

/** The site's sections; the one the reader is in is marked, also in the prerendered page (the path is known there). */
export function SiteNavigation({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = sectionOf(pathname, lang);
  return (
    <nav className="site-nav" aria-label={t('nav.main')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section}>
            <Link to={hrefOf(section, lang)} aria-current={section === current ? 'page' : undefined}>
              {t(`nav.${section}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

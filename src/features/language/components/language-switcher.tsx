import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { LANGS, type Lang } from '../../../shared/content/schema';
import { withLang } from '../../../shared/paths';
import { saveLanguage } from '../model/preferred-language';

/**
 * Plain links to the same page in each language: they work before any script runs, and each
 * language is named in itself so a reader finds theirs whatever the current interface.
 */
export function LanguageSwitcher({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      <ul>
        {LANGS.map((code) => (
          <li key={code}>
            <Link
              to={{ pathname: withLang(location.pathname, code), search: location.search, hash: location.hash }}
              lang={code}
              hrefLang={code}
              aria-current={code === lang ? 'true' : undefined}
              state={{ keepScroll: true }}
              onClick={() => saveLanguage(code)}
            >
              {t(`language.name.${code}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { LANGS, type Lang } from '../../../shared/languages';
import { withLang } from '../../../shared/paths';
import { announceLanguageIntent } from '../model/language-intent';
import { saveLanguage } from '../model/preferred-language';
import './language-switcher.css';

/**
 * Plain links to the same page in each language: they work before any script runs, and each
 * language is named in itself so a reader finds theirs whatever the current interface. A click keeps
 * the reader's place: same page, same scroll position, same `#fragment`.
 */
export function LanguageSwitcher({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const choose = (code: Lang) => (event: MouseEvent<HTMLAnchorElement>) => {
    saveLanguage(code);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // The fragment is read at click time: it is not part of the prerendered markup.
    void navigate({ pathname: withLang(pathname, code), search, hash: window.location.hash }, { state: { keepScroll: true } });
  };
  return (
    // Pointing at the switcher or focusing it is the intent to switch: the other languages load then.
    <nav
      className="language-switcher"
      aria-label={t('language.label')}
      onPointerEnter={announceLanguageIntent}
      onFocus={announceLanguageIntent}
    >
      <ul>
        {LANGS.map((code) => (
          <li key={code}>
            <Link
              to={{ pathname: withLang(pathname, code), search }}
              lang={code}
              hrefLang={code}
              aria-current={code === lang ? 'true' : undefined}
              onClick={choose(code)}
            >
              {t(`language.name.${code}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { Link } from 'react-router-dom';
import { LANGS } from '../../../shared/languages';
import { i18nFor } from '../../../shared/i18n/i18n';
import { paths } from '../../../shared/paths';

/** The three home pages, each offered in its own language, for a page that has no language yet. */
export function LanguageChoice() {
  return (
    <main id="main" className="language-choice">
      <ul>
        {LANGS.map((lang) => (
          <li key={lang} lang={lang}>
            <Link to={paths.home(lang)} hrefLang={lang}>
              {i18nFor(lang).t('site.name')} — {i18nFor(lang).t(`language.name.${lang}`)}
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}

import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { LanguageChoice } from '../../features/language/components/language-choice';
import { preferredLanguage } from '../../features/language/model/preferred-language';
import { DEFAULT_LANG, LANGS } from '../../shared/languages';
import { i18nFor } from '../../shared/i18n/i18n';
import { useMessages } from '../../shared/i18n/load-messages';
import { repairLangPrefix } from '../../shared/paths';

/**
 * `/` and addresses without one of our languages first: the reader is sent on in their language. The
 * choice reads storage and the browser, so it happens after rendering; until then the page offers the
 * three languages as plain links, which is also what a reader without JavaScript gets.
 */
export function LanguageRedirect() {
  useMessages(...LANGS);
  const navigate = useNavigate();
  const { pathname, search, hash } = useLocation();
  useEffect(() => {
    const lang = preferredLanguage();
    void navigate(`${repairLangPrefix(pathname === '/' ? '/' : pathname, lang)}${search}${hash}`, { replace: true });
  }, [navigate, pathname, search, hash]);
  return (
    <I18nextProvider i18n={i18nFor(DEFAULT_LANG)}>
      <LanguageChoice />
    </I18nextProvider>
  );
}

import { useIsFetching } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router-dom';
import { LanguageSwitcher } from '../../features/language/components/language-switcher';
import { useLanguageIntent } from '../../features/language/model/language-intent';
import { UpdateNotice } from '../../features/offline/components/update-notice';
import { ReaderSettings } from '../../features/reader-settings/components/reader-settings';
import { isLang, type Lang } from '../../shared/languages';
import { i18nFor } from '../../shared/i18n/i18n';
import { preloadAllMessages, useMessages } from '../../shared/i18n/load-messages';
import { paths } from '../../shared/paths';
import { useOnline } from '../../shared/ui/use-online';
import { useHydrated } from '../../shared/ui/use-search-param';
import { useScrollOnNavigation } from '../use-scroll-on-navigation';
import { LanguageRedirect } from './language-redirect';
import { PageBoundary } from './page-boundary';
import { SiteNavigation } from './site-navigation';
import './lang-layout.css';

function Chrome({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { t } = useTranslation();
  const fetching = useIsFetching() > 0;
  const hydrated = useHydrated();
  const online = useOnline();
  useScrollOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <Link className="site-name" to={paths.home(lang)}>
          {t('site.name')}
        </Link>
        {/* Built again once hydrated: its links carry the `?query`, which the prerendered page has not. */}
        <LanguageSwitcher key={hydrated ? 'browser' : 'prerendered'} lang={lang} />
        <SiteNavigation lang={lang} />
        <ReaderSettings />
      </header>
      {/* Pages already opened stay readable; TanStack Query fetches again when the network is back. */}
      <p className="offline-notice" role="status">
        {online ? '' : t('status.offline')}
      </p>
      <UpdateNotice />
      <div className="navigation-progress" data-active={fetching} aria-hidden="true" />
      <main id="main" tabIndex={-1}>
        <PageBoundary>{children}</PageBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('site.description')}</p>
        <p>
          <Link to={paths.saved(lang)}>{t('nav.saved')}</Link>
        </p>
      </footer>
    </>
  );
}

/** The frame of every page in a language: its translations, header, main area and footer. */
export function LangShell({ lang, children }: { lang: Lang; children: ReactNode }) {
  useMessages(lang);
  // The other languages' strings, once the reader means to switch (never for a page only read).
  useLanguageIntent(() => void preloadAllMessages());
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <I18nextProvider i18n={i18nFor(lang)}>
      <Chrome lang={lang}>{children}</Chrome>
    </I18nextProvider>
  );
}

/** Everything under `/{lang}/` renders with that language's translations; nothing global changes. */
export function LangLayout() {
  const { lang } = useParams();
  if (!isLang(lang)) return <LanguageRedirect />;
  return (
    <LangShell lang={lang}>
      <Outlet />
    </LangShell>
  );
}

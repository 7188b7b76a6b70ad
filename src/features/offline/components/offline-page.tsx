import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { OPENED_CACHE, SAVED_CACHE, type KeptPage } from '../../../shared/offline/contract';
import { listPages } from '../../../shared/offline/page-cache';
import { isLang, type Lang } from '../../../shared/languages';
import { paths } from '../../../shared/paths';
import { DateText } from '../../../shared/ui/date-text';
import { langAttr } from '../../../shared/ui/lang-attr';
import { StatusPage } from '../../../shared/ui/status-page';
import { usePageMeta } from '../../../shared/ui/use-page-meta';
import { useHydrated } from '../../../shared/ui/use-search-param';
import './offline-page.css';

/** The pages kept in both caches, opened last first, each address once. */
const keptPages = async (): Promise<KeptPage[]> => {
  const [opened, saved] = await Promise.all([listPages(OPENED_CACHE), listPages(SAVED_CACHE)]);
  const byPath = new Map<string, KeptPage>();
  for (const page of [...opened, ...saved]) if (!byPath.has(page.path)) byPath.set(page.path, page);
  return [...byPath.values()].sort((a, b) => b.openedAt - a.openedAt);
};

/**
 * What the worker shows for a page it has no copy of while the network is down (and, at its own address,
 * what can be read offline): the articles kept in this browser, opened last first, each at the address it
 * was read at. They are read from the browser's caches once the page is there; the prerendered page has none.
 */
export function OfflinePage({ lang, text }: { lang: Lang; text: { title: string; description: string } }) {
  const { t } = useTranslation();
  // Prerendered at its own address, it is served at others: it says so once hydrated, never before.
  const hydrated = useHydrated();
  const here = !hydrated || window.location.pathname === paths.offline(lang);
  const [kept, setKept] = useState<KeptPage[] | null>(null);
  useEffect(() => {
    let current = true;
    keptPages()
      .then((pages) => current && setKept(pages))
      .catch(() => current && setKept([]));
    return () => {
      current = false;
    };
  }, []);
  usePageMeta(text);
  return (
    <StatusPage title={text.title}>
      <p>{text.description}</p>
      {!here && <p>{t('offline.notKept')}</p>}
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('status.retry')}
        </button>
      </p>
      <section className="offline-articles" aria-labelledby="offline-available">
        <h2 id="offline-available">{t('offline.available')}</h2>
        {kept?.length === 0 && <p>{t('offline.none')}</p>}
        {kept && kept.length > 0 && (
          <ol className="offline-list">
            {kept.map((page) => {
              const textLang = isLang(page.headlineLang) ? page.headlineLang : lang;
              return (
                <li key={page.path}>
                  {/* A document load: the worker answers it with the kept page, which needs no network. */}
                  <Link to={page.path} reloadDocument {...langAttr(textLang, lang)}>
                    {page.headline}
                  </Link>{' '}
                  <span className="offline-list-date">
                    <DateText iso={page.publishedAt} lang={lang} />
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        <p>
          <Link to={paths.saved(lang)}>{t('offline.savedLink')}</Link>
        </p>
      </section>
    </StatusPage>
  );
}

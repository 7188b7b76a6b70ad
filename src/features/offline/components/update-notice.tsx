import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { applyUpdate, checkForUpdate, useUpdateReady } from '../model/service-worker';
import './update-notice.css';

/**
 * "A new version is available — Reload", once a new deploy's worker is ready. Polite: it waits at the edge
 * of the window, over nothing the reader needs, until they choose. The site is checked for a new version
 * as the reader moves from page to page and comes back to the tab.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const ready = useUpdateReady();
  const { pathname } = useLocation();
  useEffect(checkForUpdate, [pathname]);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') checkForUpdate();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  // The live region is always there (one that appears with its text may not be read out).
  return (
    <div className="update-notice" role="status">
      {ready && (
        <p>
          {t('update.available')}{' '}
          <button type="button" onClick={applyUpdate}>
            {t('update.reload')}
          </button>
        </p>
      )}
    </div>
  );
}

import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { SITE_URL } from '../../../shared/config/site';
import { absoluteLink, NETWORK_NAMES, NETWORKS, shareHref } from '../model/share-links';
import { useCopyLink } from '../model/use-copy-link';
import './sharing.css';

/** Neither value changes while the page is open. */
const subscribeNever = () => () => undefined;

interface Props {
  /** The page's address, a path (`/kk/articles/x`): the link opens in the sender's language. */
  path: string;
  title: string;
}

/**
 * Sharing as progressive enhancement: plain links to messengers and networks work without script; the
 * system share sheet is offered where the browser has one, and copying is announced.
 */
export function ShareBar({ path, title }: Props) {
  const { t } = useTranslation();
  const { state, copy } = useCopyLink();
  // Both depend on the browser: prerendering and hydration use the server values (the site the build was
  // made for, no share sheet), and React switches to the browser's right after.
  const origin = useSyncExternalStore(
    subscribeNever,
    () => window.location.origin,
    () => SITE_URL,
  );
  const canShare = useSyncExternalStore(
    subscribeNever,
    () => typeof navigator.share === 'function',
    () => false,
  );
  const url = absoluteLink(origin, path);
  return (
    <section className="share-bar" aria-labelledby="share-heading">
      <h2 id="share-heading" className="share-heading">
        {t('share.title')}
      </h2>
      <div className="share-actions">
        {canShare && (
          <button type="button" onClick={() => void navigator.share({ title, url }).catch(() => undefined)}>
            {t('share.native')}
          </button>
        )}
        <button type="button" onClick={() => void copy(url)}>
          {t('share.copyLink')}
        </button>
        <span className="share-status" role="status">
          {state === 'copied' ? t('share.linkCopied') : state === 'failed' ? t('share.copyFailed') : ''}
        </span>
      </div>
      <ul className="share-links">
        {NETWORKS.map((network) => (
          <li key={network}>
            <a href={shareHref(network, url, title)} {...(network === 'email' ? {} : { target: '_blank', rel: 'noopener noreferrer' })}>
              {network === 'email' ? t('share.email') : t('share.via', { network: NETWORK_NAMES[network] })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

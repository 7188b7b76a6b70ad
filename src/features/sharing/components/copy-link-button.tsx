import { useTranslation } from 'react-i18next';
import { absoluteLink } from '../model/share-links';
import { useCopyLink } from '../model/use-copy-link';
import './sharing.css';

interface Props {
  /** The address to copy, a path with its fragment (`/kk/articles/x#q-one-family`). */
  path: string;
  /** What the button copies a link to, for people who cannot see where it sits. */
  label: string;
}

/** A small "copy link" for one quote, award list or timeline event, with an announced confirmation. */
export function CopyLinkButton({ path, label }: Props) {
  const { t } = useTranslation();
  const { state, copy } = useCopyLink();
  return (
    <span className="copy-link">
      <button
        type="button"
        className="copy-link-button"
        aria-label={label}
        onClick={() => void copy(absoluteLink(window.location.origin, path))}
      >
        {t('share.copyLink')}
      </button>
      <span className="copy-link-status" role="status">
        {state === 'copied' ? t('share.linkCopied') : state === 'failed' ? t('share.copyFailed') : ''}
      </span>
    </span>
  );
}

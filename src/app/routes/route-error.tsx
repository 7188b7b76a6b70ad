import { useTranslation } from 'react-i18next';
import { CodeLoadError } from '../../shared/api/code-load-error';
import { ContentError, isNotFound } from '../../shared/api/fetch-json';
import { NotFoundError } from '../../shared/api/not-found';
import { StatusPage } from '../../shared/ui/status-page';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { NotFoundPage } from './not-found';

type Failure = 'network' | 'content' | 'updated';

/** Which designed answer a failure gets; the code of a page missing while online means the site was updated. */
const failureOf = (error: unknown): Failure => {
  if (error instanceof ContentError) return 'content';
  if (error instanceof CodeLoadError && !error.offline) return 'updated';
  return 'network';
};

/** What a page shows when its data could not be had: not found, damaged content, or a failed request. */
export function RouteError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error instanceof NotFoundError) return <NotFoundPage what={error.what} />;
  if (isNotFound(error)) return <NotFoundPage />;
  return <FailedPage failure={failureOf(error)} onRetry={onRetry} />;
}

const MESSAGES = { network: 'status.errorNetwork', content: 'status.errorContent', updated: 'status.errorUpdated' } as const;

function FailedPage({ failure, onRetry }: { failure: Failure; onRetry: () => void }) {
  const { t } = useTranslation();
  const title = t('status.errorTitle');
  usePageMeta({ title });
  return (
    <StatusPage title={title} role="alert">
      <p>{t(MESSAGES[failure])}</p>
      <p>
        {failure === 'updated' ? (
          // A new page load brings the new version's files.
          <button type="button" onClick={() => window.location.reload()}>
            {t('status.reload')}
          </button>
        ) : (
          <button type="button" onClick={onRetry}>
            {t('status.retry')}
          </button>
        )}
      </p>
    </StatusPage>
  );
}

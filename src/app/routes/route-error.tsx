import { useTranslation } from 'react-i18next';
import { ContentError, isNotFound } from '../../shared/api/fetch-json';
import { NotFoundError } from '../../shared/api/not-found';
import { StatusPage } from '../../shared/ui/status-page';
import { usePageMeta } from '../../shared/ui/use-page-meta';
import { NotFoundPage } from './not-found';

/** What a page shows when its data could not be had: not found, damaged content, or a failed request. */
export function RouteError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  if (error instanceof NotFoundError) return <NotFoundPage what={error.what} />;
  if (isNotFound(error)) return <NotFoundPage />;
  return <FailedPage damaged={error instanceof ContentError} onRetry={onRetry} />;
}

function FailedPage({ damaged, onRetry }: { damaged: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  const title = t('status.errorTitle');
  usePageMeta({ title });
  return (
    <StatusPage title={title} role="alert">
      <p>{damaged ? t('status.errorContent') : t('status.errorNetwork')}</p>
      <p>
        <button type="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      </p>
    </StatusPage>
  );
}

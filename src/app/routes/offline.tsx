import { useTranslation } from 'react-i18next';
import { OfflinePage as OfflineView } from '../../features/offline/components/offline-page';
import { pageText } from '../pages';
import { useLang } from '../use-lang';

/** `/{lang}/offline`: what can be read without a network; the service worker sends it for any page it has no copy of. */
export default function OfflinePage() {
  const { t } = useTranslation();
  return <OfflineView lang={useLang()} text={pageText('offline', t)} />;
}

import { useTranslation } from 'react-i18next';
import { SavedList } from '../../features/saved/components/saved-list';
import { pageText } from '../pages';
import { useLang } from '../use-lang';

/** `/{lang}/saved`: the articles the reader saved, kept in their browser and readable offline. */
export default function SavedPage() {
  const { t } = useTranslation();
  return <SavedList lang={useLang()} text={pageText('saved', t)} />;
}

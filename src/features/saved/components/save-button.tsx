import { useTranslation } from 'react-i18next';
import { useSavedChanges, useSavedList } from '../model/use-saved';
import type { SavedArticle } from '../model/saved-store';
import './save-button.css';

interface Props {
  articleId: string;
  /** The headline shown with the button, which names it where several are on one page. */
  headline?: string;
  /** The entry to save, made when the reader saves (it may read the other language versions first). */
  entry: () => Promise<SavedArticle>;
}

/**
 * "Save for later" as a toggle: pressed while the article is saved, pressing it again removes it. Until
 * the list is read (prerendered, hydrating) it is not pressed, and does nothing.
 */
export function SaveButton({ articleId, headline, entry }: Props) {
  const { t } = useTranslation();
  const { data: saved } = useSavedList();
  const { save, remove } = useSavedChanges();
  const current = saved?.find((article) => article.id === articleId);
  const toggle = () => {
    if (!saved) return;
    if (current) remove(current);
    else entry().then(save, () => undefined);
  };
  return (
    <button
      type="button"
      className="save-button"
      aria-pressed={Boolean(current)}
      aria-label={headline === undefined ? undefined : t('saved.saveNamed', { headline })}
      onClick={toggle}
    >
      {t('saved.save')}
    </button>
  );
}

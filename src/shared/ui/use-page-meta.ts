import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { pageTitle } from '../config/site';

/**
 * Sets the document title (`Page — Site`) and description after rendering. An effect, not a `<title>`
 * element: prerendered pages already carry their head, and the browser must keep one title to update.
 */
export const usePageMeta = ({ title, description }: { title: string; description?: string }): void => {
  const { t } = useTranslation();
  const fullTitle = pageTitle(title, t('site.name'));
  const fullDescription = description ?? t('site.description');
  useEffect(() => {
    document.title = fullTitle;
    document.querySelector('meta[name="description"]')?.setAttribute('content', fullDescription);
  }, [fullTitle, fullDescription]);
};

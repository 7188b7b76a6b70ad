import { useEffect } from 'react';

/**
 * Marks the document once React has hydrated the page's content (`<html data-hydrated="true">`): from
 * then on a click is the app's, not a page load. Rendered last inside the page's Suspense boundary, so a
 * page whose code arrives after the rest of the app is marked only when it is live. The end-to-end tests
 * wait for it.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

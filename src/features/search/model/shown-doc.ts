import { derivation, type Lang } from '../../../shared/languages';
import type { SearchDoc } from './schema';

/**
 * A result as the interface language shows it. The index holds the versions editors wrote; in an edition
 * the build derives (kk-Latn), a result in its source language (kk) is shown converted, as its page is.
 */
export const shownDoc = (doc: SearchDoc, lang: Lang): SearchDoc => {
  const derived = derivation(lang);
  if (!derived || doc.lang !== derived.from) return doc;
  return { ...doc, lang, headline: derived.convert(doc.headline), summary: derived.convert(doc.summary) };
};

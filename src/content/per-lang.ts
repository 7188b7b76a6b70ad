import { type PerLang } from './schema';
import { LANGS, type Lang } from '../shared/languages';

/**
 * Text kept per language version (`PerLang`), as the reader of an interface language sees it: that
 * language's own, else the original's, else any version there is. The language comes along so the page
 * can mark text that is not in the interface language.
 */
export const pickLang = <T>(values: PerLang<T>, lang: Lang, original: Lang): { value: T; lang: Lang } | undefined => {
  for (const candidate of [lang, original, ...LANGS]) {
    const value = values[candidate];
    if (value !== undefined) return { value, lang: candidate };
  }
  return undefined;
};

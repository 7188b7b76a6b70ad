import type { Lang } from '../languages';

/** `lang` for text whose language differs from its surroundings, so screen readers and hyphenation switch. */
export const langAttr = (textLang: Lang, contextLang: Lang): { lang?: Lang } => (textLang === contextLang ? {} : { lang: textLang });

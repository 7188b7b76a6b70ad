// The kk-Latn interface strings: the Kazakh ones written in the 2021 Latin alphabet by the converter, with
// the hand corrections of locales/kk-Latn/translation.json laid over them (only the keys the converter gets
// wrong are there). The languages' own names are autonyms, the same in every locale: they are not converted.
import kk from '../../../locales/kk/translation.json' with { type: 'json' };
import corrections from '../../../locales/kk-Latn/translation.json' with { type: 'json' };
import { transliterate, withCorrections } from '../kazakh-latin/transliterate';
import type { Messages } from './i18n';

/** The kk-Latn strings made from the Kazakh ones and the corrections, as the loader and the locale check see them. */
export const kkLatnMessages = (kazakh: Messages, fixes: Messages): Messages => {
  const converted = transliterate(kazakh);
  const language = converted.language;
  const names = typeof kazakh.language === 'object' ? kazakh.language.name : undefined;
  const withNames = typeof language === 'object' && names ? { ...converted, language: { ...language, name: names } } : converted;
  return withCorrections(withNames, fixes);
};

const messages: Messages = kkLatnMessages(kk, corrections);
export default messages;

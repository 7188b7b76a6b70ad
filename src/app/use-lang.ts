import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from '../shared/languages';

/** The interface language: the one whose i18next instance the layout provides (the address decides it). */
export const useLang = (): Lang => {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
};

import { useParams } from 'react-router-dom';
import { isLang, type Lang } from '../shared/content/schema';

/** The interface language of the current address (the layout's loader has already refused others). */
export const useLang = (): Lang => {
  const { lang } = useParams();
  return isLang(lang) ? lang : 'en';
};

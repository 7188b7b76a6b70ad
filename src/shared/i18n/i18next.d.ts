import 'i18next';
import type en from '../../../locales/en/translation.json';

// English is the source of truth: a key that English lacks fails type-check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

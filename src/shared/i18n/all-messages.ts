// Every language at once, for the build (prerendering) and the tests; the browser loads them one by one
// (load-messages.ts), so a page carries only its own language's strings at first.
import en from '../../../locales/en/translation.json';
import kk from '../../../locales/kk/translation.json';
import ru from '../../../locales/ru/translation.json';
import { registerMessages } from './i18n';

export const registerAllMessages = (): void => {
  registerMessages('en', en);
  registerMessages('kk', kk);
  registerMessages('ru', ru);
};

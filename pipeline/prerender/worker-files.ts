// What the service worker keeps at install (scripts/build-service-worker.ts), so that an incremental
// build knows when the worker cannot have changed: none of these files was written or deleted.
import { PAGES } from '../../src/app/pages.ts';
import { LANGS } from '../../src/shared/languages.ts';
import { outputFile } from './pages.ts';

/** The pages every reader can open offline: the offline page and the saved list, in every language. */
export const PAGES_KEPT = (['offline', 'saved'] as const).flatMap((kind) => LANGS.map((lang) => PAGES[kind].path({ lang })));

/** Files of the site root the worker keeps besides the build's code and the pages. */
export const ROOT_FILES_KEPT = ['favicon.svg', 'prefs.js'];

/** The build's code, styles and fonts (source maps and the .woff fallbacks no current browser uses stay out). */
export const isAssetKept = (name: string): boolean => /\.(?:js|css|woff2)$/.test(name);

/** Whether the worker keeps (and so its version depends on) a file, by its path under the site root. */
export const keptByWorker = (path: string): boolean =>
  (path.startsWith('assets/') && !path.slice('assets/'.length).includes('/') && isAssetKept(path)) ||
  ROOT_FILES_KEPT.includes(path) ||
  PAGES_KEPT.some((url) => outputFile(url) === path);

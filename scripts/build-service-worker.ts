// Builds the service worker, /sw.js, after the pages are written: one self-contained file (the content
// security policy allows no importScripts) with the list of this build's files put in. Its id is a hash of
// what it keeps at install, so a build that changes none of it (new articles only) is no new version.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { PAGES } from '../src/app/pages.ts';
import { outputFile } from '../pipeline/prerender/pages.ts';
import { isAssetKept, PAGES_KEPT, ROOT_FILES_KEPT } from '../pipeline/prerender/worker-files.ts';
import { DEFAULT_LANG, LANGS } from '../src/shared/languages.ts';
import { WORKER_URL } from '../src/shared/offline/contract.ts';

const root = process.cwd();
const dist = resolve(root, process.env.READER_OUT_DIR ?? 'dist');
/** Larger would mean the worker took in code it should not (it imports only the offline contract). */
const WORKER_BUDGET = 12 * 1024;

const assets = readdirSync(join(dist, 'assets'))
  .filter(isAssetKept)
  .map((name) => `/assets/${name}`);
const files = ROOT_FILES_KEPT.map((path) => `/${path}`).filter((path) => existsSync(join(dist, path)));
const precache = [...assets.sort(), ...files, ...PAGES_KEPT];

const fileOf = (url: string) => join(dist, url.startsWith('/assets/') || files.includes(url) ? url : outputFile(url));
for (const url of precache)
  if (!existsSync(fileOf(url))) throw new Error(`build-service-worker: ${url} is not in ${dist} (run the prerender first)`);

const hash = createHash('sha256');
for (const url of precache)
  hash
    .update(`${url}\0`)
    .update(readFileSync(fileOf(url)))
    .update('\0');
const id = hash.digest('hex').slice(0, 16);

await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  define: {
    __OFFLINE_BUILD__: JSON.stringify({
      id,
      precache,
      offlinePages: Object.fromEntries(LANGS.map((lang) => [lang, PAGES.offline.path({ lang })])),
      defaultLang: DEFAULT_LANG,
    }),
  },
  build: {
    outDir: dist,
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: join(root, 'src/service-worker/sw.ts'), formats: ['iife'], name: 'readerWorker', fileName: () => WORKER_URL.slice(1) },
  },
});

const worker = readFileSync(join(dist, WORKER_URL));
if (worker.includes('importScripts') || /\bimport\s*\(/.test(worker.toString()))
  throw new Error('build-service-worker: the worker is not one file');
if (worker.length > WORKER_BUDGET) throw new Error(`build-service-worker: ${worker.length} bytes, over the budget of ${WORKER_BUDGET}`);
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const precached = precache.reduce((sum, url) => sum + statSync(fileOf(url)).size, 0);
console.log(
  `service worker: ${WORKER_URL}, ${kilobytes(worker.length)}, version ${id}, keeps ${precache.length} files (${kilobytes(precached)}) at install`,
);

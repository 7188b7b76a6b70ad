// `npm run build`: the client (`vite build`, with the content's files), the server renderer, then every
// page (scripts/prerender.ts), the check of the Latin pages (scripts/check-latin.ts) and the service worker
// (scripts/build-service-worker.ts), into dist/.
//
// `npm run build -- --incremental` keeps dist/ and a build cache (node_modules/.cache/reader-build/) and
// writes only the files whose bytes change: the app is rebuilt only when the code or the locales changed;
// the content's files (public folder, derived data) are made anew and written when they differ; a page is
// rendered again only when the code or a file its last render read changed (pipeline/prerender/
// prerender-site.ts); a file whose source is gone is deleted. It prints what it wrote and deleted and
// writes the list to changed.txt in its cache folder, for an upload of only those files.
// docs/decisions/0018-incremental-builds.md.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { loadContent } from '../pipeline/content/load.ts';
import { contentOutputs, publishedPublicFiles } from '../pipeline/content/outputs.ts';
import { readPhotos } from '../pipeline/content/photos.ts';
import { exitOnInvalidContent } from '../pipeline/content/refuse.ts';
import { fileWriter, hashBytes } from '../pipeline/prerender/file-writer.ts';
import { prerenderSite, type PageRecord } from '../pipeline/prerender/prerender-site.ts';
import { isLatinPage } from '../pipeline/prerender/latin-check.ts';
import { keptByWorker } from '../pipeline/prerender/worker-files.ts';
import { DEFAULT_SITE_URL } from '../src/shared/config/site.ts';
import { dataFiles } from '../src/content/data-files.ts';
import { WORKER_URL } from '../src/shared/offline/contract.ts';

const root = process.cwd();
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const run = (command: string, args: string[], env: Record<string, string> = {}) => {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) process.exit(status ?? 1);
};
const SSR = ['build', '--ssr', 'src/app/entry-server.tsx', '--logLevel', 'warn'];

const dist = resolve(root, process.env.READER_OUT_DIR ?? 'dist');
const cache = join(
  root,
  'node_modules/.cache/reader-build',
  `${basename(dist)}-${createHash('sha256').update(dist).digest('hex').slice(0, 8)}`,
);
const stateFile = join(cache, 'state.json');
/** The service worker's file: made last, from what dist/ holds. */
const WORKER = WORKER_URL.slice(1);

if (!process.argv.includes('--incremental')) {
  // dist/ is made anew: what the last incremental build knew of it no longer holds.
  rmSync(stateFile, { force: true });
  run(bin('vite'), ['build']);
  run(bin('vite'), [...SSR, '--outDir', 'dist-ssr']);
  run(bin('tsx'), ['scripts/prerender.ts']);
  run(bin('tsx'), ['scripts/check-latin.ts']);
  run(bin('tsx'), ['scripts/build-service-worker.ts']);
  process.exit(0);
}

const started = performance.now();
const publicDir = resolve(root, process.env.READER_PUBLIC_DIR ?? 'public');
const siteUrl = (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/$/, '');
const cards = process.env.READER_CARDS !== 'off';

/** Every file under `folder`, by its path relative to it (with `/`). */
const filesUnder = (folder: string, prefix = ''): string[] =>
  existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? filesUnder(join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
      )
    : [];

// What renders the pages: the code, the locales, the build's settings. A change rebuilds the app and
// makes every page's key change (each is rendered again, and written only if its bytes changed).
const CODE = ['src', 'locales', 'pipeline', 'scripts/build.ts', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];
const codeHash = createHash('sha256').update(JSON.stringify({ siteUrl, cards }));
for (const source of CODE) {
  const path = join(root, source);
  const files = statSync(path).isDirectory() ? filesUnder(path).map((name) => join(source, name)) : [source];
  for (const file of files.filter((name) => !/\.test\.tsx?$/.test(name)).sort())
    codeHash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
}
const codeKey = codeHash.digest('base64url').slice(0, 22);

interface State {
  codeKey: string;
  /** The hash of every file in dist/ the build wrote, by path under the site root. */
  files: Record<string, string>;
  /** The app's own files (client build without content), by path, with their hashes. */
  app: Record<string, string>;
  pages: Record<string, PageRecord>;
  /** What each card shows, by path. */
  cards: Record<string, string>;
}
const readState = (): State | undefined => {
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8')) as State;
  } catch {
    return undefined;
  }
};
const last = existsSync(dist) ? readState() : undefined;
// Until this build ends, dist/ may differ from what the state says: without a state, the next build hashes dist/.
rmSync(stateFile, { force: true });

/** How long each step took, for the summary line. */
const steps: string[] = [];
let stepStarted = performance.now();
const stepDone = (name: string) => {
  steps.push(`${name} ${((performance.now() - stepStarted) / 1000).toFixed(1)} s`);
  stepStarted = performance.now();
};
stepDone('code key');

// 1. The app: the client build without content, and the server renderer, kept in the cache.
const appDir = join(cache, 'app');
const ssrDir = join(cache, 'ssr');
let app = last?.app;
if (!app || last?.codeKey !== codeKey || !existsSync(join(appDir, 'index.html')) || !existsSync(join(ssrDir, 'entry-server.js'))) {
  rmSync(appDir, { recursive: true, force: true });
  rmSync(ssrDir, { recursive: true, force: true });
  run(bin('vite'), ['build', '--logLevel', 'warn'], { READER_APP_ONLY: '1', READER_OUT_DIR: appDir, READER_SITE_DIR: dist });
  run(bin('vite'), [...SSR, '--outDir', ssrDir]);
  app = Object.fromEntries(filesUnder(appDir).map((path) => [path, hashBytes(readFileSync(join(appDir, path)))]));
}

stepDone('app');

// 2. The content's files: the public folder as published, and what the build derives from it.
const content = loadContent(root, publicDir);
exitOnInvalidContent(content.errors);
stepDone('content check');
const photos = await readPhotos(publicDir, content.articles);
/** Every file of the new output but the pages: where its bytes come from, and their hash. */
const outputs = new Map<string, { hash: string; bytes: () => string | Buffer }>();
for (const [path, hash] of Object.entries(app))
  // The root page is written over the app's index.html, which is the pages' template.
  if (path !== 'index.html') outputs.set(path, { hash, bytes: () => readFileSync(join(appDir, path)) });
for (const [path, file] of publishedPublicFiles(publicDir, content.drafts)) {
  const bytes = readFileSync(file);
  outputs.set(path, { hash: hashBytes(bytes), bytes: () => bytes });
}
for (const [path, bytes] of await contentOutputs(content, photos, join(root, 'node_modules/.cache/reader-photos')))
  outputs.set(path, { hash: hashBytes(bytes), bytes: () => bytes });

stepDone('derived files');

// What dist/ holds now: as the last build left it, else as it is.
const previous = new Map<string, string>(
  last ? Object.entries(last.files) : filesUnder(dist).map((path) => [path, hashBytes(readFileSync(join(dist, path)))]),
);
const write = fileWriter(dist);
const written: string[] = [];
for (const [path, { hash, bytes }] of outputs) {
  if (previous.get(path) === hash) continue;
  written.push(path);
  await write(path, bytes());
}

stepDone('writing them');

// 3. The pages, the cards, the sitemap.
const rendered = await prerenderSite({
  root,
  dist,
  siteUrl,
  renderer: join(ssrDir, 'entry-server.js'),
  template: readFileSync(join(appDir, 'index.html'), 'utf8'),
  content,
  cards,
  people: Object.keys(content.entities.people).filter((id) => outputs.has(dataFiles.person.file(id))),
  incremental: {
    codeKey,
    pages: new Map(Object.entries(last?.pages ?? {})),
    cards: new Map(Object.entries(last?.cards ?? {})),
    previous,
    hashOf: (path) => outputs.get(path)?.hash,
  },
});
written.push(...rendered.written);
stepDone('pages');

// 4. What is gone from the sources is gone from dist/, and so are the folders it leaves empty: before the
// Latin check, which reads every page in dist/, and the service worker, which lists the files in assets/.
const files: Record<string, string> = {};
for (const [path, { hash }] of outputs) files[path] = hash;
for (const [path, hash] of rendered.files) files[path] = hash;
const deleted = [...previous.keys()].filter((path) => !(path in files) && path !== WORKER);
for (const path of deleted) {
  rmSync(join(dist, path), { force: true });
  for (
    let folder = dirname(join(dist, path));
    folder !== dist && existsSync(folder) && !readdirSync(folder).length;
    folder = dirname(folder)
  )
    rmdirSync(folder);
}
stepDone('deleting');

// 5. The checks and the service worker that follow the prerender in a full build, on the whole of dist/.
// After a build that ended well (it left a state), only the pages written: the others keep bytes it
// checked. Without one (a failed build may have left a page the check refused), every page.
const latinPages = join(cache, 'latin-pages.txt');
mkdirSync(cache, { recursive: true });
writeFileSync(latinPages, written.filter((path) => path.endsWith('.html')).join('\n'));
// Each is a process that takes seconds to start: none when there is nothing to do.
if (!last || written.some((path) => isLatinPage(path)))
  run(bin('tsx'), ['scripts/check-latin.ts'], { READER_OUT_DIR: dist, ...(last ? { READER_LATIN_PAGES: latinPages } : {}) });
stepDone('latin check');
// The worker is made from its code and the files it keeps: when neither changed, it is the one dist/ has.
const lastWorker = previous.get(WORKER);
if (last?.codeKey === codeKey && lastWorker !== undefined && existsSync(join(dist, WORKER)) && ![...written, ...deleted].some(keptByWorker))
  files[WORKER] = lastWorker;
else {
  run(bin('tsx'), ['scripts/build-service-worker.ts'], { READER_OUT_DIR: dist });
  files[WORKER] = hashBytes(readFileSync(join(dist, WORKER)));
  if (lastWorker !== files[WORKER]) written.push(WORKER);
}
stepDone('service worker');

/**
 * The order to upload in: a head names the versions of its parts, the list of months those of its pages,
 * and a page the files it loads, so each goes after what it names (a reader, or a CDN that keeps versioned
 * files for good, never meets a version that is not there yet); deletions last.
 */
const uploadRank = (path: string): number =>
  /\.html$|^sitemap\.xml$|^robots\.txt$/.test(path) ? 2 : /\/head\.json$|^data\/timeline\/months\.json$/.test(path) ? 1 : 0;
const uploads = written
  .map((path, index) => ({ path, index }))
  .sort((a, b) => uploadRank(a.path) - uploadRank(b.path) || a.index - b.index);
mkdirSync(cache, { recursive: true });
writeFileSync(
  join(cache, 'changed.txt'),
  [...uploads.map(({ path }) => `write ${path}`), ...deleted.map((path) => `delete ${path}`), ''].join('\n'),
);
writeFileSync(
  stateFile,
  JSON.stringify({
    codeKey,
    files,
    app,
    pages: Object.fromEntries(rendered.pages),
    cards: Object.fromEntries(rendered.cards),
  } satisfies State),
);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `build --incremental: ${written.length} files written, ${deleted.length} deleted, ${rendered.rendered} of ${rendered.pages.size} pages rendered, in ${seconds} s (${steps.join(', ')}); the list is in ${relative(root, join(cache, 'changed.txt'))}`,
);

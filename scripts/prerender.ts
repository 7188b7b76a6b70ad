// Writes every page as static HTML with its content, head and data, so the article is readable the
// moment the HTML arrives and link-preview bots (which run no JavaScript) see the real title and card.
// Runs after `vite build` (client, into dist/) and `vite build --ssr` (the renderer, into dist-ssr/).
import '../pipeline/prerender/production-mode.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderCard } from '../pipeline/cards/render-card.ts';
import { feedFiles } from '../pipeline/feeds/feeds.ts';
import { loadContent } from '../pipeline/content/load.ts';
import { exitOnInvalidContent } from '../pipeline/content/refuse.ts';
import { articleVersions } from '../pipeline/content/derive.ts';
import { splitTemplate } from '../pipeline/prerender/compose.ts';
import { fileWriter } from '../pipeline/prerender/file-writer.ts';
import { renderHead, renderJsonLd } from '../pipeline/prerender/head.ts';
import { listPages, outputFile } from '../pipeline/prerender/pages.ts';
import { defaultWorkerCount, startRenderPool } from '../pipeline/prerender/render-pool.ts';
import type { PageRequest } from '../pipeline/prerender/render-worker.ts';
import { renderRobots, renderSitemap, type SitemapEntry } from '../pipeline/prerender/sitemap.ts';
import { cardPath, type HeadInput } from '../src/app/page-head.ts';
import { definitionOf, PAGES, type HeadSources, type Page } from '../src/app/pages.ts';
import { DEFAULT_SITE_URL } from '../src/shared/config/site.ts';
import { LANGS, type Lang } from '../src/shared/languages.ts';
import { dataFiles } from '../src/content/data-files.ts';
import { formatDate } from '../src/shared/format/format-date.ts';
import { preloadAllMessages } from '../src/shared/i18n/load-messages.ts';
import { i18nFor } from '../src/shared/i18n/i18n.ts';

const root = process.cwd();
const dist = resolve(root, process.env.READER_OUT_DIR ?? 'dist');
const publicDir = resolve(root, process.env.READER_PUBLIC_DIR ?? 'public');
const siteUrl = (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/$/, '');
const started = performance.now();

// The app's code is fetched at low priority: the page is readable before any of it runs, and the first
// paint needs nothing but the HTML (the stylesheet and the settings script are in it).
const template = splitTemplate(
  readFileSync(join(dist, 'index.html'), 'utf8').replace(/<(link rel="modulepreload"|script type="module")/g, '<$1 fetchpriority="low"'),
);

await preloadAllMessages();
const content = loadContent(root, publicDir);
exitOnInvalidContent(content.errors);

const write = fileWriter(dist);

// A lazily loaded page's code is fetched with the page, not once the app has started: the app hydrates
// only when the page's code is there (decision 12).
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  { file: string; imports?: string[]; isDynamicEntry?: boolean }
>;
/** A module's file and every file it imports, by the manifest. */
const moduleFiles = (key: string): string[] => {
  const files = new Set<string>();
  const visit = (name: string) => {
    const entry = manifest[name];
    if (!entry || files.has(entry.file)) return;
    files.add(entry.file);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  visit(key);
  return [...files];
};
const pageCode = (kind: Page['kind']) =>
  (manifest[`src/app/routes/${kind}.tsx`]?.isDynamicEntry ? moduleFiles(`src/app/routes/${kind}.tsx`) : [])
    .filter((file) => !template.pieces.some((piece) => piece.includes(`/${file}"`)))
    .map((file) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="/${file}" />`);

// The page's own interface strings are a chunk the app waits for before hydrating: fetch it at once, with
// the chunks it imports (kk-Latn's are made from kk's). `locale-kk-` must not pick `locale-kk-Latn-`.
const assetFiles = readdirSync(join(dist, 'assets'));
const localeChunk = (lang: Lang) =>
  assetFiles.find(
    (name) =>
      name.startsWith(`locale-${lang}-`) &&
      name.endsWith('.js') &&
      !LANGS.some((other) => other.startsWith(`${lang}-`) && name.startsWith(`locale-${other}-`)),
  );
const localePreload = (lang: Lang) => {
  const chunk = localeChunk(lang);
  const key = chunk && Object.keys(manifest).find((name) => manifest[name]!.file === `assets/${chunk}`);
  const files = key ? moduleFiles(key) : chunk ? [`assets/${chunk}`] : [];
  return files
    .filter((file) => !template.pieces.some((piece) => piece.includes(`/${file}"`)))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}" />`)
    .join('\n    ');
};

/** The page's head tags, with the strings its language needs and, for a lazily loaded page, its code. */
const headTags = (head: HeadInput, kind: Page['kind']) =>
  [renderHead(head), localePreload(head.lang), ...pageCode(kind)].filter(Boolean).join('\n    ');

/** What the pages' heads are made of: the site's address and the content as the build loaded it. */
const headSources: HeadSources = {
  siteUrl,
  entities: content.entities,
  articleVersions: (id) => articleVersions(id, content.articles.get(id)!),
  article: (id, lang) => content.articles.get(id)!.find(({ article }) => article.lang === lang)!.article,
};

// Cards are cached by what they show, so a rebuild renders only new or changed headlines.
const cardCache = join(root, 'node_modules/.cache/reader-cards');
mkdirSync(cardCache, { recursive: true });
let cardsRendered = 0;
const writeCard = async (page: Extract<Page, { kind: 'article' }>, head: HeadInput) => {
  const input = {
    headline: head.title.slice(0, head.title.lastIndexOf(' — ')),
    date: formatDate(content.articles.get(page.id)![0]!.article.publishedAt, page.lang),
    siteName: i18nFor(page.lang).t('site.name'),
    lang: page.lang,
  };
  const cached = join(cardCache, `${createHash('sha256').update(JSON.stringify(input)).digest('hex')}.png`);
  if (!existsSync(cached)) {
    writeFileSync(cached, await renderCard(input));
    cardsRendered += 1;
  }
  await write(cardPath(page.id, page.lang).slice(1), readFileSync(cached));
};

// A page for every person the build indexed (a person in entities.json whom no article quotes or awards
// has no index, and their address answers 404 like any unknown one).
const people = Object.keys(content.entities.people).filter((id) => existsSync(join(dist, dataFiles.person.file(id))));
const pages = listPages(content.articles.keys(), people);
const sitemap: SitemapEntry[] = [];
// Workers render and write pages, a batch at a time; the main thread works out each page's head and
// sitemap entry and keeps two batches per worker waiting, so none of them idles.
const BATCH = 16;
const pool = startRenderPool(defaultWorkerCount(pages.length), { dist, renderer: join(root, 'dist-ssr/entry-server.js'), template });
const inFlight = new Set<Promise<void>>();
let failed: unknown;
let batch: PageRequest[] = [];
const send = async () => {
  const rendered: Promise<void> = pool
    .render(batch)
    .catch((error: unknown) => {
      failed ??= error;
    })
    .finally(() => inFlight.delete(rendered));
  inFlight.add(rendered);
  batch = [];
  if (inFlight.size >= pool.size * 2) await Promise.race(inFlight);
  if (failed) throw failed;
};
try {
  for (const page of pages) {
    const head = definitionOf(page).head(page, headSources);
    batch.push({ page, file: outputFile(page.path), lang: head.lang, head: headTags(head, page.kind), beforeState: renderJsonLd(head) });
    if (batch.length === BATCH) await send();
    // READER_CARDS=off skips card images (the scale benchmark builds 30,000 pages).
    if (page.kind === 'article' && process.env.READER_CARDS !== 'off') await writeCard(page, head);
    if (PAGES[page.kind].sitemap && head.path) {
      sitemap.push({
        path: head.path,
        alternates: head.alternates,
        ...(head.modifiedTime || head.publishedTime ? { lastModified: head.modifiedTime ?? head.publishedTime } : {}),
      });
    }
  }
  if (batch.length) await send();
  await Promise.all(inFlight);
  if (failed) throw failed;
} finally {
  await pool.close();
}
await write('sitemap.xml', renderSitemap(sitemap, siteUrl));
await write('robots.txt', renderRobots(siteUrl));
// The feeds every page links to, from the same content (pipeline/feeds/feeds.ts).
for (const [file, text] of feedFiles(content.articles, content.entities, siteUrl)) await write(file, text);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `prerender: ${pages.length} pages, ${cardsRendered} new card images, sitemap with ${sitemap.length} addresses, in ${seconds} s with ${pool.size} worker${pool.size === 1 ? '' : 's'} (${siteUrl})`,
);

// Writes every page as static HTML with its content, head and data, so the article is readable the
// moment the HTML arrives and link-preview bots (which run no JavaScript) see the real title and card.
// Runs after the client and the server renderer are built and the content's files are in `dist`.
//
// Incrementally (scripts/build.ts), each page is known by a key: the code's, the page's head, and the
// hash of every file its render read (as recorded the last time it was rendered). A page whose key is
// unchanged is not rendered again; a page is written only when its bytes change.
import './production-mode.ts';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCard } from '../cards/render-card.ts';
import { feedFiles } from '../feeds/feeds.ts';
import type { Content } from '../content/load.ts';
import { articleVersions } from '../content/derive.ts';
import { newestFirst, originalVersion } from '../content/indexes.ts';
import { splitTemplate } from './compose.ts';
import { fileWriter, hashBytes } from './file-writer.ts';
import { renderHead, renderJsonLd } from './head.ts';
import { listPages, outputFile } from './pages.ts';
import { defaultWorkerCount, startRenderPool } from './render-pool.ts';
import type { PageRequest } from './render-worker.ts';
import { renderRobots, sitemapFiles, type SitemapEntry } from './sitemap.ts';
import { stringsChunkLanguage } from '../locales/strings-chunk.ts';
import { cardPath, type HeadInput } from '../../src/app/page-head.ts';
import { definitionOf, PAGES, type HeadSources, type Page } from '../../src/app/pages.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { eventInstant, formatDate } from '../../src/shared/format/format-date.ts';
import { preloadAllMessages } from '../../src/shared/i18n/load-messages.ts';
import { i18nFor } from '../../src/shared/i18n/i18n.ts';

/** What the build remembers of a page: its key, the hash of its bytes and the files its render read. */
export interface PageRecord {
  key: string;
  hash: string;
  reads: string[];
}

export interface PrerenderOptions {
  root: string;
  dist: string;
  siteUrl: string;
  /** The server renderer built by `vite build --ssr`. */
  renderer: string;
  /** The client build's index.html. */
  template: string;
  content: Pick<Content, 'articles' | 'entities'>;
  /** Card images for link previews (READER_CARDS=off skips them: the scale benchmark builds 30,000 pages). */
  cards: boolean;
  /** The persons that have a page (the ones the build indexed). */
  people: string[];
  incremental?: {
    /** Changes with anything that renders pages: the code, the locales, the site's address. */
    codeKey: string;
    /** The pages as the last build left them, by output file. */
    pages: ReadonlyMap<string, PageRecord>;
    /** What each card the last build wrote shows (a hash of it), by path. */
    cards: ReadonlyMap<string, string>;
    /** The hash of every file the last build wrote. */
    previous: ReadonlyMap<string, string>;
    /** The hash of a file of the new output (under the site root), undefined when there is none. */
    hashOf: (path: string) => string | undefined;
  };
}

export interface PrerenderResult {
  /** Every page by output file. */
  pages: Map<string, PageRecord>;
  /** The hash of every file this step owns (pages, cards, sitemap, robots), by path under the site root. */
  files: Map<string, string>;
  /** What each card shows (a hash of it), by path. */
  cards: Map<string, string>;
  /** The files written (their bytes changed). */
  written: string[];
  rendered: number;
  cardsRendered: number;
}

const BATCH = 16;

export const prerenderSite = async (options: PrerenderOptions): Promise<PrerenderResult> => {
  const { root, dist, siteUrl, content, incremental } = options;
  // The app's code is fetched at low priority: the page is readable before any of it runs, and the first
  // paint needs nothing but the HTML (the stylesheet and the settings script are in it).
  const template = splitTemplate(options.template.replace(/<(link rel="modulepreload"|script type="module")/g, '<$1 fetchpriority="low"'));
  await preloadAllMessages();
  const write = fileWriter(dist);
  const files = new Map<string, string>();
  const written: string[] = [];
  /** Writes a file this step owns when its hash differs from the last build's. */
  const writeOwn = async (path: string, data: string | Uint8Array, hash = hashBytes(data)) => {
    files.set(path, hash);
    if (incremental?.previous.get(path) === hash) return;
    written.push(path);
    await write(path, data);
  };

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
  // the chunks it imports (kk-Latn's are made from kk's).
  // The chunks are this build's, by the manifest: an incremental build deletes the last one's only after the pages.
  const assetFiles = Object.values(manifest).flatMap(({ file }) => (file.startsWith('assets/') ? [file.slice('assets/'.length)] : []));
  const localeChunk = (lang: Lang) => assetFiles.find((name) => stringsChunkLanguage(name) === lang);
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
  const cards = new Map<string, string>();
  const writeCard = async (page: Extract<Page, { kind: 'article' }>, head: HeadInput) => {
    const input = {
      headline: head.title.slice(0, head.title.lastIndexOf(' — ')),
      date: formatDate(content.articles.get(page.id)![0]!.article.publishedAt, page.lang),
      siteName: i18nFor(page.lang).t('site.name'),
      lang: page.lang,
    };
    const key = createHash('sha256').update(JSON.stringify(input)).digest('hex');
    const path = cardPath(page.id, page.lang).slice(1);
    cards.set(path, key);
    const previous = incremental?.previous.get(path);
    if (previous !== undefined && incremental?.cards.get(path) === key) {
      files.set(path, previous);
      return;
    }
    const cached = join(cardCache, `${key}.png`);
    if (!existsSync(cached)) {
      writeFileSync(cached, await renderCard(input));
      cardsRendered += 1;
    }
    await writeOwn(path, readFileSync(cached));
  };

  /** A page's key: the code, what the page is, and the hash of each file its render read. */
  const pageKey = (request: Omit<PageRequest, 'previous'>, reads: readonly string[]) => {
    const hash = createHash('sha256')
      .update(incremental?.codeKey ?? '')
      .update(JSON.stringify(request));
    for (const path of reads) hash.update(`\n${path}\0${incremental?.hashOf(path) ?? '-'}`);
    return hash.digest('base64url').slice(0, 22);
  };

  const pageList = listPages(content.articles.keys(), options.people);
  const pages = new Map<string, PageRecord>();
  const requests = new Map<string, Omit<PageRequest, 'previous'>>();
  const sitemap: SitemapEntry[] = [];
  const articleSitemap = new Map<string, SitemapEntry[]>();
  const toRender: PageRequest[] = [];
  for (const page of pageList) {
    const head = definitionOf(page).head(page, headSources);
    const request = {
      page,
      file: outputFile(page.path),
      lang: head.lang,
      head: headTags(head, page.kind),
      beforeState: renderJsonLd(head),
    };
    requests.set(request.file, request);
    const last = incremental?.pages.get(request.file);
    if (last && incremental?.previous.get(request.file) === last.hash && pageKey(request, last.reads) === last.key) {
      pages.set(request.file, last);
      files.set(request.file, last.hash);
    } else {
      const previous = incremental?.previous.get(request.file);
      toRender.push(previous === undefined ? request : { ...request, previous });
    }
    if (page.kind === 'article' && options.cards) await writeCard(page, head);
    if (PAGES[page.kind].sitemap && head.path) {
      const entries = page.kind === 'article' ? (articleSitemap.get(page.id) ?? articleSitemap.set(page.id, []).get(page.id)!) : sitemap;
      entries.push({
        path: head.path,
        alternates: head.alternates,
        ...(head.modifiedTime || head.publishedTime ? { lastModified: head.modifiedTime ?? head.publishedTime } : {}),
      });
    }
  }

  // Workers render and write pages, a batch at a time, two batches per worker waiting, so none of them idles.
  if (toRender.length) {
    const pool = startRenderPool(defaultWorkerCount(toRender.length), {
      dist,
      renderer: options.renderer,
      template,
      recordReads: incremental !== undefined,
    });
    const inFlight = new Set<Promise<void>>();
    let failed: unknown;
    const send = async (batch: PageRequest[]) => {
      const rendered: Promise<void> = pool
        .render(batch)
        .then((done) => {
          for (const { file, hash, reads, written: changed } of done) {
            pages.set(file, { key: pageKey(requests.get(file)!, reads), hash, reads });
            files.set(file, hash);
            if (changed) written.push(file);
          }
        })
        .catch((error: unknown) => {
          failed ??= error;
        })
        .finally(() => inFlight.delete(rendered));
      inFlight.add(rendered);
      if (inFlight.size >= pool.size * 2) await Promise.race(inFlight);
      if (failed) throw failed;
    };
    try {
      for (let first = 0; first < toRender.length; first += BATCH) await send(toRender.slice(first, first + BATCH));
      await Promise.all(inFlight);
      if (failed) throw failed;
    } finally {
      await pool.close();
    }
  }
  // The articles' part of the sitemap from the oldest, so that a new one changes only the last part.
  const oldestFirst = [...articleSitemap.keys()]
    .map((id) => ({ id, instant: eventInstant(originalVersion(content.articles.get(id)!).publishedAt) }))
    .sort((a, b) => newestFirst(b, a));
  const sitemapParts = sitemapFiles(
    sitemap,
    oldestFirst.map(({ id }) => articleSitemap.get(id)!),
    siteUrl,
  );
  for (const [file, xml] of sitemapParts) await writeOwn(file, xml);
  await writeOwn('robots.txt', renderRobots(siteUrl));
  // The feeds every page links to, from the same content (pipeline/feeds/feeds.ts).
  for (const [file, text] of feedFiles(content.articles, content.entities, siteUrl)) await writeOwn(file, text);
  return { pages, files, cards, written, rendered: toRender.length, cardsRendered };
};

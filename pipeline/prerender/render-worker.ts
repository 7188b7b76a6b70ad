// One prerender worker (pipeline/prerender/render-pool.ts starts them): renders the pages it is sent with the
// server renderer, puts them into the template and writes them. Pages are independent, so they render
// on every core, and only the small head and a done travel between threads.
import './production-mode.ts';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { RenderedPage } from '../../src/app/entry-server.tsx';
import type { Page } from '../../src/app/pages.ts';
import { composePage, type Template } from './compose.ts';
import { fileWriter, hashBytes } from './file-writer.ts';
import { siteFetch } from './site-fetch.ts';

export interface RenderWorkerData {
  /** The output folder: the pages' queries read its data files, and the pages are written there. */
  dist: string;
  /** The server renderer built by `vite build --ssr`. */
  renderer: string;
  template: Template;
  /** Fetch every page's data for it alone, so that its reads are all it depends on (incremental builds). */
  recordReads?: boolean;
}

export interface RenderRequest {
  id: number;
  pages: PageRequest[];
}

export interface PageRequest {
  page: Page;
  /** Where the page goes, under `dist`. */
  file: string;
  lang: string;
  /** The page's head tags. */
  head: string;
  /** What goes before the page's data at the end of the body (its structured data). */
  beforeState: string;
  /** The hash of the file there now (`hashBytes`), if known: the page is written only when its bytes differ. */
  previous?: string;
}

/** A rendered page: the hash of its bytes, and the files (under the site root) its data came from. */
export interface RenderedFile {
  file: string;
  hash: string;
  reads: string[];
  written: boolean;
}

export type RenderReply = { id: number; ok: true; pages: RenderedFile[] } | { id: number; ok: false; error: string };

const { dist, renderer, template, recordReads = false } = workerData as RenderWorkerData;
// Pages render one after another, so the files read belong to the page being rendered.
let reads = new Set<string>();
globalThis.fetch = siteFetch(dist, (path) => reads.add(path));
const { renderPage } = (await import(pathToFileURL(renderer).href)) as {
  renderPage: (page: Page, options: { share: boolean }) => Promise<RenderedPage>;
};
const write = fileWriter(dist);

/** Renders the pages one after another; each is written (when its bytes changed) while the next renders. */
const renderAndWrite = async (pages: PageRequest[]): Promise<RenderedFile[]> => {
  const written: Promise<void>[] = [];
  const rendered: RenderedFile[] = [];
  for (const { page, file, lang, head, beforeState, previous } of pages) {
    reads = new Set();
    const { html, stateScript } = await renderPage(page, { share: !recordReads }).catch((error: unknown) => {
      throw new Error(`${page.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    });
    // A page that is not complete markup would need inline scripts, which the script policy forbids.
    if (html.includes('<script') || html.includes('<!--$?-->')) throw new Error(`${page.path}: the render left work for inline scripts`);
    const bytes = composePage(template, { lang, head, app: html, state: `${beforeState}${stateScript}` });
    const hash = hashBytes(bytes);
    rendered.push({ file, hash, reads: [...reads].sort(), written: hash !== previous });
    if (hash === previous) continue;
    const done = write(file, bytes);
    done.catch(() => undefined);
    written.push(done);
  }
  // Done means written: the main thread ends the build when every page is done.
  await Promise.all(written);
  return rendered;
};

const port = parentPort!;
// Batches are rendered one after another, as they came: a page's reads are those made while it renders.
let queue: Promise<unknown> = Promise.resolve();
port.on('message', (request: RenderRequest) => {
  queue = queue
    .then(() => renderAndWrite(request.pages))
    .then(
      (pages) => port.postMessage({ id: request.id, ok: true, pages } satisfies RenderReply),
      (error: unknown) =>
        port.postMessage({
          id: request.id,
          ok: false,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies RenderReply),
    );
});

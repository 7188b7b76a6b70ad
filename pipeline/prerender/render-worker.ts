// One prerender worker (pipeline/prerender/render-pool.ts starts them): renders the pages it is sent with the
// server renderer, puts them into the template and writes them. Pages are independent, so they render
// on every core, and only the small head and a done travel between threads.
import './production-mode.ts';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { RenderedPage } from '../../src/app/entry-server.tsx';
import type { Page } from '../../src/app/pages.ts';
import { composePage, type Template } from './compose.ts';
import { fileWriter } from './file-writer.ts';
import { siteFetch } from './site-fetch.ts';

export interface RenderWorkerData {
  /** The output folder: the pages' queries read its data files, and the pages are written there. */
  dist: string;
  /** The server renderer built by `vite build --ssr`. */
  renderer: string;
  template: Template;
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
}

export type RenderReply = { id: number; ok: true } | { id: number; ok: false; error: string };

const { dist, renderer, template } = workerData as RenderWorkerData;
globalThis.fetch = siteFetch(dist);
const { renderPage } = (await import(pathToFileURL(renderer).href)) as { renderPage: (page: Page) => Promise<RenderedPage> };
const write = fileWriter(dist);

/** Renders the pages one after another; each is written while the next renders. */
const renderAndWrite = async (pages: PageRequest[]): Promise<void> => {
  const written: Promise<void>[] = [];
  for (const { page, file, lang, head, beforeState } of pages) {
    const { html, stateScript } = await renderPage(page).catch((error: unknown) => {
      throw new Error(`${page.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    });
    // A page that is not complete markup would need inline scripts, which the script policy forbids.
    if (html.includes('<script') || html.includes('<!--$?-->')) throw new Error(`${page.path}: the render left work for inline scripts`);
    const done = write(file, composePage(template, { lang, head, app: html, state: `${beforeState}${stateScript}` }));
    done.catch(() => undefined);
    written.push(done);
  }
  // Done means written: the main thread ends the build when every page is done.
  await Promise.all(written);
};

const port = parentPort!;
port.on('message', (request: RenderRequest) => {
  renderAndWrite(request.pages).then(
    () => port.postMessage({ id: request.id, ok: true } satisfies RenderReply),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies RenderReply),
  );
});

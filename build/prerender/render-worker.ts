// One prerender worker (build/prerender/render-pool.ts starts them): renders the pages it is sent with the
// server renderer and sends back their markup. Pages are independent, so they render on every core.
import './production-mode.ts';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { RenderedPage } from '../../src/app/entry-server.tsx';
import type { Page } from './pages.ts';
import { siteFetch } from './site-fetch.ts';

export interface RenderWorkerData {
  /** The output folder, whose data files the pages' queries read. */
  dist: string;
  /** The server renderer built by `vite build --ssr`. */
  renderer: string;
}
export interface RenderRequest {
  id: number;
  page: Page;
}
export type RenderReply = { id: number; ok: true; rendered: RenderedPage } | { id: number; ok: false; error: string };

const { dist, renderer } = workerData as RenderWorkerData;
globalThis.fetch = siteFetch(dist);
const { renderPage } = (await import(pathToFileURL(renderer).href)) as { renderPage: (page: Page) => Promise<RenderedPage> };

const port = parentPort!;
port.on('message', ({ id, page }: RenderRequest) => {
  renderPage(page).then(
    (rendered) => port.postMessage({ id, ok: true, rendered } satisfies RenderReply),
    (error: unknown) =>
      port.postMessage({
        id,
        ok: false,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies RenderReply),
  );
});

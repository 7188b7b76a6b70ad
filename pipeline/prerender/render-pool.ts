// Worker threads that render and write pages in parallel (pipeline/prerender/render-worker.ts).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageRequest, RenderedFile, RenderReply, RenderRequest, RenderWorkerData } from './render-worker.ts';

/** Fewer pages than this per worker do not pay for starting one (it loads React and the routes). */
export const PAGES_PER_WORKER = 200;

/**
 * How many workers render `pages` pages: one per core, fewer for small sites, or `requested`
 * (READER_PRERENDER_WORKERS) when that is a whole number of at least 1.
 */
export const workerCount = (pages: number, cores: number, requested?: string): number => {
  if (requested !== undefined && requested !== '') {
    const n = Number(requested);
    if (!Number.isInteger(n) || n < 1) throw new Error(`READER_PRERENDER_WORKERS must be a whole number of at least 1, not "${requested}"`);
    return n;
  }
  return Math.max(1, Math.min(cores, Math.ceil(pages / PAGES_PER_WORKER)));
};

export interface RenderPool {
  readonly size: number;
  /** Resolves when every page of the batch is written; pages go in batches so that few messages cross threads. */
  render(pages: PageRequest[]): Promise<RenderedFile[]>;
  close(): Promise<void>;
}

interface Pending {
  resolve: (pages: RenderedFile[]) => void;
  reject: (error: Error) => void;
}

export const startRenderPool = (size: number, data: RenderWorkerData): RenderPool => {
  let nextId = 0;
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: data });
    const pending = new Map<number, Pending>();
    const failAll = (error: Error) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
    };
    worker.on('message', (reply: RenderReply) => {
      const task = pending.get(reply.id);
      if (!task) return;
      pending.delete(reply.id);
      if (reply.ok) task.resolve(reply.pages);
      else task.reject(new Error(reply.error));
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`a prerender worker stopped (exit code ${code})`)));
    return { worker, pending };
  });
  return {
    size,
    render: (pages) =>
      new Promise((resolve, reject) => {
        // The least busy worker; batches cost about the same, so this keeps them all working.
        const target = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
        const id = nextId++;
        target.pending.set(id, { resolve, reject });
        target.worker.postMessage({ id, pages } satisfies RenderRequest);
      }),
    close: async () => {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
};

export const defaultWorkerCount = (pages: number): number =>
  workerCount(pages, availableParallelism(), process.env.READER_PRERENDER_WORKERS);

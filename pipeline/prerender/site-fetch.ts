// At build time the site is the output folder: the query functions' requests read its files.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A `fetch` that answers site paths from `dist` (200 with the file, else 404), as the server would;
 * `read` hears every path asked for (under the site root, without the slash), found or not: what a page
 * depends on.
 */
export const siteFetch =
  (dist: string, read?: (path: string) => void): typeof fetch =>
  async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://prerender.invalid');
    const path = decodeURIComponent(url.pathname);
    read?.(path.replace(/^\//, ''));
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file)) return new Response('Not found', { status: 404 });
    return new Response(readFileSync(file), { status: 200, headers: { 'content-type': 'application/json' } });
  };

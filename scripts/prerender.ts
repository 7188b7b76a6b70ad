// Writes every page as static HTML (pipeline/prerender/prerender-site.ts) after `vite build` (client, into
// dist/) and `vite build --ssr` (the renderer, into dist-ssr/).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent } from '../pipeline/content/load.ts';
import { exitOnInvalidContent } from '../pipeline/content/refuse.ts';
import { prerenderSite } from '../pipeline/prerender/prerender-site.ts';
import { DEFAULT_SITE_URL } from '../src/shared/config/site.ts';
import { dataFiles } from '../src/content/data-files.ts';

const root = process.cwd();
const dist = resolve(root, process.env.READER_OUT_DIR ?? 'dist');
const publicDir = resolve(root, process.env.READER_PUBLIC_DIR ?? 'public');
const siteUrl = (process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/$/, '');
const started = performance.now();

const content = loadContent(root, publicDir);
exitOnInvalidContent(content.errors);
// A page for every person the build indexed (a person in entities.json whom no article quotes or awards
// has no index, and their address answers 404 like any unknown one).
const people = Object.keys(content.entities.people).filter((id) => existsSync(join(dist, dataFiles.person.file(id))));
const result = await prerenderSite({
  root,
  dist,
  siteUrl,
  renderer: join(root, 'dist-ssr/entry-server.js'),
  template: readFileSync(join(dist, 'index.html'), 'utf8'),
  content,
  cards: process.env.READER_CARDS !== 'off',
  people,
});

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`prerender: ${result.pages.size} pages, ${result.cardsRendered} new card images, in ${seconds} s (${siteUrl})`);

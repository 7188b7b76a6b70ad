// Search latency over a content folder, for `npm run bench --scale`: loads the content as the build does,
// derives every data file (the search index among them) and times the browser's work for a set of queries
// with measureSearch. Runs under tsx (it imports the build's TypeScript); prints one line of JSON.
//   npx tsx scripts/bench/search-latency.ts --public .bench/corpus-1000/public [--runs 400]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deriveFiles } from '../../pipeline/content/derive.ts';
import { loadContent } from '../../pipeline/content/load.ts';
import { measureSearch, type SearchMeasurement } from '../../pipeline/search/measure.ts';

/**
 * What readers type, in the three languages: rare words (one article), words in every generated article
 * ("fictional", "сынақ", "статья"), two-letter starts that match thousands of words, and several words at
 * once. The common ones are the slow ones, and they decide the p95.
 */
export const QUERIES = [
  'жайлау',
  'степ',
  'pipeline',
  'the',
  'library',
  'fictional test article',
  'water council',
  'assembly',
  'сынақ',
  'мақаласы',
  'кітапхана',
  'қоңыратов',
  'статья',
  'вымышленная тестовая',
  'совет',
  'ассамблея',
  'co',
  'ко',
  'са',
  'nurlan terekbayev',
];

/** The line this prints. */
export type SearchLatency = SearchMeasurement & {
  articles: number;
  versions: number;
  loadMs: number;
  deriveMs: number;
  queries: string[];
  slowest: { query: string; p50: number };
};

const { values: options } = parseArgs({ options: { public: { type: 'string' }, runs: { type: 'string', default: '400' } } });
if (!options.public) throw new Error('--public needs the content folder, e.g. .bench/corpus-1000/public');
const publicDir = resolve(options.public);

let started = performance.now();
const content = loadContent(process.cwd(), publicDir);
if (content.errors.length)
  throw new Error(`${publicDir}: ${content.errors.length} content errors (first: ${JSON.stringify(content.errors[0])})`);
const loadMs = performance.now() - started;
started = performance.now();
const files = deriveFiles(content.articles, content.entities);
const deriveMs = performance.now() - started;
const measured = measureSearch(files, QUERIES, { runs: Number(options.runs) });
// Each query on its own too, to name the one that decides the p95.
const slowest = QUERIES.map((query) => ({ query, p50: measureSearch(files, [query], { runs: 15 }).p50 }))
  .filter(({ p50 }) => Number.isFinite(p50))
  .reduce((a, b) => (b.p50 > a.p50 ? b : a));

console.log(
  JSON.stringify({
    articles: content.articles.size,
    versions: [...content.articles.values()].reduce((sum, versions) => sum + versions.length, 0),
    loadMs,
    deriveMs,
    queries: QUERIES,
    slowest,
    ...measured,
  }),
);

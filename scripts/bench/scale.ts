// `npm run bench -- --scale`: the site at 10, 1,000 and 10,000 articles (docs/product.md, "Quality bar":
// with 10,000 articles the home page and the article page weigh and load the same as with 10, and search
// answers in under 30 ms). For each count: a synthetic corpus with the site's own content in it
// (scripts/generate-corpus.ts), a production build of it, what the home page and the seed article weigh
// on a cold load (en and kk), and search latency over the derived files (scripts/bench/search-latency.ts).
// Slow: 10,000 articles are ~30,000 pages to prerender (about 90 s of build on a quiet 2-core machine, 7.5
// min when others kept it busy), so it is opt-in; --scale-counts picks other counts. The builds skip card
// images (READER_CARDS=off): satori and resvg draw ~3 per article at ~40 ms each, which would be most of
// the time, and no page's weight depends on them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { coldLoad, TYPES, type ColdLoad } from './cold-load.ts';
import type { Report } from './report.ts';
import type { SearchLatency } from './search-latency.ts';
import { startServer } from './servers.ts';

export const COUNTS = [10, 1000, 10_000];
const WORK = '.bench';
/** Home and article page bytes at the largest count built, against those at the smallest. */
const PAGE_GROWTH_PERCENT = 2;
const SEARCH_P95_MS = 30;
const SEARCH_BUDGET_AT = 10_000;

const count = (n: number) => n.toLocaleString('en');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A built file's name without Vite's content hash (`index-BIQrkR-L.js` → `index.js`), to compare builds. */
export const unhashed = (path: string) => path.replace(/-[A-Za-z0-9_-]{8}(\.[a-z0-9]+)$/, '$1');

/** Runs a command to the end, its output kept and shown only when it fails. */
const run = (command: string, args: string[], env: Record<string, string> = {}) => {
  const started = performance.now();
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output}`);
  }
  return { seconds: (performance.now() - started) / 1000, output: `${result.stdout}\n${result.stderr}` };
};

/** Files, HTML pages and bytes under a folder. */
const folderSize = (folder: string) => {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        files += 1;
        if (entry.name.endsWith('.html')) pages += 1;
        bytes += statSync(path).size;
      }
    }
  };
  walk(folder);
  return { files, pages, bytes };
};

const withServer = async <T>(dist: string, use: (base: string) => Promise<T>): Promise<T> => {
  const served = await startServer({ dist, pages: join(WORK, 'pages'), aliases: {} });
  try {
    return await use(served.base);
  } finally {
    await served.close();
  }
};

/** The pages weighed at each count: the home page and the seed article, in English and Kazakh. */
const pagesFor = (slug: string) => [
  { name: 'en home page', path: '/en/' },
  { name: 'kk home page', path: '/kk/' },
  { name: 'en article page', path: `/en/articles/${slug}` },
  { name: 'kk article page', path: `/kk/articles/${slug}` },
];

/**
 * Measures every count and prints its lines; `report` is the bench's (check, machine). Corpora and builds
 * go to .bench/ and are removed as soon as measured unless `keep`.
 */
export const runScale = async ({
  browser,
  slug,
  report,
  keep = false,
  counts = COUNTS,
}: {
  browser: Browser;
  slug: string;
  report: Report;
  keep?: boolean;
  counts?: number[];
}): Promise<void> => {
  const { check } = report;
  const largest = Math.max(...counts);
  const pages = pagesFor(slug);
  const weights = new Map<string, ColdLoad>();
  for (const n of counts) {
    const label = `scale ${count(n)} articles`;
    const corpus = join(WORK, `corpus-${n}`, 'public');
    const dist = join(WORK, `dist-${n}`);
    try {
      run('npx', ['tsx', 'scripts/generate-corpus.ts', '--count', String(n), '--out', corpus, '--with-seed-content']);

      const { seconds, output: built } = run('npm', ['run', '--silent', 'build'], {
        READER_PUBLIC_DIR: corpus,
        READER_OUT_DIR: dist,
        READER_CARDS: 'off',
      });
      const size = folderSize(dist);
      const prerendered = /prerender: (\d+) pages/.exec(built);
      check(`${label}: build`, seconds, 's', undefined, {
        note: `, ${size.pages} pages written, dist ${mb(size.bytes)} MB in ${size.files} files${prerendered ? ` (prerender: ${prerendered[1]} pages)` : ''}`,
      });
      await withServer(dist, async (base) => {
        for (const page of pages) {
          const weight = await coldLoad(browser, `${base}${page.path}`, { throttle: false });
          weights.set(`${n} ${page.name}`, weight);
          const types = TYPES.filter((type) => weight.bytes[type] > 0)
            .map((type) => `${type} ${kb(weight.bytes[type])}`)
            .join(', ');
          check(`${label}: ${page.name} cold load`, weight.bytes.total / 1024, 'KB as served', undefined, {
            note: ` (${types}; ${weight.files.length} requests)`,
          });
        }
      });

      const { output } = run('npx', ['tsx', 'scripts/bench/search-latency.ts', '--public', corpus]);
      const search = JSON.parse(
        output
          .trim()
          .split('\n')
          .find((line) => line.startsWith('{')) ?? 'null',
      ) as SearchLatency;
      check(`${label}: search p95`, search.p95, 'ms', n === SEARCH_BUDGET_AT ? SEARCH_P95_MS : undefined, {
        note: ` (p50 ${search.p50.toFixed(1)} ms, query step p50 ${search.query.p50.toFixed(2)} ms, p95 ${search.query.p95.toFixed(2)} ms, max ${search.query.max.toFixed(1)} ms, first search ${search.first.toFixed(0)} ms; slowest query "${search.slowest.query}" p50 ${search.slowest.p50.toFixed(1)} ms; ${search.queries.length} queries × ${search.runs} runs over ${count(search.versions)} language versions; one query loads shards p95 ${kb(search.shardBytes.perQuery.p95)} KB, max ${kb(search.shardBytes.perQuery.max)} KB, and document chunks p95 ${kb(search.docBytes.perQuery.p95)} KB in ${search.docBytes.chunksPerQuery.p95} files; ${count(search.shardBytes.count)} shards of p50 ${kb(search.shardBytes.sizes.p50)} KB, p95 ${kb(search.shardBytes.sizes.p95)} KB, max ${kb(search.shardBytes.sizes.max)} KB; index ${mb(search.shardBytes.totalGzip)} MB gzip)`,
      });
    } finally {
      if (!keep) {
        rmSync(join(WORK, `corpus-${n}`), { recursive: true, force: true });
        rmSync(dist, { recursive: true, force: true });
      }
    }
  }
  if (!keep && existsSync(WORK) && readdirSync(WORK).length === 0) rmSync(WORK, { recursive: true });

  // Page weights at the largest count against the smallest, and the files that make a difference.
  const smallest = Math.min(...counts);
  if (counts.length < 2) return;
  // The app's code does not depend on the content: different script or stylesheet files mean the source
  // changed between the builds (an edit during the run), and the weights compare more than the content.
  const weightOf = (n: number, name: string) => weights.get(`${n} ${name}`)!;
  const code = (n: number) =>
    new Set(
      pages.flatMap((page) =>
        weightOf(n, page.name)
          .files.filter((file) => file.type === 'script' || file.type === 'stylesheet')
          .map((file) => file.path),
      ),
    );
  const [smallCode, largeCode] = [code(smallest), code(largest)];
  if (smallCode.size !== largeCode.size || [...smallCode].some((path) => !largeCode.has(path)))
    console.log(
      `scale: warning: the builds of ${count(smallest)} and ${count(largest)} articles have different JavaScript or CSS files: the source changed during the run, so page weights below compare code changes too (run again on an unchanging work tree)`,
    );
  for (const page of pages) {
    const small = weightOf(smallest, page.name);
    const large = weightOf(largest, page.name);
    const growth = ((large.bytes.total - small.bytes.total) / small.bytes.total) * 100;
    const byType = TYPES.filter((type) => large.bytes[type] !== small.bytes[type])
      .map((type) => `${type} ${large.bytes[type] > small.bytes[type] ? '+' : ''}${large.bytes[type] - small.bytes[type]}`)
      .join(', ');
    check(`scale: ${page.name} bytes at ${count(largest)} articles vs ${count(smallest)}`, growth, '%', PAGE_GROWTH_PERCENT, {
      digits: 2,
      note: ` (${large.bytes.total} B vs ${small.bytes.total} B${byType ? `; by type, B: ${byType}` : ''}${largest < SEARCH_BUDGET_AT ? `; ${count(SEARCH_BUDGET_AT)} not measured` : ''})`,
    });
    const before = new Map(small.files.map((file) => [unhashed(file.path), file]));
    const after = new Map(large.files.map((file) => [unhashed(file.path), file]));
    const changed = [...new Set([...before.keys(), ...after.keys()])]
      .map((path) => ({
        path,
        type: (after.get(path) ?? before.get(path))!.type,
        from: before.get(path)?.bytes ?? 0,
        to: after.get(path)?.bytes ?? 0,
      }))
      .filter(({ from, to }) => Math.abs(to - from) >= 32)
      .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
    for (const { path, type, from, to } of changed.slice(0, 8))
      console.log(`  ${to > from ? 'grows' : 'shrinks'}: ${path} (${type}) ${from} → ${to} B${from ? '' : ' (new)'}${to ? '' : ' (gone)'}`);
  }
};

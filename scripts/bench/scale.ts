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
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** GNU time, where there is one, reports a command's peak memory (the largest resident size of its processes). */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command to the end, its output kept and shown only when it fails; with its peak memory (MB) where measurable. */
const run = (command: string, args: string[], env: Record<string, string> = {}) => {
  const started = performance.now();
  const [file, argv] = TIME ? [TIME, ['-f', 'peak-rss-kb %M', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output}`);
  }
  const peak = /peak-rss-kb (\d+)/.exec(result.stderr)?.[1];
  return {
    seconds: (performance.now() - started) / 1000,
    output: `${result.stdout}\n${result.stderr}`,
    peakMb: peak === undefined ? undefined : Number(peak) / 1024,
  };
};
const peak = (peakMb: number | undefined) =>
  peakMb === undefined ? 'peak memory not measured (no /usr/bin/time)' : `peak memory ${peakMb.toFixed(0)} MB`;

/** Incremental builds are measured from this many articles on (smaller sites build fully in seconds). */
const INCREMENTAL_FROM = 1000;
/** The count the figures are projected to, from the two largest measured. */
const PROJECT_TO = 100_000;

interface BuildFigure {
  seconds: number;
  files: number;
  peakMb: number | undefined;
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const writeJson = (path: string, json: unknown) => writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);

/**
 * After a full build of `dist`: an incremental build with no cache yet (it hashes dist/ and renders every
 * page once, recording what each read), then the three edits a newsroom makes all day, each followed by
 * an incremental build: a new article (the newest), a correction to an old one, a person renamed. Each
 * line gives the time, the files written and the peak memory. Returns the figures by step.
 */
const measureIncremental = ({ corpus, dist, check, label }: { corpus: string; dist: string; check: Report['check']; label: string }) => {
  const figures: Record<string, BuildFigure> = {};
  const step = (name: string, edit?: () => string) => {
    const what = edit?.();
    const { seconds, output, peakMb } = run('npm', ['run', '--silent', 'build', '--', '--incremental'], {
      READER_PUBLIC_DIR: corpus,
      READER_OUT_DIR: dist,
      READER_CARDS: 'off',
    });
    const summary = /build --incremental: (\d+) files written, (\d+) deleted, (\d+) of (\d+) pages rendered, in [\d.]+ s \(([^)]*)\)/.exec(
      output,
    );
    const [written, deleted, rendered, pages] = summary ? summary.slice(1, 5).map(Number) : [NaN, NaN, NaN, NaN];
    figures[name] = { seconds, files: written! + deleted!, peakMb };
    check(`${label}: incremental build, ${name}`, seconds, 's', undefined, {
      note: ` (${written} files written, ${deleted} deleted, ${rendered} of ${pages} pages rendered; ${peak(peakMb)}${what ? `; ${what}` : ''}${summary ? `; steps: ${summary[5]}` : ''})`,
    });
  };
  const articles = join(corpus, 'articles');
  const ids = readdirSync(articles).sort();
  const versionsOf = (id: string) => readdirSync(join(articles, id)).filter((name) => /^[a-z]{2}\.json$/.test(name));
  const dates = ids.flatMap((id) => versionsOf(id).map((name) => String(readJson(join(articles, id, name)).publishedAt)));
  step('first, no cache');
  step('after adding one article', () => {
    // A copy of an article as the newest one: the day after the newest in the corpus.
    const newest = dates.reduce((a, b) => (a > b ? a : b)).slice(0, 10);
    const day = new Date(Date.parse(`${newest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const id = `bench-${day}-new`;
    cpSync(join(articles, ids[0]!), join(articles, id), { recursive: true });
    for (const name of versionsOf(id)) {
      const file = join(articles, id, name);
      writeJson(file, { ...readJson(file), id, publishedAt: day });
    }
    return `${id}, published ${day}`;
  });
  step('after correcting one article', () => {
    const id = ids[Math.floor(ids.length / 2)]!;
    const name = versionsOf(id)[0]!;
    const file = join(articles, id, name);
    const article = readJson(file);
    writeJson(file, { ...article, headline: `${String(article.headline)} (corrected)` });
    return `the headline of ${id}/${name}`;
  });
  step('after renaming a person', () => {
    const file = join(corpus, 'entities.json');
    const entities = readJson(file) as { people: Record<string, { name: Record<string, string> }> };
    const id = Object.keys(entities.people).find((person) => person.startsWith('fixture-person-')) ?? Object.keys(entities.people)[0]!;
    const person = entities.people[id]!;
    writeJson(file, {
      ...entities,
      people: { ...entities.people, [id]: { ...person, name: { ...person.name, en: `${person.name.en} Jr` } } },
    });
    return `${id}'s English name`;
  });
  return figures;
};

/**
 * The figures at PROJECT_TO articles, by a straight line through the two largest counts measured (time,
 * files and memory grow about linearly with the archive: every step reads and hashes the whole content).
 */
const projectIncremental = (figures: Map<number, Record<string, BuildFigure>>) => {
  const counts = [...figures.keys()].sort((a, b) => a - b).slice(-2);
  if (counts.length < 2) {
    console.log(
      `scale: incremental figures at ${count(PROJECT_TO)} articles not projected: that needs two counts of ${count(INCREMENTAL_FROM)} or more (--scale-counts 10000,30000)`,
    );
    return;
  }
  const [small, large] = counts.map((n) => figures.get(n)!);
  const line = (at: number | undefined, before: number | undefined) =>
    at === undefined || before === undefined ? undefined : at + ((at - before) / (counts[1]! - counts[0]!)) * (PROJECT_TO - counts[1]!);
  for (const name of Object.keys(large!)) {
    const [seconds, files, peakMb] = (['seconds', 'files', 'peakMb'] as const).map((key) => line(large![name]?.[key], small![name]?.[key]));
    console.log(
      `scale: projected at ${count(PROJECT_TO)} articles (a straight line through ${count(counts[0]!)} and ${count(counts[1]!)}): ${name === 'full' ? 'full build' : `incremental build, ${name}`} ${seconds?.toFixed(1)} s, ${Math.round(files ?? NaN)} files, ${peakMb === undefined ? 'memory not measured' : `peak memory ${peakMb.toFixed(0)} MB`}`,
    );
  }
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
  const incremental = new Map<number, Record<string, BuildFigure>>();
  const pages = pagesFor(slug);
  const weights = new Map<string, ColdLoad>();
  for (const n of counts) {
    const label = `scale ${count(n)} articles`;
    const corpus = join(WORK, `corpus-${n}`, 'public');
    const dist = join(WORK, `dist-${n}`);
    try {
      run('npx', ['tsx', 'scripts/generate-corpus.ts', '--count', String(n), '--out', corpus, '--with-seed-content']);

      const {
        seconds,
        output: built,
        peakMb,
      } = run('npm', ['run', '--silent', 'build'], {
        READER_PUBLIC_DIR: corpus,
        READER_OUT_DIR: dist,
        READER_CARDS: 'off',
      });
      const size = folderSize(dist);
      const prerendered = /prerender: (\d+) pages/.exec(built);
      check(`${label}: build`, seconds, 's', undefined, {
        note: `, ${peak(peakMb)}, ${size.pages} pages written, dist ${mb(size.bytes)} MB in ${size.files} files${prerendered ? ` (prerender: ${prerendered[1]} pages)` : ''}`,
      });
      if (n >= INCREMENTAL_FROM)
        incremental.set(n, { full: { seconds, files: size.files, peakMb }, ...measureIncremental({ corpus, dist, check, label }) });
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
        note: ` (p50 ${search.p50.toFixed(1)} ms, query step p50 ${search.query.p50.toFixed(2)} ms, p95 ${search.query.p95.toFixed(2)} ms, max ${search.query.max.toFixed(1)} ms, first search ${search.first.toFixed(0)} ms; slowest query "${search.slowest.query}" p50 ${search.slowest.p50.toFixed(1)} ms; ${search.queries.length} queries × ${search.runs} runs over ${count(search.versions)} language versions; one query loads shards p95 ${kb(search.shardBytes.perQuery.p95)} KB, max ${kb(search.shardBytes.perQuery.max)} KB in p95 ${search.shardBytes.filesPerQuery.p95}, max ${search.shardBytes.filesPerQuery.max} files of ${search.shardBytes.pieces} parts, and document chunks p95 ${kb(search.docBytes.perQuery.p95)} KB in ${search.docBytes.chunksPerQuery.p95} files; ${count(search.shardBytes.count)} shards of p50 ${kb(search.shardBytes.sizes.p50)} KB, p95 ${kb(search.shardBytes.sizes.p95)} KB, max ${kb(search.shardBytes.sizes.max)} KB; index ${mb(search.shardBytes.totalGzip)} MB gzip)`,
      });
    } finally {
      if (!keep) {
        rmSync(join(WORK, `corpus-${n}`), { recursive: true, force: true });
        rmSync(dist, { recursive: true, force: true });
      }
    }
  }
  if (!keep && existsSync(WORK) && readdirSync(WORK).length === 0) rmSync(WORK, { recursive: true });
  projectIncremental(incremental);

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

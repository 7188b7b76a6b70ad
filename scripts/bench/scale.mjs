// `npm run bench -- --scale`: the site at 10, 1,000 and 10,000 articles (docs/product.md, "Quality bar":
// with 10,000 articles the home page and the article page weigh and load the same as with 10, and search
// answers in under 30 ms). For each count: a synthetic corpus with the site's own content in it
// (scripts/generate-corpus.ts), a production build of it, what the home page and the seed article weigh
// on a cold load (en and kk), and search latency over the derived files (scripts/bench/search-latency.ts).
// Slow: 10,000 articles are ~30,000 pages to prerender (about 90 s of build on a quiet 2-core machine, 7.5
// min when others kept it busy), so it is opt-in; --scale-counts picks other counts.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { createHandler } from '../serve.mjs';
import { pageBytes, TYPES, unhashed } from './page-bytes.mjs';

export const COUNTS = [10, 1000, 10_000];
const WORK = '.bench';
/** Without a way to skip card images, prerendering renders ~3 per article at ~40 ms each (satori + resvg). */
const LARGEST_WITH_CARDS = 1000;
/** Home and article page bytes at the largest count built, against those at the smallest. */
const PAGE_GROWTH_PERCENT = 2;
const SEARCH_P95_MS = 30;
const SEARCH_BUDGET_AT = 10_000;

/** Whether scripts/prerender.ts can be told to skip card images (READER_CARDS=off). */
export const prerenderSkipsCards = () => /\bREADER_CARDS\b/.test(readFileSync('scripts/prerender.ts', 'utf8'));

const count = (n) => n.toLocaleString('en');
const kb = (bytes) => (bytes / 1024).toFixed(1);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

/** GNU time, where there is one, reports a command's peak memory (the largest resident size of its processes). */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command to the end, its output kept and shown only when it fails; with its peak memory (MB) where measurable. */
const run = (command, args, env = {}) => {
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
const peak = (peakMb) => (peakMb === undefined ? 'peak memory not measured (no /usr/bin/time)' : `peak memory ${peakMb.toFixed(0)} MB`);

/** Files, HTML pages and bytes under a folder. */
const folderSize = (folder) => {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  const walk = (dir) => {
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

const withServer = async (root, use) => {
  const server = createServer(createHandler(resolve(root)));
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  try {
    return await use(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.close();
  }
};

/** Incremental builds are measured from this many articles on (smaller sites build fully in seconds). */
const INCREMENTAL_FROM = 1000;
/** The count the figures are projected to, from the two largest measured. */
const PROJECT_TO = 100_000;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path, json) => writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);

/**
 * After a full build of `dist`: an incremental build with no cache yet (it hashes dist/ and renders every
 * page once, recording what each read), then the three edits a newsroom makes all day, each followed by
 * an incremental build: a new article (the newest), a correction to an old one, a person renamed. Each
 * line gives the time, the files written and the peak memory. Returns the figures by step.
 */
const measureIncremental = ({ corpus, dist, check, label }) => {
  const figures = {};
  const step = (name, edit) => {
    const what = edit?.();
    const { seconds, output, peakMb } = run('npm', ['run', '--silent', 'build', '--', '--incremental'], {
      READER_PUBLIC_DIR: corpus,
      READER_OUT_DIR: dist,
      READER_CARDS: 'off',
    });
    const summary = /build --incremental: (\d+) files written, (\d+) deleted, (\d+) of (\d+) pages rendered/.exec(output);
    const [written, deleted, rendered, pages] = summary ? summary.slice(1).map(Number) : [NaN, NaN, NaN, NaN];
    figures[name] = { seconds, files: written + deleted, peakMb };
    check(`${label}: incremental build, ${name}`, seconds, 's', undefined, {
      note: ` (${written} files written, ${deleted} deleted, ${rendered} of ${pages} pages rendered; ${peak(peakMb)}${what ? `; ${what}` : ''})`,
    });
  };
  const articles = join(corpus, 'articles');
  const ids = readdirSync(articles).sort();
  const versionsOf = (id) => readdirSync(join(articles, id)).filter((name) => /^[a-z]{2}\.json$/.test(name));
  const dates = ids.flatMap((id) => versionsOf(id).map((name) => readJson(join(articles, id, name)).publishedAt));
  step('first, no cache');
  step('after adding one article', () => {
    // A copy of an article as the newest one: the day after the newest in the corpus.
    const newest = dates.reduce((a, b) => (a > b ? a : b)).slice(0, 10);
    const day = new Date(Date.parse(`${newest}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const id = `bench-${day}-new`;
    cpSync(join(articles, ids[0]), join(articles, id), { recursive: true });
    for (const name of versionsOf(id)) {
      const file = join(articles, id, name);
      writeJson(file, { ...readJson(file), id, publishedAt: day });
    }
    return `${id}, published ${day}`;
  });
  step('after correcting one article', () => {
    const id = ids[Math.floor(ids.length / 2)];
    const file = join(articles, id, versionsOf(id)[0]);
    const article = readJson(file);
    writeJson(file, { ...article, headline: `${article.headline} (corrected)` });
    return `the headline of ${id}/${versionsOf(id)[0]}`;
  });
  step('after renaming a person', () => {
    const file = join(corpus, 'entities.json');
    const entities = readJson(file);
    const id = Object.keys(entities.people).find((person) => person.startsWith('fixture-person-')) ?? Object.keys(entities.people)[0];
    const person = entities.people[id];
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
const projectIncremental = (figures) => {
  const counts = [...figures.keys()].sort((a, b) => a - b).slice(-2);
  if (counts.length < 2) {
    console.log(
      `scale: incremental figures at ${count(PROJECT_TO)} articles not projected: that needs two counts of ${count(INCREMENTAL_FROM)} or more (--scale-counts 10000,30000)`,
    );
    return;
  }
  const [a, b] = counts.map((n) => figures.get(n));
  const line = (large, small) =>
    large === undefined || small === undefined ? undefined : large + ((large - small) / (counts[1] - counts[0])) * (PROJECT_TO - counts[1]);
  const steps = Object.keys(b);
  for (const name of steps) {
    const [seconds, files, peakMb] = ['seconds', 'files', 'peakMb'].map((key) => line(b[name]?.[key], a[name]?.[key]));
    console.log(
      `scale: projected at ${count(PROJECT_TO)} articles (a straight line through ${count(counts[0])} and ${count(counts[1])}): ${name === 'full' ? 'full build' : `incremental build, ${name}`} ${seconds?.toFixed(1)} s, ${Math.round(files ?? NaN)} files, ${peakMb === undefined ? 'memory not measured' : `peak memory ${peakMb.toFixed(0)} MB`}`,
    );
  }
};

/** The pages weighed at each count: the home page and the seed article, in English and Kazakh. */
const pagesFor = (slug) => [
  { name: 'en home page', path: '/en/' },
  { name: 'kk home page', path: '/kk/' },
  { name: 'en article page', path: `/en/articles/${slug}` },
  { name: 'kk article page', path: `/kk/articles/${slug}` },
];

/**
 * Measures every count and prints its lines; `report` is the bench's (check, machine). Corpora and builds
 * go to .bench/ and are removed as soon as measured unless `keep`.
 */
export const runScale = async ({ browser, slug, report, keep = false, counts = COUNTS }) => {
  const { check } = report;
  const incremental = new Map();
  const skipsCards = prerenderSkipsCards();
  const built = counts.filter((n) => skipsCards || n <= LARGEST_WITH_CARDS);
  const largestBuilt = built.length ? Math.max(...built) : 0;
  if (!skipsCards)
    console.log(
      `scale: scripts/prerender.ts has no switch to skip card images (READER_CARDS=off): at ~40 ms a card, 3 per article, builds above ${count(LARGEST_WITH_CARDS)} articles take far too long, so ${counts
        .filter((n) => n > largestBuilt)
        .map(count)
        .join(', ')} articles get search latency only, and page weights are compared at ${count(largestBuilt)}`,
    );
  const pages = pagesFor(slug);
  const weights = new Map();
  for (const n of counts) {
    const label = `scale ${count(n)} articles`;
    const corpus = join(WORK, `corpus-${n}`, 'public');
    const dist = join(WORK, `dist-${n}`);
    try {
      run('npx', ['tsx', 'scripts/generate-corpus.ts', '--count', String(n), '--out', corpus, '--with-seed-content']);

      if (n <= largestBuilt) {
        const { seconds, output, peakMb } = run('npm', ['run', '--silent', 'build'], {
          READER_PUBLIC_DIR: corpus,
          READER_OUT_DIR: dist,
          ...(skipsCards && { READER_CARDS: 'off' }),
        });
        const size = folderSize(dist);
        const prerendered = /prerender: (\d+) pages, (\d+) new card images/.exec(output);
        check(`${label}: build`, seconds, 's', undefined, {
          note: `, ${peak(peakMb)}, ${size.pages} pages written, dist ${mb(size.bytes)} MB in ${size.files} files${prerendered ? ` (prerender: ${prerendered[1]} pages, ${prerendered[2]} new card images${skipsCards ? '' : '; cards are cached in node_modules/.cache/reader-cards, so a second run renders none'})` : ''}`,
        });
        if (n >= INCREMENTAL_FROM)
          incremental.set(n, { full: { seconds, files: size.files, peakMb }, ...measureIncremental({ corpus, dist, check, label }) });
        await withServer(dist, async (base) => {
          for (const page of pages) {
            const weight = await pageBytes(browser, `${base}${page.path}`);
            weights.set(`${n} ${page.name}`, weight);
            const types = TYPES.filter((type) => weight.byType[type] > 0)
              .map((type) => `${type} ${kb(weight.byType[type])}`)
              .join(', ');
            check(`${label}: ${page.name} cold load`, weight.total / 1024, 'KB as served', undefined, {
              note: ` (${types}; ${weight.files.length} requests${weight.failed.length ? `; failed: ${weight.failed.join(', ')}` : ''})`,
            });
          }
        });
      }

      const { output } = run('npx', ['tsx', 'scripts/bench/search-latency.ts', '--public', corpus]);
      const search = JSON.parse(
        output
          .trim()
          .split('\n')
          .find((line) => line.startsWith('{')),
      );
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
  projectIncremental(incremental);

  // Page weights at the largest count built against the smallest, and the files that make a difference.
  const smallest = Math.min(...built);
  if (built.length < 2) return;
  // The app's code does not depend on the content: different script or stylesheet files mean the source
  // changed between the builds (an edit during the run), and the weights compare more than the content.
  const code = (n) =>
    new Set(
      pages.flatMap((page) =>
        weights
          .get(`${n} ${page.name}`)
          .files.filter((file) => file.type === 'script' || file.type === 'stylesheet')
          .map((file) => file.path),
      ),
    );
  const [smallCode, largeCode] = [code(smallest), code(largestBuilt)];
  if (smallCode.size !== largeCode.size || [...smallCode].some((path) => !largeCode.has(path)))
    console.log(
      `scale: warning: the builds of ${count(smallest)} and ${count(largestBuilt)} articles have different JavaScript or CSS files: the source changed during the run, so page weights below compare code changes too (run again on an unchanging work tree)`,
    );
  for (const page of pages) {
    const small = weights.get(`${smallest} ${page.name}`);
    const large = weights.get(`${largestBuilt} ${page.name}`);
    const growth = ((large.total - small.total) / small.total) * 100;
    const byType = TYPES.filter((type) => large.byType[type] !== small.byType[type])
      .map((type) => `${type} ${large.byType[type] > small.byType[type] ? '+' : ''}${large.byType[type] - small.byType[type]}`)
      .join(', ');
    check(`scale: ${page.name} bytes at ${count(largestBuilt)} articles vs ${count(smallest)}`, growth, '%', PAGE_GROWTH_PERCENT, {
      digits: 2,
      note: ` (${large.total} B vs ${small.total} B${byType ? `; by type, B: ${byType}` : ''}${largestBuilt < SEARCH_BUDGET_AT ? `; ${count(SEARCH_BUDGET_AT)} not measured` : ''})`,
    });
    const before = new Map(small.files.map((file) => [unhashed(file.path), file]));
    const after = new Map(large.files.map((file) => [unhashed(file.path), file]));
    const changed = [...new Set([...before.keys(), ...after.keys()])]
      .map((path) => ({
        path,
        type: (after.get(path) ?? before.get(path)).type,
        from: before.get(path)?.bytes ?? 0,
        to: after.get(path)?.bytes ?? 0,
      }))
      .filter(({ from, to }) => Math.abs(to - from) >= 32)
      .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
    for (const { path, type, from, to } of changed.slice(0, 8))
      console.log(`  ${to > from ? 'grows' : 'shrinks'}: ${path} (${type}) ${from} → ${to} B${from ? '' : ' (new)'}${to ? '' : ' (gone)'}`);
  }
};

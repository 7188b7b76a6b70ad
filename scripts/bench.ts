// `npm run bench`: measures the reader against the budgets in docs/product.md ("Quality bar"), next to the
// limit (the article as minimal static HTML) and a peer (the article as a Next.js static export), in one
// run, on one server and one Chromium. Builds the site first; prints one line per measure and exits
// non-zero when a budget is missed; writes docs/bench/ (results.md, the chart) and the README's summary.
//   --no-build   measure the existing dist/
//   --dist DIR   measure another build of the site (an older version, say; implies --no-build, writes no report)
//   --runs N     cold loads of the article, the limit and the peer each (default 9)
//   --sweep-runs N   cold loads of every other page kind in every language, for layout shift (default 2)
//   --details    also print every cold load and every language switch
//   --quick      leave out Lighthouse and the peer, and write no report (for working on one measure)
//   --scale      also build and measure the site at 10, 1,000 and 10,000 articles (minutes: see bench/scale.ts)
//   --scale-counts 10,1000   the article counts --scale measures (default 10,1000,10000; page weights compare the largest with the smallest)
//   --keep       keep the corpora and builds of --scale in .bench/ (they are large)
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { LANGS, type Lang } from '../src/shared/languages.ts';
import { loadMessages } from '../src/shared/i18n/load-messages.ts';
import { stringsChunkLanguage } from '../pipeline/locales/strings-chunk.ts';
import { articleMarkup, limitPage, loadArticle } from './bench/article-markup.ts';
import { launchBrowser } from './bench/browser.ts';
import { coldLoad, CPU_SLOWDOWN, type ColdLoad } from './bench/cold-load.ts';
import { firstBytes } from './bench/first-bytes.ts';
import { measureLanguageSwitch } from './bench/lang-switch.ts';
import { runLighthouse, type LighthousePage, type LighthouseResult } from './bench/lighthouse.ts';
import { buildPeer, PEER_PREFIX } from './bench/peer.ts';
import { createReport, median, spread } from './bench/report.ts';
import { isBusy, writeResults, type BenchRun, type PageRuns, type SweepRow } from './bench/results-doc.ts';
import { COUNTS, runScale } from './bench/scale.ts';
import { startServer } from './bench/servers.ts';

const SLUG = '2023-04-27-assembly-32nd-session';
const PERSON = 'kassym-jomart-tokayev';
const WORK = '.bench';
const PAGES_DIR = join(WORK, 'pages');
const LIMIT_PATH = '/__limit/article';
/**
 * Lighthouse scores no page that answers 404: the not-found page is also served here, with 200. The address
 * starts with the language, as every address of the site does, so the app keeps it as it is.
 */
const NOT_FOUND_ALIAS = (lang: Lang) => `/${lang}/__not-found`;

const BUDGETS = {
  /** Largest contentful paint of the article over that of the limit, medians of the same run. */
  lcpOverLimit: 1.15,
  /** …and below the peer's. */
  lcpOverPeer: 1,
  cls: 0.01,
  /** The article's first view: every response body until the network is quiet, as transferred. */
  articleKB: 150,
  articleJsKB: 110,
  /** Files of languages the page does not show, loaded before the reader shows the intent to switch. */
  otherLanguageFiles: 0,
  /** Headline and first paragraph within the first TCP round trips' worth of HTML. */
  firstParagraphBytes: 14 * 1024,
  /** Median milliseconds from the click on another language to the frame that shows it all, no throttling. */
  languageSwitchMs: 50,
  /** Requests the page makes during a language switch: none, it has everything it needs by then. */
  languageSwitchRequests: 0,
  lighthouse: { scores: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 }, cls: 0.01 },
};

const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean' },
    dist: { type: 'string' },
    runs: { type: 'string', default: '9' },
    'sweep-runs': { type: 'string', default: '2' },
    details: { type: 'boolean' },
    quick: { type: 'boolean' },
    scale: { type: 'boolean' },
    'scale-counts': { type: 'string', default: COUNTS.join(',') },
    keep: { type: 'boolean' },
  },
});
const whole = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a whole number of at least 1, not ${value}`);
  return n;
};
const runs = whole('runs', options.runs);
const sweepRuns = whole('sweep-runs', options['sweep-runs']);
const scaleCounts = options['scale-counts'].split(',').map(Number);
if (scaleCounts.some((n) => !Number.isInteger(n) || n < 1) || new Set(scaleCounts).size !== scaleCounts.length)
  throw new Error(`--scale-counts needs different whole numbers separated by commas, not ${options['scale-counts']}`);

const started = performance.now();
const conditions = `40 ms latency, 10 Mbit/s, CPU ${CPU_SLOWDOWN}× slower, 1350×940`;

if (!options['no-build'] && !options.dist) execSync('npm run --silent build', { stdio: 'inherit' });
const dist = resolve(options.dist ?? 'dist');
/** The report describes this project's own build only. */
const writesReport = !options.quick && !options.dist;

// The limit and the peer, from the same article file and names.
await loadMessages('en');
const { article, entities } = loadArticle('public', SLUG, 'en');
rmSync(PAGES_DIR, { recursive: true, force: true });
mkdirSync(join(PAGES_DIR, '__limit'), { recursive: true });
writeFileSync(join(PAGES_DIR, `${LIMIT_PATH}.html`), limitPage(article, entities));
const peer = options.quick
  ? null
  : buildPeer(
      { markup: articleMarkup(article, entities), title: article.headline, description: article.summary, lang: article.lang },
      join(PAGES_DIR, PEER_PREFIX),
    );

const served = await startServer({
  dist,
  pages: PAGES_DIR,
  aliases: Object.fromEntries(LANGS.map((lang) => [NOT_FOUND_ALIAS(lang), `${lang}/_not-found.html`])),
});
const { base } = served;
console.log(`bench: ${served.kind === 'nginx' ? 'nginx with deploy/nginx.conf' : 'the Node server (scripts/serve.mjs)'} at ${base}`);
const browser = await launchBrowser();
const report = createReport();
const { check, failures } = report;

const ms = (x: number) => x.toFixed(0).padStart(5);
const kb = (bytes: number) => bytes / 1024;
const printDetails = (label: string, r: ColdLoad) => {
  if (!options.details) return;
  console.log(
    `  ${label}: FCP ${ms(r.fcp)} LCP ${ms(r.lcp.startTime)} ms, CLS ${r.cls.toFixed(3)}, ${r.lcpEntries} LCP entries, last ${r.lcp.element} (${r.lcp.size} px²), ${r.files.length} files ${kb(r.bytes.total).toFixed(1)} KB`,
  );
  const d = r.document;
  console.log(
    `    document: first byte ${ms(d.responseStart)}, last byte ${ms(d.end)}, interactive ${ms(d.interactive)}, DCL ${ms(d.dcl)}`,
  );
  for (const x of r.resources)
    console.log(`    ${x.path}: ${ms(x.start)} → ${ms(x.responseStart)} → ${ms(x.end)} ms, ${x.bytes} B, ${x.blocking}`);
  for (const x of r.scripts.toSorted((a, b) => a.start - b.start))
    console.log(`    script ${x.source.replace(base, '')}: ran ${ms(x.start)} + ${ms(x.duration)} ms`);
  for (const shift of r.shifts)
    console.log(`    layout shift ${shift.value.toFixed(4)} at ${ms(shift.at)} ms: ${shift.sources.join(', ')}`);
};

/** Files of another language than the page's (strings, article versions, fonts named for a script). */
const otherLanguageFiles = (load: ColdLoad, lang: Lang) =>
  load.files
    .map((file) => file.path)
    .filter((path) => {
      // Exactly the language's: a Kazakh page's own chunk is not `locale-kk-Latn-…`, nor the reverse.
      const strings = stringsChunkLanguage(path);
      return (
        (strings !== undefined && strings !== lang) || LANGS.some((other) => other !== lang && path.endsWith(`/${SLUG}/${other}.json`))
      );
    });

const pagePath = {
  home: (lang: Lang) => `/${lang}/`,
  article: (lang: Lang) => `/${lang}/articles/${SLUG}`,
  quotes: (lang: Lang) => `/${lang}/quotes`,
  awards: (lang: Lang) => `/${lang}/awards`,
  timeline: (lang: Lang) => `/${lang}/timeline`,
  person: (lang: Lang) => `/${lang}/people/${PERSON}`,
  search: (lang: Lang) => `/${lang}/search`,
  'not-found': (lang: Lang) => `/${lang}/no-such-page`,
};

const articleRuns: PageRuns[] = [];
const sweep: SweepRow[] = [];
let lighthouse: LighthouseResult[] = [];
try {
  // The article, the limit and the peer, cold, taking turns so that drift in the machine's speed hits
  // them alike; each run starts with another of them.
  const coldLoadMachine = report.machine('cold loads of the article, the limit and the peer');
  const contenders: PageRuns[] = [
    { id: 'limit', label: 'the limit (static HTML)', loads: [] },
    ...(peer ? [{ id: 'peer', label: `Next.js ${peer.version} export`, loads: [] }] : []),
    { id: 'reader', label: 'this reader', loads: [] },
  ];
  const url = (id: string) => `${base}${id === 'limit' ? LIMIT_PATH : id === 'peer' ? `${PEER_PREFIX}/` : pagePath.article('en')}`;
  // One unrecorded round first: the very first loads also pay for starting the browser's processes.
  for (const page of contenders) await coldLoad(browser, url(page.id));
  for (let run = 0; run < runs; run += 1) {
    for (let turn = 0; turn < contenders.length; turn += 1) {
      const page = contenders[(run + turn) % contenders.length]!;
      page.loads.push(await coldLoad(browser, url(page.id)));
      printDetails(`${page.id} #${run + 1}`, page.loads.at(-1)!);
    }
  }
  coldLoadMachine();
  articleRuns.push(...contenders);
  const lcp = (page: PageRuns) => page.loads.map((load) => load.lcp.startTime);
  for (const page of contenders) {
    const fcp = page.loads.map((load) => load.fcp);
    // The element as the paint saw it, without its text: the same for every run unless the page changed.
    const elements = [...new Set(page.loads.map((load) => load.lcp.element.replace(/ ".*/s, '')))].join(' or ');
    check(`${page.id} cold load FCP`, median(fcp), 'ms', undefined, { digits: 0, note: spread(fcp) });
    check(`${page.id} cold load LCP`, median(lcp(page)), 'ms', undefined, { digits: 0, note: `${spread(lcp(page))} ${elements}` });
  }
  const reader = contenders.find((page) => page.id === 'reader')!;
  // The budgets are on ratios of medians; the per-run ratios show how much to trust them.
  for (const [id, budget] of [
    ['limit', BUDGETS.lcpOverLimit],
    ['peer', BUDGETS.lcpOverPeer],
  ] as const) {
    const other = contenders.find((page) => page.id === id);
    if (!other) continue;
    const pairs = reader.loads.map((load, i) => load.lcp.startTime / other.loads[i]!.lcp.startTime);
    const ratio = median(lcp(reader)) / median(lcp(other));
    // Below the peer means strictly below: a tie is not a win.
    check(`article LCP / ${id} LCP`, ratio, '×', budget, {
      digits: 2,
      ok: id === 'peer' ? ratio < budget : true,
      note: spread(pairs, 2).replace('median of', 'per run:'),
    });
  }
  const cls = reader.loads.map((load) => load.cls);
  check('article cold load CLS, worst', Math.max(...cls), '', BUDGETS.cls, { digits: 3, note: spread(cls, 3) });
  const total = reader.loads.map((load) => kb(load.bytes.total));
  const js = reader.loads.map((load) => kb(load.bytes.script));
  check('article first view, transferred', median(total), 'KB', BUDGETS.articleKB, { note: spread(total, 1) });
  check('article first view, JavaScript transferred', median(js), 'KB', BUDGETS.articleJsKB, { note: spread(js, 1) });
  const last = reader.loads.at(-1)!;
  for (const file of last.files.filter((f) => f.type === 'script')) console.log(`  ${file.path}: ${kb(file.bytes).toFixed(1)} KB`);
  const foreign = [...new Set(reader.loads.flatMap((load) => otherLanguageFiles(load, 'en')))];
  check('article first view, files for other languages', foreign.length, 'files', BUDGETS.otherLanguageFiles, {
    digits: 0,
    note: foreign.length ? ` (${foreign.join(', ')})` : '',
  });

  // Layout shift on every other page kind in every language, cold, under the same conditions, and the
  // files each loads for a language it does not show.
  const sweepMachine = report.machine('cold loads of every page kind');
  const foreignByPage: string[] = [];
  for (const [kind, path] of Object.entries(pagePath)) {
    for (const lang of LANGS) {
      const loads: ColdLoad[] = [];
      if (kind === 'article' && lang === 'en') loads.push(...reader.loads);
      else
        for (let run = 1; run <= sweepRuns; run += 1) {
          loads.push(await coldLoad(browser, `${base}${path(lang)}`, { status: kind === 'not-found' ? 404 : 200 }));
          printDetails(`${lang} ${kind} #${run}`, loads.at(-1)!);
        }
      const row = { kind, lang, cls: loads.map((load) => load.cls), lcp: loads.map((load) => load.lcp.startTime) };
      sweep.push(row);
      check(`${lang} ${kind} cold load CLS, worst`, Math.max(...row.cls), '', BUDGETS.cls, {
        digits: 3,
        note: ` (LCP median ${median(row.lcp).toFixed(0)} ms)`,
      });
      const files = [...new Set(loads.flatMap((load) => otherLanguageFiles(load, lang)))];
      if (files.length) foreignByPage.push(`${lang} ${kind}: ${files.join(', ')}`);
    }
  }
  check('every page kind, files for other languages', foreignByPage.length, 'pages', BUDGETS.otherLanguageFiles, {
    digits: 0,
    note: foreignByPage.length ? ` (${foreignByPage.join('; ')})` : ` of ${sweep.length}`,
  });
  sweepMachine();

  // Headline and first paragraph of the body in the first 14 KB the server sends.
  for (const lang of LANGS) {
    const found = await firstBytes(browser, `${base}${pagePath.article(lang)}`);
    check(`${lang} article first paragraph ends at`, found.wireBytes, 'bytes sent', BUDGETS.firstParagraphBytes, {
      digits: 0,
      ok: found.found,
      note: ` (gzip; ${found.bytes} bytes of HTML, headline at ${found.headlineBytes}, whole page ${found.total}${found.found ? '' : '; headline or first paragraph missing or hidden until a script runs'})`,
    });
  }

  // Language switch on the hydrated, quiet article page: no throttling (the budget), then CPU 4× slower.
  const switchMachine = report.machine('language switch');
  const switches = Math.max(11, runs);
  const switchRuns = [];
  for (const cpuSlowdown of [1, 4]) {
    const results = await measureLanguageSwitch(browser, base, { slug: SLUG, switches, cpuSlowdown });
    switchRuns.push({ cpuSlowdown, results });
    if (options.details)
      for (const r of results)
        console.log(
          `  ${r.from} → ${r.to}${cpuSlowdown === 1 ? '' : ` (CPU ${cpuSlowdown}×)`}: ${ms(r.ms)} ms, DOM complete at ${ms(r.domMs)} ms, ${r.frames} frames; on intent ${r.intentMs.toFixed(0)} ms: ${r.onIntent.join(' ') || 'nothing'}${r.requests.length ? `; requests: ${r.requests.join(' ')}` : ''}${r.after.length ? `; after: ${r.after.join(' ')}` : ''}`,
        );
    const times = results.map((r) => r.ms);
    const [first] = results;
    const intent = results.map((r) => r.intentMs);
    check(
      `language switch en⇄kk${cpuSlowdown === 1 ? '' : `, CPU ${cpuSlowdown}× slower`}`,
      median(times),
      'ms',
      cpuSlowdown === 1 ? BUDGETS.languageSwitchMs : undefined,
      {
        digits: 0,
        note: `${spread(times)}; first ${first!.from}→${first!.to} ${first!.ms.toFixed(0)} ms (strings in the DOM at ${first!.domMs.toFixed(0)} ms); DOM complete median ${median(results.map((r) => r.domMs)).toFixed(0)} ms; pointing at the link fetched ${[...new Set(results.flatMap((r) => r.onIntent))].map((p) => p.replace(/^.*\//, '')).join(', ') || 'nothing'} in ${median(intent).toFixed(0)} ms (median; max ${Math.max(...intent).toFixed(0)} ms)`,
      },
    );
  }
  const requested = switchRuns.flatMap(({ cpuSlowdown, results }) =>
    results.flatMap((r, i) =>
      r.requests.map((path) => ({ path, at: `#${i + 1} ${r.from}→${r.to}${cpuSlowdown === 1 ? '' : ` CPU ${cpuSlowdown}×`}` })),
    ),
  );
  const icon = switchRuns.some(({ results }) => results.some((r) => r.icon));
  const bySwitch = [...new Set(requested.map((r) => r.at))].map(
    (at) =>
      `${at}: ${requested
        .filter((r) => r.at === at)
        .map((r) => r.path.replace(/^.*\//, ''))
        .join(', ')}`,
  );
  check('language switch requests between click and done', requested.length, 'requests', BUDGETS.languageSwitchRequests, {
    digits: 0,
    note: ` in ${switchRuns.length * switches} switches${bySwitch.length ? ` (${bySwitch.join('; ')})` : ''}${icon ? '; not counted: Chromium fetches the tab icon (/favicon.svg) again after each same-document navigation, and nothing waits for it' : ''}`,
  });
  switchMachine();

  // Lighthouse desktop on every page kind in every language: its own Chrome, simulated throttling (docs/decisions/0011).
  if (!options.quick) {
    const lighthouseMachine = report.machine('lighthouse');
    const pages: LighthousePage[] = Object.entries(pagePath).flatMap(([kind, path]) =>
      LANGS.map((lang) => ({
        kind,
        lang,
        url: `${base}${kind === 'not-found' ? NOT_FOUND_ALIAS(lang) : path(lang)}`,
        ...(kind === 'not-found' && {
          exempt: { seo: 'a page that does not exist asks search engines not to index it (noindex), as it should' },
        }),
      })),
    );
    lighthouse = await runLighthouse({ pages, report, budgets: BUDGETS.lighthouse });
    lighthouseMachine();
  }

  if (options.scale) {
    const scaleMachine = report.machine('scale: corpora, builds, page loads, search');
    await runScale({ browser, slug: SLUG, report, keep: options.keep ?? false, counts: scaleCounts });
    scaleMachine();
  } else {
    console.log(
      'scale: not measured: opt in with --scale (builds of 10, 1,000 and 10,000 articles: the ~30,000 pages of 10,000 take about 90 s to build on a quiet 2-core machine, several times that on a busy one)',
    );
  }
} finally {
  await browser.close();
  await served.close();
}

const commit = () => {
  const head = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  // The files the bench itself writes do not count.
  const changed = execSync("git status --porcelain -- . ':!docs/bench' ':!README.md'", { encoding: 'utf8' }).trim();
  return changed ? `${head} with uncommitted changes` : head;
};

if (!writesReport) console.log(`bench: ${options.quick ? '--quick: no Lighthouse, no peer, ' : ''}no report written`);
else {
  const run: BenchRun = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: commit(),
    server: served.kind === 'nginx' ? 'nginx (deploy/nginx.conf)' : 'Node (scripts/serve.mjs)',
    browser: `Chromium ${browser.version()}`,
    peer: `Next.js ${peer!.version}`,
    runs,
    conditions,
    loads: report.loads,
    article: articleRuns,
    sweep,
    lighthouse,
    lines: report.lines,
    failures,
  };
  writeResults(run);
  // The written Markdown follows the project's formatting, like every other file.
  for (const file of ['docs/bench/results.md', 'README.md']) {
    const config = await prettier.resolveConfig(file);
    writeFileSync(file, await prettier.format(readFileSync(file, 'utf8'), { ...config, filepath: file }));
  }
  console.log(
    `bench: wrote docs/bench/results.md, docs/bench/article-cold-loads.svg and the README's summary${isBusy(run) ? ' (marked: busy machine, not a result)' : ''}`,
  );
}

console.log(`bench: ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (report.loads.some((load) => load.busy)) console.log('bench: the machine was busy while measuring: the timings above are not a result');
console.log(failures.length ? `bench: over budget: ${failures.join(', ')}` : 'bench: all budgets met');
process.exit(failures.length ? 1 : 0);

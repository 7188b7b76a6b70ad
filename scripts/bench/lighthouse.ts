// Lighthouse (desktop preset) on pages the bench already serves: the four category scores per page, its
// layout shift and blocking time, the audits that cost points, and budgets on all of them. Chrome comes from
// chrome-launcher with Debian's Chromium (CHROME_PATH); Lighthouse 12 is the last major that runs on Node 20.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import type { Budget, Report } from './report.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const chromePath = () => {
  const path = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  // Unset: chrome-launcher looks for an installed Chrome itself and names what it tried when it finds none.
  return existsSync(path) ? path : undefined;
};

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  // Only the bench's own server: nothing reaches outside hosts (there is no network here anyway).
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** The parts of a Lighthouse result the bench reads. */
interface Audit {
  id: string;
  score: number | null;
  numericValue?: number;
  displayValue?: string;
  details?: { items?: unknown[] };
}
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, Audit | undefined>;
  runWarnings: string[];
  runtimeError?: { code: string; message: string };
}

/**
 * The audits that cost a category points: weighted, scored and below 1, with what Lighthouse says about
 * them (a metric's value, or how many elements fail). Pure: reads a Lighthouse result.
 */
export const lostPoints = (lhr: Lhr, category: Category): string[] =>
  (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit): audit is Audit & { score: number } => audit !== undefined && audit.score !== null && audit.score < 1)
    .map((audit) => {
      const items = audit.details?.items?.length;
      const detail = audit.displayValue ?? (items ? `${items} item${items === 1 ? '' : 's'}` : '');
      return `${audit.id} (score ${audit.score.toFixed(2)}${detail ? `, ${detail}` : ''})`;
    });

export type Scores = Record<Category, number | null>;

/** Scores out of 100, or null where Lighthouse could not score a category (it says why in runWarnings). */
export const categoryScores = (lhr: Lhr): Scores =>
  Object.fromEntries(
    CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score;
      return [id, score === null || score === undefined ? null : Math.round(score * 100)];
    }),
  ) as Scores;

export interface LighthousePage {
  /** `article`, `quotes`, …: what the page is, for the written report. */
  kind: string;
  lang: string;
  url: string;
  /** Categories this page is not held to, with the reason (the not-found page answers 404 on purpose). */
  exempt?: Partial<Record<Category, string>>;
}

export interface LighthouseResult {
  page: LighthousePage;
  scores: Scores;
  cls: number;
  tbt: number;
  lcp: number;
  seconds: number;
}

export interface LighthouseBudgets {
  scores: Record<Category, number>;
  cls: number;
  tbt?: number;
}

/** Lighthouse's own failures to record a load (on a busy machine, now and then): worth another try. */
const RETRIED = new Set(['NO_NAVSTART', 'NO_FCP', 'NO_LCP', 'NO_TRACING_STARTED', 'PROTOCOL_TIMEOUT']);

const measure = async (url: string, port: number, label: string, tries = 3): Promise<Lhr> => {
  for (let attempt = 1; ; attempt += 1) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, desktopConfig);
    if (!result) throw new Error(`lighthouse ${label}: no result`);
    const lhr = result.lhr as unknown as Lhr;
    if (!lhr.runtimeError) return lhr;
    const { code, message } = lhr.runtimeError;
    if (!RETRIED.has(code) || attempt === tries) throw new Error(`lighthouse ${label}: ${code} ${message}`);
    console.log(`  lighthouse ${label}: ${code}, measuring again (${attempt} of ${tries})`);
  }
};

/**
 * Runs Lighthouse desktop once per page, one Chrome for all of them, and prints per page:
 *   `lighthouse en article: performance 100, accessibility 100, best-practices 100, seo 100, CLS 0.000, TBT 0 ms`
 * then one budget line per category and for CLS (through `report.check`, so a miss fails the bench) and,
 * for every category below 100, the audits that cost the points.
 */
export const runLighthouse = async ({
  pages,
  report,
  budgets,
}: {
  pages: LighthousePage[];
  report: Report;
  budgets: LighthouseBudgets;
}): Promise<LighthouseResult[]> => {
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      const label = `${page.lang} ${page.kind}`;
      const started = performance.now();
      const lhr = await measure(page.url, chrome.port, label);
      const scores = categoryScores(lhr);
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const measured = {
        page,
        scores,
        cls: metric('cumulative-layout-shift'),
        tbt: metric('total-blocking-time'),
        lcp: metric('largest-contentful-paint'),
        seconds: (performance.now() - started) / 1000,
      };
      results.push(measured);
      console.log(
        `lighthouse ${label}: ${CATEGORIES.map((id) => `${id} ${scores[id] ?? 'n/a'}`).join(', ')}, CLS ${measured.cls.toFixed(3)}, TBT ${measured.tbt.toFixed(0)} ms, LCP ${measured.lcp.toFixed(0)} ms (${measured.seconds.toFixed(1)} s)`,
      );
      for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
      for (const category of CATEGORIES) {
        const exempt = page.exempt?.[category];
        const budget: Budget | undefined = exempt ? undefined : { min: budgets.scores[category] };
        report.check(`lighthouse ${label} ${category}`, scores[category] ?? 0, 'points', budget, {
          digits: 0,
          ...(exempt && { note: ` (not held to a budget: ${exempt})` }),
        });
        if (scores[category] === 100) continue;
        const lost = lostPoints(lhr, category);
        console.log(`  ${category} below 100: ${lost.length ? lost.join('; ') : 'no single audit failed (rounding of weighted scores)'}`);
      }
      report.check(`lighthouse ${label} CLS`, measured.cls, '', budgets.cls, { digits: 3 });
      if (budgets.tbt !== undefined) report.check(`lighthouse ${label} TBT`, measured.tbt, 'ms', budgets.tbt, { digits: 0 });
    }
  } finally {
    chrome.kill();
  }
  return results;
};

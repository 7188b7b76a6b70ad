// Lighthouse (desktop preset) on pages the bench already serves: the four category scores per page, the
// audits that cost points, and a budget on the categories given. Chrome comes from chrome-launcher with
// Debian's Chromium (CHROME_PATH); Lighthouse 12 is the last major that runs on Node 20.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

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

/**
 * The audits that cost a category points: weighted, scored and below 1, with what Lighthouse says about
 * them (a metric's value, or how many elements fail). Pure: reads a Lighthouse result.
 */
export const lostPoints = (lhr, category) =>
  lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => {
      const items = audit.details?.items?.length;
      const detail = audit.displayValue ?? (items ? `${items} item${items === 1 ? '' : 's'}` : '');
      return `${audit.id} (score ${audit.score.toFixed(2)}${detail ? `, ${detail}` : ''})`;
    });

/** Scores out of 100, or null where Lighthouse could not score a category (it says why in runWarnings). */
export const categoryScores = (lhr) =>
  Object.fromEntries(CATEGORIES.map((id) => [id, lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100)]));

/**
 * Runs Lighthouse desktop once per page, one Chrome for all of them, and prints per page:
 *   `lighthouse en article: performance 100, accessibility 100, best-practices 100, seo 100`
 * then one budget line per enforced category (through `report.check`, so a miss fails the bench) and,
 * for every category below 100, the audits that cost the points.
 */
export const runLighthouse = async ({ pages, report, budgets }) => {
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    for (const { label, url } of pages) {
      const started = performance.now();
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
        desktopConfig,
      );
      if (!result) throw new Error(`lighthouse ${label}: no result`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`lighthouse ${label}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores = categoryScores(lhr);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`lighthouse ${label}: ${CATEGORIES.map((id) => `${id} ${scores[id] ?? 'n/a'}`).join(', ')} (${seconds} s)`);
      for (const warning of lhr.runWarnings) console.log(`  warning: ${warning}`);
      for (const [category, minimum] of Object.entries(budgets)) {
        const score = scores[category] ?? 0;
        const ok = score >= minimum;
        // report.check budgets are maxima; this one is a minimum, so it decides `ok` itself.
        report.check(`lighthouse ${label} ${category}`, score, 'points', undefined, {
          digits: 0,
          ok,
          note: ` (budget at least ${minimum}${ok ? '' : ', UNDER'})`,
        });
      }
      for (const category of CATEGORIES) {
        if (scores[category] === 100) continue;
        const lost = lostPoints(lhr, category);
        console.log(`  ${category} below 100: ${lost.length ? lost.join('; ') : 'no single audit failed (rounding of weighted scores)'}`);
      }
    }
  } finally {
    chrome.kill();
  }
};

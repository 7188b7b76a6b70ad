// The bench's written report: docs/bench/results.md (tables) and docs/bench/article-cold-loads.svg (a
// chart of the article's cold loads next to the limit and the peer), and the summary table in the README
// between its `bench:start` and `bench:end` markers. A run on a busy machine says so at the top of each.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import type { ColdLoad } from './cold-load.ts';
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import { budgetText, lineValue, median, type Line, type MachineLoad } from './report.ts';

export interface PageRuns {
  /** What the page is: `limit`, `peer`, `reader`. */
  id: string;
  label: string;
  loads: ColdLoad[];
}

export interface SweepRow {
  kind: string;
  lang: string;
  cls: number[];
  lcp: number[];
}

export interface BenchRun {
  date: string;
  commit: string;
  server: string;
  browser: string;
  peer: string;
  runs: number;
  conditions: string;
  loads: MachineLoad[];
  article: PageRuns[];
  sweep: SweepRow[];
  lighthouse: LighthouseResult[];
  lines: Line[];
  failures: string[];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const range = (xs: number[], digits = 0) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const isBusy = (run: BenchRun) => run.loads.some((load) => load.busy);

const busyNote = (run: BenchRun) => {
  const busy = run.loads.filter((load) => load.busy);
  return busy.length
    ? `**Busy machine: these figures are not a result.** Other processes used ${busy
        .map((load) => `${load.others.toFixed(2)} cores during ${load.group}`)
        .join(', ')} (a quiet run leaves them under 0.25). Run \`npm run bench\` again on a quiet machine.`
    : `Quiet machine: other processes used at most ${Math.max(0, ...run.loads.map((load) => load.others)).toFixed(2)} cores while the bench measured.`;
};

/** The headline table: the article next to the limit and the peer. */
export const articleTable = (run: BenchRun): string => {
  const limit = run.article.find((page) => page.id === 'limit');
  const lcp = (page: PageRuns) => page.loads.map((load) => load.lcp.startTime);
  const rows = run.article.map((page) => {
    const ratio = limit && page !== limit ? ` (${(median(lcp(page)) / median(lcp(limit))).toFixed(2)}× the limit)` : '';
    return `| ${page.label} | ${range(page.loads.map((load) => load.fcp))} | ${range(lcp(page))}${ratio} | ${Math.max(...page.loads.map((load) => load.cls)).toFixed(3)} | ${kb(median(page.loads.map((load) => load.bytes.total)))} KB | ${kb(median(page.loads.map((load) => load.bytes.script)))} KB |`;
  });
  return [
    '| page | FCP, ms: median (min–max) | LCP, ms: median (min–max) | CLS, worst | transferred | JavaScript |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
};

const lighthouseTable = (run: BenchRun): string => {
  const kinds = [...new Set(run.lighthouse.map((result) => result.page.kind))];
  const langs = [...new Set(run.lighthouse.map((result) => result.page.lang))];
  const cell = (kind: string, lang: string) => {
    const result = run.lighthouse.find((r) => r.page.kind === kind && r.page.lang === lang);
    if (!result) return '–';
    return `${CATEGORIES.map((category) => result.scores[category] ?? 'n/a').join(' / ')}; CLS ${result.cls.toFixed(3)}, TBT ${result.tbt.toFixed(0)} ms`;
  };
  return [
    `| page | ${langs.join(' | ')} |`,
    `| --- | ${langs.map(() => '---').join(' | ')} |`,
    ...kinds.map((kind) => `| ${kind} | ${langs.map((lang) => cell(kind, lang)).join(' | ')} |`),
  ].join('\n');
};

const sweepTable = (run: BenchRun): string => {
  const langs = [...new Set(run.sweep.map((row) => row.lang))];
  const kinds = [...new Set(run.sweep.map((row) => row.kind))];
  const cell = (kind: string, lang: string) => {
    const row = run.sweep.find((r) => r.kind === kind && r.lang === lang);
    return row ? `${Math.max(...row.cls).toFixed(3)}; LCP ${median(row.lcp).toFixed(0)} ms` : '–';
  };
  return [
    `| page | ${langs.join(' | ')} |`,
    `| --- | ${langs.map(() => '---').join(' | ')} |`,
    ...kinds.map((kind) => `| ${kind} | ${langs.map((lang) => cell(kind, lang)).join(' | ')} |`),
  ].join('\n');
};

const checkTable = (lines: Line[]): string =>
  [
    '| measure | value | budget | |',
    '| --- | --- | --- | --- |',
    ...lines.map(
      (line) =>
        `| ${line.label} | ${lineValue(line)} | ${line.budget ? budgetText(line.budget, line.unit) : ''} | ${line.ok ? 'met' : '**missed**'} |`,
    ),
  ].join('\n');

export const renderResults = (run: BenchRun): string => {
  const budgeted = run.lines.filter((line) => line.budget || !line.ok);
  const lighthouseLines = budgeted.filter((line) => line.label.startsWith('lighthouse '));
  const otherLines = budgeted.filter((line) => !line.label.startsWith('lighthouse '));
  const lighthouseMissed = lighthouseLines.filter((line) => !line.ok);
  return `# Bench results

Written by \`npm run bench\` on ${run.date} at ${run.commit}: ${run.server}, ${run.browser}, ${run.peer}.

${busyNote(run)}

## The article, cold, next to the limit and the peer

${run.conditions}; ${run.runs} cold loads of each page, taking turns, in one run. The limit is the article as
minimal semantic HTML with its CSS inline (under 1 KB), system fonts, no scripts; the peer is the same
article as a Next.js static export. Transferred: response bodies as sent (compressed), until the network was
quiet, medians.

${articleTable(run)}

![LCP and bytes of the article's cold loads](article-cold-loads.svg)

## Budgets

${checkTable(otherLines)}

## Layout shift on every page kind, cold (${run.conditions})

Worst CLS of the cold loads of each page, and the median LCP.

${sweepTable(run)}

## Lighthouse (desktop)

Performance / accessibility / best practices / SEO, CLS and total blocking time. ${
    lighthouseMissed.length
      ? `Missed: ${lighthouseMissed.map((line) => `${line.label} ${lineValue(line)}${line.budget ? ` (${budgetText(line.budget, line.unit)})` : ''}`).join('; ')}.`
      : `All ${lighthouseLines.length} budgeted scores met.`
  }

${lighthouseTable(run)}

${run.failures.length ? `Over budget: ${run.failures.join(', ')}.` : 'All budgets met.'}
`;
};

/** Horizontal bars: LCP median per page with its min–max, and the 1.15× limit line; then bytes, script first. */
export const renderChart = (run: BenchRun): string => {
  const width = 800;
  const left = 190;
  // Room on the right for the longest value label.
  const barArea = width - left - 220;
  const rowHeight = 34;
  const pages = run.article;
  const lcps = pages.map((page) => page.loads.map((load) => load.lcp.startTime));
  const limit = pages.findIndex((page) => page.id === 'limit');
  const limitLcp = limit >= 0 ? median(lcps[limit]!) : undefined;
  const maxMs = Math.max(...lcps.flat(), (limitLcp ?? 0) * 1.15) * 1.05;
  const x = (ms: number) => left + (ms / maxMs) * barArea;
  const bytes = pages.map((page) => ({
    total: median(page.loads.map((load) => load.bytes.total)),
    script: median(page.loads.map((load) => load.bytes.script)),
  }));
  const maxBytes = Math.max(...bytes.map((b) => b.total), 150 * 1024) * 1.05;
  const xb = (value: number) => left + (value / maxBytes) * barArea;
  const busy = isBusy(run);
  const top = busy ? 96 : 76;
  const lcpTop = top + 22;
  const bytesTop = lcpTop + pages.length * rowHeight + 56;
  const height = bytesTop + pages.length * rowHeight + 40;
  const colour = (id: string) => (id === 'reader' ? '#0b5c8a' : id === 'limit' ? '#6b7280' : '#b45309');
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Verdana, sans-serif" font-size="13">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="26" font-size="16" font-weight="bold" fill="#1b1d21">The article, cold: largest contentful paint and bytes</text>`,
    `<text x="16" y="46" fill="#4f5560">${escapeXml(`${run.date}, ${run.commit}`)}</text>`,
    `<text x="16" y="64" fill="#4f5560">${escapeXml(`${run.runs} cold loads each, taking turns; ${run.conditions}`)}</text>`,
  ];
  if (busy) parts.push(`<text x="16" y="84" font-weight="bold" fill="#b91c1c">Busy machine: not a result (see results.md)</text>`);
  parts.push(`<text x="16" y="${lcpTop - 6}" font-weight="bold" fill="#1b1d21">LCP, ms (median, min–max)</text>`);
  pages.forEach((page, i) => {
    const y = lcpTop + i * rowHeight + 8;
    const values = lcps[i]!;
    const med = median(values);
    parts.push(
      `<text x="${left - 10}" y="${y + 14}" text-anchor="end" fill="#1b1d21">${escapeXml(page.label)}</text>`,
      `<rect x="${left}" y="${y}" width="${x(med) - left}" height="20" fill="${colour(page.id)}"/>`,
      `<line x1="${x(Math.min(...values))}" x2="${x(Math.max(...values))}" y1="${y + 10}" y2="${y + 10}" stroke="#1b1d21" stroke-width="1.5"/>`,
      `<line x1="${x(Math.min(...values))}" x2="${x(Math.min(...values))}" y1="${y + 4}" y2="${y + 16}" stroke="#1b1d21" stroke-width="1.5"/>`,
      `<line x1="${x(Math.max(...values))}" x2="${x(Math.max(...values))}" y1="${y + 4}" y2="${y + 16}" stroke="#1b1d21" stroke-width="1.5"/>`,
      `<text x="${x(Math.max(...values)) + 8}" y="${y + 14}" fill="#1b1d21">${med.toFixed(0)} ms</text>`,
    );
  });
  if (limitLcp !== undefined) {
    const at = x(limitLcp * 1.15);
    const bottom = lcpTop + pages.length * rowHeight + 8;
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${lcpTop}" y2="${bottom}" stroke="#b91c1c" stroke-dasharray="4 3"/>`,
      `<text x="${at}" y="${bottom + 14}" text-anchor="middle" fill="#b91c1c">1.15× the limit</text>`,
    );
  }
  parts.push(`<text x="16" y="${bytesTop - 6}" font-weight="bold" fill="#1b1d21">Transferred, KB (JavaScript darker)</text>`);
  pages.forEach((page, i) => {
    const y = bytesTop + i * rowHeight + 8;
    const { total, script } = bytes[i]!;
    parts.push(
      `<text x="${left - 10}" y="${y + 14}" text-anchor="end" fill="#1b1d21">${escapeXml(page.label)}</text>`,
      `<rect x="${left}" y="${y}" width="${xb(total) - left}" height="20" fill="${colour(page.id)}" fill-opacity="0.45"/>`,
      `<rect x="${left}" y="${y}" width="${xb(script) - left}" height="20" fill="${colour(page.id)}"/>`,
      `<text x="${xb(total) + 8}" y="${y + 14}" fill="#1b1d21">${kb(total)} KB (${kb(script)} KB JS)</text>`,
    );
  });
  const bottom = bytesTop + pages.length * rowHeight + 8;
  for (const [kbBudget, label, anchor] of [
    [150, '150 KB in all', 'start'],
    [110, '110 KB of JavaScript', 'end'],
  ] as const) {
    const at = xb(kbBudget * 1024);
    parts.push(
      `<line x1="${at}" x2="${at}" y1="${bytesTop}" y2="${bottom}" stroke="#b91c1c" stroke-dasharray="4 3"/>`,
      `<text x="${at + (anchor === 'start' ? 4 : -4)}" y="${bottom + 14}" text-anchor="${anchor}" fill="#b91c1c">${label}</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
};

const README_START = '<!-- bench:start -->';
const README_END = '<!-- bench:end -->';

/** The README's summary between its markers: the headline table, the chart and where the rest is. */
export const renderReadmeSummary = (run: BenchRun): string =>
  `${README_START}\n${isBusy(run) ? '**The last run was on a busy machine: not a result.** ' : ''}Last run ${run.date} (${run.commit}); ${run.runs} cold loads each, ${run.conditions}:\n\n${articleTable(run)}\n\n![LCP and bytes of the article's cold loads](docs/bench/article-cold-loads.svg)\n\nEvery figure, budget and Lighthouse score of that run: [docs/bench/results.md](docs/bench/results.md).\n${README_END}`;

export const writeResults = (run: BenchRun, { dir = 'docs/bench', readme = 'README.md' } = {}): void => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/results.md`, renderResults(run));
  writeFileSync(`${dir}/article-cold-loads.svg`, renderChart(run));
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf(README_START);
  const end = text.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`${readme}: no ${README_START} … ${README_END} section for the bench's summary`);
  writeFileSync(readme, `${text.slice(0, start)}${renderReadmeSummary(run)}${text.slice(end + README_END.length)}`);
};

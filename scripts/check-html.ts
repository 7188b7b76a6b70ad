// `npm run html:check`: every prerendered page of the built sites (every page kind, every language, the
// not-found pages) against the HTML standard, with html-validate's `html-validate:standard` rules (the
// standard's content models and attributes, no house style). One line per problem, then a summary.
// `tsx scripts/check-html.ts [DIR…] [--report FILE]` (default: dist, and dist-fixtures where it was
// built); the report holds the summary line for `npm test`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { oneLine } from '../src/shared/one-line.ts';

const HTML_CONFIG: ConfigData = { extends: ['html-validate:standard'] };

const pagesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
    .sort();

const args = process.argv.slice(2);
const reportAt = args.indexOf('--report');
const reportFile = reportAt === -1 ? undefined : args.splice(reportAt, 2)[1];
const dirs = args.length ? args : ['dist', 'dist-fixtures'].filter((dir) => existsSync(dir));
const missing = dirs.filter((dir) => !existsSync(dir));
if (missing.length || !dirs.length) {
  console.error(`html: nothing to check in ${missing.join(', ') || 'dist'}: run \`npm run build\` first`);
  process.exit(1);
}

const validator = new HtmlValidate(HTML_CONFIG);
let pages = 0;
let failedPages = 0;
let problems = 0;
for (const dir of dirs) {
  for (const file of pagesIn(dir)) {
    pages += 1;
    const name = relative(process.cwd(), file);
    const report = await validator.validateString(readFileSync(file, 'utf8'), name);
    const messages = report.results.flatMap((result) => result.messages);
    if (!messages.length) continue;
    failedPages += 1;
    problems += messages.length;
    for (const { line, column, ruleId, message } of messages) console.error(oneLine(`${name}:${line}:${column}: ${message} (${ruleId})`));
  }
}
const line = `html: ${pages - failedPages} passed, ${failedPages} failed (${pages} pages in ${dirs.join(', ')}, ${problems} problems)`;
console.log(line);
if (reportFile) {
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, JSON.stringify({ line }));
}
process.exit(failedPages ? 1 : 0);

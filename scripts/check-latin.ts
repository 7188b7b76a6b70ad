// Runs after the prerender (`npm run build`): no page of an edition written in Latin (kk-Latn) may show a
// Cyrillic letter in its text, title or meta (pipeline/prerender/latin-check.ts). One line per word found,
// naming the page, then a summary; exits non-zero when there is any. `tsx scripts/check-latin.ts [DIR]`.
// READER_LATIN_PAGES names a file listing the pages to check (paths under DIR, one a line): an incremental
// build checks only the pages it wrote, the others kept the bytes a build checked before.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cyrillicOnPage, LATIN_EDITIONS } from '../pipeline/prerender/latin-check.ts';

const dist = process.argv[2] ?? process.env.READER_OUT_DIR ?? 'dist';
const latin = LATIN_EDITIONS;
const listed = process.env.READER_LATIN_PAGES;
const only = listed === undefined ? undefined : new Set(readFileSync(listed, 'utf8').split('\n').filter(Boolean));
let pages = 0;
let problems = 0;
for (const lang of latin) {
  const dir = join(dist, lang);
  if (!existsSync(dir)) continue;
  const names = only
    ? [...only].flatMap((path) => (path.startsWith(`${lang}/`) && path.endsWith('.html') ? [path.slice(lang.length + 1)] : []))
    : readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  for (const name of names.sort()) {
    pages += 1;
    const page = `/${lang}/${name.replace(/(index)?\.html$/, '')}`;
    for (const { where, finding } of cyrillicOnPage(readFileSync(join(dir, name), 'utf8'), lang)) {
      problems += 1;
      console.error(`${page}: ${where}: ${finding}`);
    }
  }
}
console.log(
  `latin: ${pages} ${latin.join(', ')} page${pages === 1 ? '' : 's'} checked, ${problems} Cyrillic word${problems === 1 ? '' : 's'}`,
);
// A whole site with no Latin page is a broken build; a list may hold none.
process.exit(problems || (pages === 0 && !only) ? 1 : 0);

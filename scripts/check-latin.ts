// Runs after the prerender (`npm run build`): no page of an edition written in Latin (kk-Latn) may show a
// Cyrillic letter in its text, title or meta (pipeline/prerender/latin-check.ts). One line per word found,
// naming the page, then a summary; exits non-zero when there is any. `tsx scripts/check-latin.ts [DIR]`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cyrillicOnPage } from '../pipeline/prerender/latin-check.ts';
import { derivation, LANGS } from '../src/shared/languages.ts';

const dist = process.argv[2] ?? process.env.READER_OUT_DIR ?? 'dist';
// The editions whose script differs from their source's: kk-Latn (the converter writes Latin).
const latin = LANGS.filter((lang) => derivation(lang) && lang.endsWith('-Latn'));
let pages = 0;
let problems = 0;
for (const lang of latin) {
  const dir = join(dist, lang);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()) {
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
process.exit(problems || pages === 0 ? 1 : 0);

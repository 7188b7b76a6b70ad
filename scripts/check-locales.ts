// `npm run locales:check`: every language must match English key for key (see pipeline/locales/parity.ts).
import { readFileSync } from 'node:fs';
import { compareLocales, type Messages } from '../pipeline/locales/parity.ts';
import { DEFAULT_LANG, LANGS } from '../src/shared/languages.ts';

const read = (lang: string): Messages => JSON.parse(readFileSync(`locales/${lang}/translation.json`, 'utf8'));
const english = read(DEFAULT_LANG);
const others = LANGS.filter((lang) => lang !== DEFAULT_LANG);
const problems = others.flatMap((lang) => compareLocales(english, read(lang), lang));
for (const problem of problems) console.error(problem);
console.log(
  `locales: ${problems.length === 0 ? others.length : 0} passed, ${problems.length === 0 ? 0 : 1} failed (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
);
process.exit(problems.length ? 1 : 0);

// `npm run locales:check`: kk and ru must match English key for key (see pipeline/locales/parity.ts).
import { readFileSync } from 'node:fs';
import { compareLocales, type Messages } from '../pipeline/locales/parity.ts';

const read = (lang: string): Messages => JSON.parse(readFileSync(`locales/${lang}/translation.json`, 'utf8'));
const english = read('en');
const problems = ['kk', 'ru'].flatMap((lang) => compareLocales(english, read(lang), lang));
for (const problem of problems) console.error(problem);
console.log(
  `locales: ${problems.length === 0 ? 2 : 0} passed, ${problems.length === 0 ? 0 : 1} failed (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
);
process.exit(problems.length ? 1 : 0);

// `npm run locales:check`: every language must match English key for key (see pipeline/locales/parity.ts),
// a derived edition (kk-Latn) as the app receives it: its source language's strings converted, with its
// hand corrections laid over them (every correction naming a key there is, no Cyrillic left).
import { readFileSync } from 'node:fs';
import { checkDerivedLocale, compareLocales, type Messages } from '../pipeline/locales/parity.ts';
import { DEFAULT_LANG, derivation, LANGS, language } from '../src/shared/languages.ts';

const read = (lang: string): Messages => JSON.parse(readFileSync(`locales/${lang}/translation.json`, 'utf8'));
const english = read(DEFAULT_LANG);
const others = LANGS.filter((lang) => lang !== DEFAULT_LANG);
const problems: string[] = [];
for (const lang of others) {
  const derived = derivation(lang);
  const messages = derived ? (await language(lang).messages()).default : read(lang);
  problems.push(...compareLocales(english, messages, lang));
  if (derived) problems.push(...checkDerivedLocale(read(derived.from), read(lang), messages, lang));
}
for (const problem of problems) console.error(problem);
console.log(
  `locales: ${problems.length === 0 ? others.length : 0} passed, ${problems.length === 0 ? 0 : 1} failed (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
);
process.exit(problems.length ? 1 : 0);

// Dates, numbers and relative times must read the same in Node (which has full ICU data, and prerenders the
// pages) and in Chromium (whose Debian build has no Kazakh locale data). The same cases run through the same
// modules in both, and plural categories come from each runtime's Intl.PluralRules.
import { buildSync } from 'esbuild';
import { formatDate } from '../src/shared/format/format-date';
import { formatNumber } from '../src/shared/format/format-number';
import { formatRelativeTime, RELATIVE_TIME_UNITS } from '../src/shared/format/format-relative-time';
import { derivation } from '../src/shared/languages';
import { expect, LANGS, test } from './fixtures';

const DATES = ['2023-04-27', '2024-01-01', '2023-12-31', '2023-04-27T23:30:00+06:00', '2024-03-01T00:10:00+05:00', '2025-09-05T08:00:00Z'];
const NUMBERS = [0, 1, 7, 21, 1234, 98765, 1234567.891, -1500.5];
const COUNTS = [0, 1, 2, 4, 5, 11, 21, 22, 25, 101, 111];
/** Past and future, every plural form, grouping and a fraction. */
const RELATIVE = [-0, 0, ...[1, 2, 3, 5, 11, 21, 22, 25, 111, 1234, 1.5].flatMap((value) => [-value, value])];

const ORIGIN = 'http://formatting.test';
/** The browser runs the same source files, bundled into one module with the language list they read. */
const formatters = buildSync({
  stdin: {
    contents: ['format-date', 'format-number', 'format-relative-time'].map((file) => `export * from './${file}';`).join('\n'),
    resolveDir: new URL('../src/shared/format/', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  write: false,
}).outputFiles[0]!.text;

test('dates, numbers, relative times and plural categories are the same in Chromium as in Node', async ({ page }) => {
  await page.route(`${ORIGIN}/formatting.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: formatters }));
  // Registered last, so it wins for the page itself.
  await page.route(`${ORIGIN}/`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>formatting</title>' }));
  await page.goto(`${ORIGIN}/`);

  const browser = await page.evaluate(
    async ({ origin, langs, dates, numbers, counts, relative, units }) => {
      const { formatDate: date, formatNumber: number, formatRelativeTime: relativeTime } = await import(`${origin}/formatting.js`);
      return langs.map((lang) => ({
        dates: dates.map((value) => date(value, lang)),
        numbers: numbers.map((value) => number(value, lang)),
        plurals: counts.map((count) => new Intl.PluralRules(lang).select(count)),
        relative: units.map((unit) => relative.map((value) => relativeTime(value, unit, lang))),
      }));
    },
    {
      origin: ORIGIN,
      langs: [...LANGS],
      dates: DATES,
      numbers: NUMBERS,
      counts: COUNTS,
      relative: RELATIVE,
      units: [...RELATIVE_TIME_UNITS],
    },
  );

  const node = LANGS.map((lang) => ({
    dates: DATES.map((value) => formatDate(value, lang)),
    numbers: NUMBERS.map((value) => formatNumber(value, lang)),
    plurals: COUNTS.map((count) => new Intl.PluralRules(lang).select(count)),
    relative: RELATIVE_TIME_UNITS.map((unit) => RELATIVE.map((value) => formatRelativeTime(value, unit, lang))),
  }));
  expect(browser).toEqual(node);
  // The cases that matter most, spelled out.
  const [EN, KK, KK_LATN, RU] = (['en', 'kk', 'kk-Latn', 'ru'] as const).map((lang) => LANGS.indexOf(lang));
  expect(browser[KK!]?.dates[0]).toBe('2023\u00a0ж. 27 сәуір');
  expect(browser[KK_LATN!]?.dates[0]).toBe('2023\u00a0j. 27 säuır');
  expect(browser[RU!]?.dates[0]).toBe('27 апреля 2023\u00a0г.');
  expect(browser[KK!]?.numbers[6]).toBe('1\u00a0234\u00a0567,891');
  expect(browser[KK_LATN!]?.numbers[6]).toBe('1\u00a0234\u00a0567,891');
  expect(browser[RU!]?.plurals.slice(1, 7)).toEqual(['one', 'few', 'few', 'many', 'many', 'one']);
  const relative = (lang: number, unit: (typeof RELATIVE_TIME_UNITS)[number], value: number) =>
    browser[lang]?.relative[RELATIVE_TIME_UNITS.indexOf(unit)]?.[RELATIVE.indexOf(value)];
  expect(relative(KK!, 'day', -3)).toBe('3 күн бұрын');
  expect(relative(KK!, 'hour', 3)).toBe('3 сағаттан кейін');
  expect(relative(KK_LATN!, 'day', -3)).toBe('3 kün būryn');
  expect(relative(KK_LATN!, 'hour', 3)).toBe('3 sağattan keiın');
  expect([-1, -2, -5, -21].map((value) => relative(RU!, 'minute', value))).toEqual([
    '1 минуту назад',
    '2 минуты назад',
    '5 минут назад',
    '21 минуту назад',
  ]);
  expect(relative(EN!, 'year', 5)).toBe('in 5 years');
});

test('relative times in Node are ICU’s own', () => {
  // Node carries ICU's full locale data, so it is the reference for every language; ICU has no kk-Latn
  // words, so kk-Latn's reference is Kazakh's through the converter.
  for (const lang of LANGS) {
    const derived = derivation(lang);
    const icu = new Intl.RelativeTimeFormat(derived?.from ?? lang, { numeric: 'always' });
    const convert = derived?.convert ?? ((text: string) => text);
    for (const unit of RELATIVE_TIME_UNITS)
      expect(RELATIVE.map((value) => formatRelativeTime(value, unit, lang))).toEqual(
        RELATIVE.map((value) => convert(icu.format(value, unit))),
      );
  }
});

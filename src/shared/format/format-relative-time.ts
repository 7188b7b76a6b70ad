// Relative times ("3 hours ago") are written by hand for the same reason as dates: Debian's Chromium has no
// Kazakh locale data (`Intl.RelativeTimeFormat('kk')` gives `-3 d` there, `3 күн бұрын` in Node), and the
// wording must not depend on the browser. The reference is ICU's `numeric: 'always'` output, as Node gives
// it; plural categories come from Intl.PluralRules, which is correct in every browser.
import { derivation, type Lang } from '../languages';
import { formatNumber } from './format-number';

export const RELATIVE_TIME_UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type RelativeTimeUnit = (typeof RELATIVE_TIME_UNITS)[number];

/** A noun's form for each plural category its language uses; `other` is always there. */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// English: the noun takes the plural after any number but 1.
const EN: Record<RelativeTimeUnit, Forms> = {
  second: { one: 'second', other: 'seconds' },
  minute: { one: 'minute', other: 'minutes' },
  hour: { one: 'hour', other: 'hours' },
  day: { one: 'day', other: 'days' },
  week: { one: 'week', other: 'weeks' },
  month: { one: 'month', other: 'months' },
  year: { one: 'year', other: 'years' },
};

// Russian: accusative after «через» and before «назад»; `other` is the fractional form («1,5 часа»).
const RU: Record<RelativeTimeUnit, Forms> = {
  second: { one: 'секунду', few: 'секунды', many: 'секунд', other: 'секунды' },
  minute: { one: 'минуту', few: 'минуты', many: 'минут', other: 'минуты' },
  hour: { one: 'час', few: 'часа', many: 'часов', other: 'часа' },
  day: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
  week: { one: 'неделю', few: 'недели', many: 'недель', other: 'недели' },
  month: { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' },
  year: { one: 'год', few: 'года', many: 'лет', other: 'года' },
};

// Kazakh: a noun after a numeral stays singular; the past is «N минут бұрын», the future takes the
// ablative before «кейін» («N минуттан кейін»), its ending following vowel harmony and the last sound.
const KK: Record<RelativeTimeUnit, { past: string; future: string }> = {
  second: { past: 'секунд', future: 'секундтан' },
  minute: { past: 'минут', future: 'минуттан' },
  hour: { past: 'сағат', future: 'сағаттан' },
  day: { past: 'күн', future: 'күннен' },
  week: { past: 'апта', future: 'аптадан' },
  month: { past: 'ай', future: 'айдан' },
  year: { past: 'жыл', future: 'жылдан' },
};

const pick = (forms: Forms, category: Intl.LDMLPluralRule): string => forms[category] ?? forms.other;

/**
 * `value` units from now, as ICU writes it with `numeric: 'always'`: negative (and -0) is the past.
 * `3 hours ago`, `3 сағат бұрын`, `3 часа назад`; `in 3 hours`, `3 сағаттан кейін`, `через 3 часа`.
 */
export const formatRelativeTime = (value: number, unit: RelativeTimeUnit, lang: Lang): string => {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  // A derived edition writes its source language's words converted: `3 сағат бұрын` → `3 sağat būryn`.
  const derived = derivation(lang);
  if (derived) return derived.convert(formatRelativeTime(value, unit, derived.from));
  const past = value < 0 || Object.is(value, -0);
  // ICU shows at most three fraction digits and picks the plural form of the number it shows.
  const shown = Math.round(Math.abs(value) * 1000) / 1000;
  const number = formatNumber(shown, lang);
  const category = new Intl.PluralRules(lang).select(shown);
  switch (lang) {
    case 'en': {
      const noun = pick(EN[unit], category);
      return past ? `${number} ${noun} ago` : `in ${number} ${noun}`;
    }
    case 'kk':
      return past ? `${number} ${KK[unit].past} бұрын` : `${number} ${KK[unit].future} кейін`;
    case 'ru': {
      const noun = pick(RU[unit], category);
      return past ? `${number} ${noun} назад` : `через ${number} ${noun}`;
    }
    default:
      throw new RangeError(`no relative time words for ${lang}`);
  }
};

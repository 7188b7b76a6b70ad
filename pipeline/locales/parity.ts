// Holds the three interfaces equal: kk and ru carry every English key, every plural category of their
// own language, the same placeholders, and no empty strings.
export type Messages = { [key: string]: string | Messages };

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export const flatten = (messages: Messages, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
};

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!).sort();

/** The CLDR plural categories a language needs (from the runtime's full ICU data in Node). */
export const pluralCategories = (lang: string): string[] => [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();

/** Every difference between English and one other language, one readable line each. */
export const compareLocales = (english: Messages, other: Messages, lang: string): string[] => {
  const en = flatten(english);
  const lng = flatten(other);
  const problems: string[] = [];
  const pluralBases = new Set([...en.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
  const categories = pluralCategories(lang);
  const expected = new Map<string, string>();
  for (const [key, value] of en) if (!PLURAL_SUFFIX.test(key) || !pluralBases.has(key.replace(PLURAL_SUFFIX, ''))) expected.set(key, value);
  for (const base of pluralBases) {
    const sample = en.get(`${base}_other`) ?? en.get(`${base}_one`) ?? '';
    for (const category of categories) expected.set(`${base}_${category}`, sample);
  }
  for (const [key, english] of expected) {
    const value = lng.get(key);
    if (value === undefined) {
      problems.push(`${lang}: missing ${key}`);
      continue;
    }
    if (!value.trim()) problems.push(`${lang}: empty ${key}`);
    const want = placeholders(english).filter((p) => p !== 'count');
    const have = placeholders(value).filter((p) => p !== 'count');
    if (want.join() !== have.join())
      problems.push(`${lang}: ${key} has placeholders {${have.join(', ')}}, English has {${want.join(', ')}}`);
  }
  for (const key of lng.keys())
    if (!expected.has(key)) problems.push(`${lang}: extra ${key} (not in English, or not a ${lang} plural category)`);
  return problems;
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
// The languages' own names are autonyms, the same in every locale (Қазақша, Русский), shown with their own `lang`.
const AUTONYMS = /^language\.name\./;

/**
 * What a derived edition's strings must also be: its corrections name keys its source has (a correction
 * for a key that is gone would be silently dropped), and the result has no Cyrillic but the autonyms.
 */
export const checkDerivedLocale = (source: Messages, corrections: Messages, result: Messages, lang: string): string[] => {
  const keys = flatten(source);
  const problems: string[] = [];
  for (const key of flatten(corrections).keys())
    if (!keys.has(key)) problems.push(`${lang}: the correction of ${key} names no key of the strings it corrects`);
  for (const [key, value] of flatten(result))
    if (!AUTONYMS.test(key) && CYRILLIC.test(value)) problems.push(`${lang}: ${key} has Cyrillic letters: "${value}"`);
  return problems;
};

import { describe, expect, it } from 'vitest';
import type { Lang } from '../languages';
import { quoteMarks } from './quote-marks';

/** The text as the reader sees it: the marks added around the text, the text itself unchanged. */
const shown = (text: string, lang: Lang) => {
  const { open, close } = quoteMarks(text, lang);
  return `${open}${text}${close}`;
};

describe('quoteMarks', () => {
  it.each<[name: string, lang: Lang, text: string, shown: string]>([
    // Plain text gets the marks of its own language.
    ['plain English', 'en', 'We are all one family.', '“We are all one family.”'],
    ['plain Kazakh', 'kk', 'Біз бір отбасымыз.', '«Біз бір отбасымыз.»'],
    ['plain Russian', 'ru', 'Мы одна семья.', '«Мы одна семья.»'],
    // Already quoted by the editor, in any style: shown as written.
    ['Kazakh in «»', 'kk', '«Біз бір отбасымыз.»', '«Біз бір отбасымыз.»'],
    ['Russian in «»', 'ru', '«Мы одна семья.»', '«Мы одна семья.»'],
    ['English in “”', 'en', '“We are all one family.”', '“We are all one family.”'],
    ['English in straight quotes', 'en', '"We are all one family."', '"We are all one family."'],
    ['Russian in straight quotes', 'ru', '"Мы одна семья."', '"Мы одна семья."'],
    ['Russian in „“', 'ru', '„Мы одна семья.“', '„Мы одна семья.“'],
    ['English in «» (the marks of the original)', 'en', '«We are all one family.»', '«We are all one family.»'],
    ['English in single quotes', 'en', '‘We are all one family.’', '‘We are all one family.’'],
    ['white space around the marks', 'kk', ' «Біз бір отбасымыз.» ', ' «Біз бір отбасымыз.» '],
    // A quoted phrase at either edge: an added mark would stand right beside it.
    ['a quoted motto first', 'kk', '«Асықпай, бірақ сенімді» — біздің ұранымыз.', '«Асықпай, бірақ сенімді» — біздің ұранымыз.'],
    ['a quoted motto last', 'ru', 'Наш девиз — «Медленно, но верно»', 'Наш девиз — «Медленно, но верно»'],
    ['an English quoted phrase first', 'en', '“Slowly but surely” — that is our motto.', '“Slowly but surely” — that is our motto.'],
    // Quotation marks inside the text do not touch an edge: the quote still gets its own.
    ['marks inside', 'ru', 'Орден «Құрмет» вручен.', '«Орден «Құрмет» вручен.»'],
    ['marks inside, English', 'en', 'We call it “home” here.', '“We call it “home” here.”'],
    ['a closing apostrophe is not a quotation mark', 'en', 'This is the teachers’', '“This is the teachers’”'],
    ['an apostrophe first is not a quotation mark', 'en', '’Tis the season.', '“’Tis the season.”'],
  ])('%s', (_, lang, text, expected) => {
    expect(shown(text, lang)).toBe(expected);
  });

  it('never changes the text itself', () => {
    for (const text of ['«a»', 'a', '"a', 'a"', ' a ']) expect(shown(text, 'kk')).toContain(text);
  });
});

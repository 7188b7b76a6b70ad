import { describe, expect, it } from 'vitest';
import { findDate, isDateLine, withoutTrailingDate } from './dates';
import { readText } from './read-text';
import { slugify } from './slug';
import { junkReason, structure } from './structure';

const parts = (text: string) => structure(readText(new TextEncoder().encode(text)));
const LONG = 'The Head of State stressed that every Kazakh citizen should put his best efforts to strengthen unity.';

describe('dates', () => {
  it.each([
    ['16.06.2022 17:44 1500', '2022-06-16'],
    ['22 октября 2022, 19:02', '2022-10-22'],
    ['30 Маусым 2023, 14:46', '2023-06-30'],
    ['19:12, 16 April 2024 | GMT +6', '2024-04-16'],
    ['12 января 2022 г.', '2022-01-12'],
    ['2026-03-06', '2026-03-06'],
  ])('reads %s', (line, date) => {
    expect(findDate(line)?.date).toBe(date);
    expect(isDateLine(line)).toBe(true);
  });

  it('knows a sentence with a date from a date line, and a real date from an impossible one', () => {
    expect(isDateLine('On 12 January 2022 the President visited Almaty and met its residents.')).toBe(false);
    expect(findDate('31.02.2023')).toBeUndefined();
    expect(withoutTrailingDate('В Алматы прошла церемония вручения наград 22 октября 2022, 19:02')).toBe(
      'В Алматы прошла церемония вручения наград',
    );
  });
});

describe('the parts of an article', () => {
  it('takes the date line, then the paragraph on the same line', () => {
    const found = parts(` date 2023-04-27 ${LONG}\n\nSecond paragraph of the article, long enough to be running text.`);
    expect(found.date?.value).toBe('2023-04-27');
    expect(found.headline).toBeUndefined();
    expect(found.body.map((line) => line.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('takes a headline on the date line', () => {
    expect(parts(` date 2025-10-25 Важнейший исторический рубеж\n\n${LONG}`).headline?.text).toBe('Важнейший исторический рубеж');
  });

  it('prefers a headline of some length to a rubric above it, keeps a standfirst, and drops bylines and menus', () => {
    const found = parts(
      [
        'Лента новостей',
        'Токаев не будет принимать никаких наград до окончания полномочий',
        'Это подтвердил пресс-секретарь.',
        'Photo: Akorda',
        LONG,
      ].join('\n'),
    );
    expect(found.headline?.text).toBe('Токаев не будет принимать никаких наград до окончания полномочий');
    expect(found.standfirst?.text).toBe('Это подтвердил пресс-секретарь.');
    expect(found.dropped.map((line) => line.why)).toEqual(['front matter (a rubric, byline or counter)', 'a photo credit']);
  });

  it('marks a short line before a paragraph as a sub-heading, and drops repeats', () => {
    const other = `${LONG} He also spoke of peace.`;
    const found = parts([LONG, 'President Tokayev presents awards for peace, friendship and cooperation', other, other].join('\n\n'));
    expect(found.body.map((line) => line.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(found.dropped.map((line) => line.why)).toEqual(['a repeat']);
  });

  it.each([
    ['About agency Contacts Advertisement Partners Photo Site map Tags', 'a menu'],
    ['TV AND RADIO COMPLEX OF THE PRESIDENT', 'a banner in capitals'],
    ['Поделитесь:', 'a label'],
    ['• kz', 'a menu'],
    ['Kyzylzhar_akparat@mail.ru', 'an address'],
    ['4.97', 'no words'],
  ])('sets aside %s', (line, why) => {
    expect(junkReason(line)).toBe(why);
  });
});

describe('ids', () => {
  it('writes every language in Latin letters', () => {
    expect(slugify('Қасым-Жомарт Тоқаев')).toBe('qasym-zhomart-toqaev');
    expect(slugify('Касым-Жомарт Токаев, Ёлка')).toBe('kasym-zhomart-tokaev-elka');
    expect(slugify('Devlet Nişanı order: 2nd degree')).toBe('devlet-nisani-order-2nd-degree');
  });
});

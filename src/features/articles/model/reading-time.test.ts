import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

const words = (n: number) => Array.from({ length: n }, () => 'сөз').join(' ');

describe('countWords', () => {
  it.each([
    ['Қасым-Жомарт Тоқаев сөз сөйледі', 4],
    ['«Біз — бір отбасымыз»', 3],
    ['  ', 0],
    ['32nd session, 2023', 3],
  ])('%s has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it.each([
    [10, 1],
    [300, 2],
    [1000, 5],
    [4200, 21],
  ])('%i words take %i minutes', (count, minutes) => {
    expect(readingMinutes({ headline: '', summary: '', body: [{ type: 'paragraph', text: words(count) }] })).toBe(minutes);
  });
});

import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../api/not-found';
import { pageNumber } from './page-number';

describe('pageNumber', () => {
  it.each([
    [null, 1],
    ['', 1],
    ['1', 1],
    ['2', 2],
    ['120', 120],
  ] as const)('%s is page %i', (value, expected) => {
    expect(pageNumber(value)).toBe(expected);
  });
  it.each(['0', '-1', '01', 'two', '1.5', ' 1', '9999999'])('%j names no page', (value) => {
    expect(() => pageNumber(value)).toThrow(NotFoundError);
  });
});

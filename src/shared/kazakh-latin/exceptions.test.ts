import { describe, expect, it } from 'vitest';
import { EXCEPTIONS, parseExceptions, toExceptionMap } from './exceptions';
import { toLatin } from './to-latin';

const entry = { cyrillic: 'заряд', latin: 'zarät', source: 'a dictionary' };

describe('parseExceptions', () => {
  it('reads a valid list', () => {
    expect(parseExceptions({ exceptions: [entry] })).toEqual([entry]);
  });

  it.each<[string, unknown, string]>([
    ['not an object', 'заряд', 'exceptions.json: an object with a list of exceptions'],
    ['a list that is not one', { exceptions: 'заряд' }, 'exceptions.json: exceptions: a list of entries'],
    ['a capital letter', { exceptions: [{ ...entry, cyrillic: 'Заряд' }] }, 'exceptions.json: exceptions.0.cyrillic: small letters'],
    ['two words', { exceptions: [{ ...entry, cyrillic: 'заряд беру' }] }, 'exceptions.0.cyrillic: one word of Cyrillic letters'],
    ['a Latin key', { exceptions: [{ ...entry, cyrillic: 'zaryad' }] }, 'exceptions.0.cyrillic: one word of Cyrillic letters'],
    ['Cyrillic in the spelling', { exceptions: [{ ...entry, latin: 'zarяd' }] }, 'exceptions.0.latin: no Cyrillic letter'],
    ['no source', { exceptions: [{ ...entry, source: '' }] }, 'exceptions.0.source: a source'],
    ['an unknown field', { exceptions: [{ ...entry, note: 'x' }] }, 'exceptions.0.note'],
    ['a word twice', { exceptions: [entry, { ...entry, latin: 'zaräd' }] }, 'exceptions.json: each word once'],
  ])('refuses %s', (_, input, message) => {
    expect(() => parseExceptions(input)).toThrow(message);
  });
});

describe('the shipped list', () => {
  it('holds only words the rules spell otherwise, each with its source', () => {
    for (const [cyrillic, latin] of EXCEPTIONS) {
      expect(toLatin(cyrillic, { exceptions: new Map() }), cyrillic).not.toBe(latin);
    }
  });
});

describe('toLatin with a word list', () => {
  const exceptions = toExceptionMap([entry, { cyrillic: 'макдоналдс', latin: 'McDonald’s', source: 'the company' }]);

  it.each([
    ['small letters', 'заряд', 'zarät'],
    ['Title Case', 'Заряд', 'Zarät'],
    ['ALL CAPS', 'ЗАРЯД', 'ZARÄT'],
    ['mixed case keeps the list’s spelling', 'ЗаРяд', 'zarät'],
    ['a part of a hyphenated word', 'қайта-заряд', 'qaita-zarät'],
    ['in a sentence, with punctuation', '«Заряд», заряд.', '«Zarät», zarät.'],
    ['with a Latin look-alike typed in it', 'зaряд', 'zarät'],
    ['not inside a longer word: the rules', 'зарядтау', 'zarädtau'],
    ['a spelling with its own capitals', 'макдоналдс Макдоналдс МАКДОНАЛДС', 'McDonald’s McDonald’s MCDONALD’S'],
  ])('%s: %s → %s', (_, cyrillic, latin) => {
    expect(toLatin(cyrillic, { exceptions })).toBe(latin);
  });
});

// Generated text for the property tests of the converter and the search fold (tests only). A failing run
// prints its seed and path; FC_SEED=<seed> replays another seed.
import fc from 'fast-check';

/** 28 January 2021, the day the alphabet was presented. */
export const SEED = Number(process.env.FC_SEED ?? 20210128);

/** The 42 small letters of the Kazakh Cyrillic alphabet. */
export const KAZAKH_LETTERS = [...'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя'];

export const kazakhWord = fc.array(fc.constantFrom(...KAZAKH_LETTERS), { minLength: 1, maxLength: 12 }).map((letters) => letters.join(''));

/** A Kazakh word with each letter in either case. */
export const anyCaseWord = fc
  .array(fc.tuple(fc.constantFrom(...KAZAKH_LETTERS), fc.boolean()), { minLength: 1, maxLength: 12 })
  .map((letters) => letters.map(([letter, capital]) => (capital ? letter.toUpperCase() : letter)).join(''));

const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Every Cyrillic character Unicode has: letters of every language, accents, signs. */
const ALL_CYRILLIC = Array.from({ length: 0x110000 }, (_, code) => code)
  .filter((code) => (code < 0xd800 || code > 0xdfff) && CYRILLIC.test(String.fromCodePoint(code)))
  .map((code) => String.fromCodePoint(code));

const piece = fc.oneof(
  { weight: 4, arbitrary: anyCaseWord },
  { weight: 2, arbitrary: fc.constantFrom(...ALL_CYRILLIC) },
  // Latin letters (look-alikes among them), accents, invisible characters, separators, address parts.
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      ...'aAeEiIıİoOpPcCxXyYhHkKMBTlLvVdDş',
      '\u0301',
      '\u0306',
      '\u0308',
      '\u0483',
      '\u00ad',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u2060',
      '\ufeff',
      ' ',
      '\u00a0',
      '-',
      "'",
      '’',
      '.',
      '«',
      '»',
      '2023',
      '\n',
      'https://',
      'www.',
      '@',
      'mailto:',
      '/',
      '(',
      ')',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** Text that mixes Kazakh words with everything else a text can hold, lone surrogates included. */
export const anyText = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

/** Text without any Cyrillic character. */
export const nonCyrillicText = fc
  .oneof(fc.string({ unit: 'binary' }), anyText)
  .map((text) => [...text].filter((char) => !CYRILLIC.test(char)).join(''));

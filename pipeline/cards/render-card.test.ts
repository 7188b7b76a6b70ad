// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { LATIN_ALPHABET } from '../../src/shared/kazakh-latin/letters.ts';
import { CARD_SIZE, cardFileName, estimateLines, headlineFontSize, renderCard } from './render-card.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which a PNG must start with right after its signature. */
const pngSize = (png: Buffer) => {
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

const KK_HEADLINE = 'Президент Тоқаев Қазақстан халқы Ассамблеясының XXXII сессиясында сөз сөйледі';

/** The code points of the font subsets the cards register for Latin text (@fontsource/noto-sans's own ranges). */
const latinCoverage = (): ((char: string) => boolean) => {
  const css = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-sans/700.css'), 'utf8');
  const ranges = ['latin', 'latin-ext'].flatMap((subset) => {
    const block = new RegExp(`/\\* noto-sans-${subset}-700-normal \\*/[^}]*unicode-range: ([^;]+);`).exec(css)?.[1] ?? '';
    return block.split(',').map((range) => {
      const [from, to] = range.replace('U+', '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as const;
    });
  });
  return (char) => ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to);
};

describe('renderCard', () => {
  it('has a glyph for every letter of the 2021 Kazakh Latin alphabet, capital and small', () => {
    const covered = latinCoverage();
    expect(LATIN_ALPHABET.flat().filter((letter) => !covered(letter))).toEqual([]);
    expect(covered('\u0416')).toBe(false);
  });

  it('renders a kk-Latn card as a 1200×630 PNG', async () => {
    const png = await renderCard({
      headline: 'Prezident Toqaev söz söiledı: İ ı Ğ ğ Ş ş Ū ū Ñ ñ',
      date: '2023 j. 27 säuır',
      siteName: 'Jañalyqtar taspasy',
      lang: 'kk-Latn',
    });
    expect(pngSize(png)).toEqual(CARD_SIZE);
  });

  it('renders a Kazakh card as a 1200×630 PNG', async () => {
    const png = await renderCard({ headline: KK_HEADLINE, date: '2023 ж. 27 сәуір', siteName: 'Жаңалықтар таспасы', lang: 'kk' });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(CARD_SIZE).toEqual({ width: 1200, height: 630 });
  });

  it('renders a 250-character headline without throwing', async () => {
    const headline = 'Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев '.repeat(5).slice(0, 250);
    expect(headline).toHaveLength(250);
    const png = await renderCard({ headline, date: '2023 ж. 27 сәуір', siteName: 'Жаңалықтар таспасы', lang: 'kk' });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('headlineFontSize', () => {
  it('shrinks long headlines so they fit in at most five lines', () => {
    const short = headlineFontSize('Short headline');
    const normal = headlineFontSize(KK_HEADLINE);
    const long =
      'Глава государства подчеркнул, что единство народа Казахстана является главным условием стабильности, и призвал Ассамблею активнее участвовать в реформах и укреплении межэтнического согласия в стране';
    const longSize = headlineFontSize(long);
    expect(short).toBeGreaterThanOrEqual(normal);
    expect(normal).toBeGreaterThan(longSize);
    expect(estimateLines(long, longSize)).toBeLessThanOrEqual(5);
  });
});

describe('cardFileName', () => {
  it('puts each language version under the article id', () => {
    expect(cardFileName('2023-04-27-assembly-32nd-session', 'kk')).toBe('cards/2023-04-27-assembly-32nd-session/kk.png');
  });
});

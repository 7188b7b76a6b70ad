import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// src/app/fonts.css: the faces the app ships, checked against the fontsource packages they come from.
const fontsCss = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../app/fonts.css'), 'utf8');
const require = createRequire(import.meta.url);

interface Face {
  family: string;
  style: string;
  weight: string;
  display: string;
  url: string;
  unicodeRange: string;
}

const faces: Face[] = [...fontsCss.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
  const get = (name: string) => new RegExp(`${name}:\\s*([^;]+);`).exec(body!)?.[1]?.trim() ?? '';
  return {
    family: get('font-family').replace(/'/g, ''),
    style: get('font-style'),
    weight: get('font-weight'),
    display: get('font-display'),
    url: /url\('([^']+)'\)/.exec(body!)?.[1] ?? '',
    unicodeRange: get('unicode-range'),
  };
});

const parseRange = (range: string): [number, number][] =>
  range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-') as [string, string | undefined];
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
const covers = (range: string, codePoint: number) => parseRange(range).some(([from, to]) => codePoint >= from && codePoint <= to);

/** fontsource's own unicode-range for a file, from the package's CSS. */
const fontsourceRange = (url: string): string | undefined => {
  const [, pkg, file] = /^@fontsource\/([^/]+)\/files\/(.+)$/.exec(url) ?? [];
  const [, weight, style] = /-(\d00)-(normal|italic)\.woff2$/.exec(file ?? '') ?? [];
  const css = readFileSync(require.resolve(`@fontsource/${pkg}/${weight}${style === 'italic' ? '-italic' : ''}.css`), 'utf8');
  const rule = css.split('@font-face').find((block) => block.includes(`/${file})`));
  return rule && /unicode-range:\s*([^;]+);/.exec(rule)?.[1]?.trim();
};

const KAZAKH = 'АаӘәБбВвГгҒғДдЕеЁёЖжЗзИиЙйКкҚқЛлМмНнҢңОоӨөПпРрСсТтУуҰұҮүФфХхҺһЦцЧчШшЩщЪъЫыІіЬьЭэЮюЯя';
const PUNCTUATION = '’‘“”„«»–—…\u00a0\u202f№0123456789.,:;!?()%';

describe('fonts.css', () => {
  it('has the faces the design asks for, three subsets each', () => {
    const kinds = faces.map((face) => `${face.family} ${face.weight} ${face.style}`);
    expect(new Set(kinds)).toEqual(
      new Set(['Noto Serif 400 normal', 'Noto Serif 400 italic', 'Noto Sans 400 normal', 'Noto Sans 700 normal']),
    );
    for (const kind of new Set(kinds)) expect(kinds.filter((k) => k === kind)).toHaveLength(3);
  });

  it.each(faces.map((face) => [face.url, face]))('%s exists, never shifts text, and has fontsource’s range', (url, face) => {
    expect(face.display).toBe('optional');
    expect(url).toMatch(
      /^@fontsource\/noto-(serif|sans)\/files\/noto-(serif|sans)-(latin|cyrillic|cyrillic-ext)-\d00-(normal|italic)\.woff2$/,
    );
    expect(url).toContain(`-${face.weight}-${face.style}.woff2`);
    expect(existsSync(require.resolve(url))).toBe(true);
    expect(parseRange(face.unicodeRange)).toEqual(parseRange(fontsourceRange(url) ?? ''));
  });

  const families = [...new Set(faces.map((face) => `${face.family}|${face.weight}|${face.style}`))];
  it.each(families)('%s carries every Kazakh and Russian letter, the digits and the typographic punctuation', (kind) => {
    const ranges = faces.filter((face) => `${face.family}|${face.weight}|${face.style}` === kind).map((face) => face.unicodeRange);
    const missing = [...(KAZAKH + PUNCTUATION + 'AaZz')].filter((char) => !ranges.some((range) => covers(range, char.codePointAt(0)!)));
    expect(missing).toEqual([]);
  });
});

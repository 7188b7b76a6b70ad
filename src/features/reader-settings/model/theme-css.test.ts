import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MEASURES, TEXT_SIZES } from './settings';

// src/app/theme.css against the settings model, styles.css and WCAG AA.
const APP = join(dirname(fileURLToPath(import.meta.url)), '../../../app');
const themeCss = readFileSync(join(APP, 'theme.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const stylesCss = readFileSync(join(APP, 'styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The declarations of the first rule with exactly this selector (after `from`, when given). */
const declarations = (css: string, selector: string, from = 0): Record<string, string> => {
  const match = new RegExp(`(?:^|[}\\s])${escape(selector)}\\s*\\{([^}]*)\\}`).exec(css.slice(from));
  if (!match) throw new Error(`no rule for ${selector}`);
  return Object.fromEntries(
    match[1]!
      .split(';')
      .map((declaration) => declaration.trim())
      .filter(Boolean)
      .map((declaration) => {
        const colon = declaration.indexOf(':');
        return [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
      }),
  );
};

const COLOURS = ['--text', '--muted', '--bg', '--surface', '--accent', '--accent-text', '--rule', '--focus', '--highlight'] as const;
type Palette = Record<(typeof COLOURS)[number], string>;

const palette = (rule: Record<string, string>): Palette => {
  for (const name of COLOURS) expect(rule[name], name).toMatch(/^#[0-9a-f]{6}$/i);
  return Object.fromEntries(COLOURS.map((name) => [name, rule[name]!.toLowerCase()])) as Palette;
};

const light = palette(declarations(themeCss, ":root[data-theme='light']"));
const dark = palette(declarations(themeCss, ":root[data-theme='dark']"));

const channel = (value: number): number => {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = (hex: string): number => {
  const [r, g, b] = [1, 3, 5].map((i) => channel(parseInt(hex.slice(i, i + 2), 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
};

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  // Text on every background it is set on: WCAG AA for normal text.
  const text: [keyof Palette, keyof Palette][] = [
    ['--text', '--bg'],
    ['--muted', '--bg'],
    ['--accent', '--bg'],
    ['--accent-text', '--accent'],
    ['--text', '--surface'],
    ['--muted', '--surface'],
    ['--accent', '--surface'],
    ['--text', '--highlight'],
    ['--muted', '--highlight'],
    ['--accent', '--highlight'],
  ];
  // The focus ring is not text: 3:1 against what it is drawn on (WCAG 1.4.11).
  const nonText: [keyof Palette, keyof Palette][] = [
    ['--focus', '--bg'],
    ['--focus', '--surface'],
  ];
  const themes = { light, dark };
  for (const [name, colours] of Object.entries(themes)) {
    it.each(text)(`${name}: %s on %s holds 4.5:1`, (fg, bg) => {
      expect(contrast(colours[fg], colours[bg])).toBeGreaterThanOrEqual(4.5);
    });
    it.each(nonText)(`${name}: %s on %s holds 3:1`, (fg, bg) => {
      expect(contrast(colours[fg], colours[bg])).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('theme.css', () => {
  it('repeats the palettes of styles.css, so a chosen theme looks like the system one', () => {
    expect(light).toEqual(palette(declarations(stylesCss, ':root')));
    const media = stylesCss.indexOf('@media (prefers-color-scheme: dark)');
    expect(media).toBeGreaterThan(-1);
    expect(dark).toEqual(palette(declarations(stylesCss, ':root', media)));
  });

  it('sets color-scheme with each chosen theme (form controls, scroll bars)', () => {
    expect(declarations(themeCss, ":root[data-theme='light']")['color-scheme']).toBe('light');
    expect(declarations(themeCss, ":root[data-theme='dark']")['color-scheme']).toBe('dark');
  });

  it('prints in the light palette', () => {
    const print = themeCss.indexOf('@media print');
    expect(print).toBeGreaterThan(-1);
    expect(palette(declarations(themeCss, ':root,\n  :root[data-theme]', print))).toEqual(light);
  });

  const sizes = { s: '100%', m: '112.5%', l: '125%', xl: '140%' } as const;
  it.each(TEXT_SIZES)('text size %s', (size) => {
    expect(declarations(themeCss, `:root[data-text-size='${size}']`)['font-size']).toBe(sizes[size]);
  });

  it('keeps the medium size equal to the size without settings', () => {
    expect(declarations(stylesCss, 'html')['font-size']).toBe(sizes.m);
  });

  it.each(MEASURES)('line width %s', (measure) => {
    expect(declarations(themeCss, `:root[data-measure='${measure}']`)['--measure']).toMatch(/^\d+(\.\d+)?rem$/);
  });

  it('orders the line widths and keeps normal as the measure without settings', () => {
    const rem = (measure: string) => parseFloat(declarations(themeCss, `:root[data-measure='${measure}']`)['--measure']!);
    expect(rem('narrow')).toBeLessThan(rem('normal'));
    expect(rem('normal')).toBeLessThan(rem('wide'));
    expect(`${rem('normal')}rem`).toBe(declarations(stylesCss, ':root')['--measure']);
    // About 55, 66 and 80 characters: the same proportions as the characters.
    expect(rem('narrow') / rem('normal')).toBeCloseTo(55 / 66, 1);
    expect(rem('wide') / rem('normal')).toBeCloseTo(80 / 66, 1);
  });

  it('puts the shipped fonts first and keeps the system fallbacks', () => {
    const fonts = declarations(themeCss, ':root');
    expect(fonts['--font-body']).toMatch(/^'Noto Serif', Georgia, .*serif$/);
    expect(fonts['--font-ui']).toMatch(/^'Noto Sans', system-ui, .*sans-serif$/);
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MEASURES, TEXT_SIZES } from './settings';

// The palette (src/app/styles.css) against WCAG AA, and src/app/theme.css against the settings model.
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

/** The one palette (styles.css): every colour is `light-dark(light, dark)`. */
const palettes = (rule: Record<string, string>): { light: Palette; dark: Palette } => {
  const pairs = COLOURS.map((name) => {
    const pair = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(rule[name] ?? '');
    expect(pair, `${name}: ${rule[name]}`).not.toBeNull();
    return [name, pair![1]!.toLowerCase(), pair![2]!.toLowerCase()] as const;
  });
  return {
    light: Object.fromEntries(pairs.map(([name, light]) => [name, light])) as Palette,
    dark: Object.fromEntries(pairs.map(([name, , dark]) => [name, dark])) as Palette,
  };
};

const { light, dark } = palettes(declarations(stylesCss, ':root'));

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
  it('lets the system decide without a chosen theme, and a chosen theme decide with one', () => {
    expect(declarations(stylesCss, ':root')['color-scheme']).toBe('light dark');
    expect(declarations(themeCss, ":root[data-theme='light']")['color-scheme']).toBe('light');
    expect(declarations(themeCss, ":root[data-theme='dark']")['color-scheme']).toBe('dark');
  });

  it('prints in the light palette', () => {
    const print = themeCss.indexOf('@media print');
    expect(print).toBeGreaterThan(-1);
    expect(declarations(themeCss, ':root,\n  :root[data-theme]', print)['color-scheme']).toBe('light');
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

  it('uses system fonts, starting with faces that carry every Kazakh letter', () => {
    const fonts = declarations(stylesCss, ':root');
    expect(fonts['--font-body']).toMatch(/^'PT Serif', Cambria, 'Noto Serif', 'DejaVu Serif', .*serif$/);
    expect(fonts['--font-ui']).toMatch(/^-apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', system-ui, sans-serif$/);
    expect(stylesCss + themeCss).not.toMatch(/@font-face/);
  });
});

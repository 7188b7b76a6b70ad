// Link-preview card images (Open Graph `og:image`), rendered at build time with no network:
// satori lays the card out as SVG (text drawn as paths), resvg turns it into a PNG.
//
// Fonts come from @fontsource/noto-sans as `.woff`. The package splits the font into unicode subsets;
// each subset is registered under its own family name and all of them are listed in `fontFamily`, so
// satori falls back from one to the next per character. Kazakh letters live in two of them: і and ұ in
// `cyrillic`, ә ғ қ ң ө ү һ in `cyrillic-ext`. Under one shared family name only the first subset
// would be used and those letters would come out as empty boxes.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import type { ReactElement } from 'react';
import satori, { type Font, type FontWeight } from 'satori';
import type { Lang } from '../../src/shared/languages.ts';

export interface CardInput {
  headline: string;
  /** Already formatted for the card's language, e.g. `2023 ж. 27 сәуір`. */
  date: string;
  siteName: string;
  lang: Lang;
}

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Where a card is written, relative to the output folder; also the path the `og:image` URL ends with. */
export const cardFileName = (id: string, lang: string): string => `cards/${id}/${lang}.png`;

const COLORS = { accent: '#0b5c8a', background: '#fdfcf9', text: '#1b1d21', muted: '#5a5f67', rule: '#e6e2d9' } as const;

// ---- Fonts: read once per process, shared by every render. ----------------------------------------

const SUBSETS = [
  { subset: 'latin', family: 'Noto Sans Latin' },
  { subset: 'latin-ext', family: 'Noto Sans Latin Ext' },
  { subset: 'cyrillic', family: 'Noto Sans Cyrillic' },
  { subset: 'cyrillic-ext', family: 'Noto Sans Cyrillic Ext' },
] as const;
const WEIGHTS: readonly FontWeight[] = [400, 700];
const FONT_FAMILY = SUBSETS.map(({ family }) => `'${family}'`).join(', ');

const require = createRequire(import.meta.url);
let fontsPromise: Promise<Font[]> | undefined;

const loadFonts = (): Promise<Font[]> => {
  fontsPromise ??= Promise.all(
    SUBSETS.flatMap(({ subset, family }) =>
      WEIGHTS.map(async (weight): Promise<Font> => {
        const file = require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`);
        return { name: family, data: await readFile(file), weight, style: 'normal' };
      }),
    ),
  );
  // A failed read is not cached: the next render tries again.
  fontsPromise.catch(() => (fontsPromise = undefined));
  return fontsPromise;
};

// ---- Headline size: the largest that fits the space in at most MAX_LINES lines. ---------------------

const PADDING_X = 80;
const TEXT_WIDTH = CARD_SIZE.width - 2 * PADDING_X;
const HEADLINE_MAX_HEIGHT = 340;
const HEADLINE_LINE_HEIGHT = 1.18;
const MAX_LINES = 5;
const FONT_SIZES = [76, 68, 62, 56, 50, 46, 42, 38, 36] as const;

/**
 * Advance width of a character in Noto Sans Bold, in ems, by class: averages over real headlines and
 * summaries, rounded up. Cyrillic is about 10% wider than Latin, so the same length needs a smaller size
 * in kk and ru. An estimate: `lineClamp` below keeps a headline that still runs long off the date.
 */
const charWidth = (ch: string): number => {
  if (ch === ' ') return 0.26;
  if (/\p{Lu}/u.test(ch)) return /\p{Script=Cyrillic}/u.test(ch) ? 0.74 : 0.66;
  if (/\p{Ll}/u.test(ch)) return /\p{Script=Cyrillic}/u.test(ch) ? 0.63 : 0.57;
  if (/\p{Nd}/u.test(ch)) return 0.58;
  if (/[.,:;'"!?()«»\-–]/u.test(ch)) return 0.42;
  return 0.8;
};

const wordWidth = (word: string): number => [...word].reduce((sum, ch) => sum + charWidth(ch), 0);

/** Lines the headline wraps to at `fontSize`, wrapping greedily at spaces as satori does. */
export const estimateLines = (text: string, fontSize: number, width = TEXT_WIDTH): number => {
  const space = charWidth(' ') * fontSize;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = wordWidth(word) * fontSize;
    if (used > 0 && used + space + w > width) {
      lines += 1;
      used = 0;
    }
    if (used > 0) used += space;
    // A word wider than the line is broken across lines (`wordBreak: 'break-word'`).
    if (w > width) {
      lines += Math.floor((used + w) / width);
      used = (used + w) % width;
    } else used += w;
  }
  return lines;
};

/** The headline's font size: the largest that fits; past the smallest size the text is clamped with an ellipsis. */
export const headlineFontSize = (headline: string): number =>
  FONT_SIZES.find((size) => {
    const lines = estimateLines(headline, size);
    return lines <= MAX_LINES && lines * size * HEADLINE_LINE_HEIGHT <= HEADLINE_MAX_HEIGHT;
  }) ?? FONT_SIZES[FONT_SIZES.length - 1]!;

// ---- Layout: plain element objects, no JSX, so this file runs under plain Node/tsx. --------------------

type Style = Record<string, string | number>;
type Child = ReactElement | string;

const el = (style: Style, children?: Child | Child[], props: Record<string, unknown> = {}): ReactElement => ({
  type: 'div',
  key: null,
  props: { ...props, style, children },
});

const card = ({ headline, date, siteName, lang }: CardInput): ReactElement => {
  const fontSize = headlineFontSize(headline);
  return el(
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      // Satori sizes boxes as content-box by default: without this the padding would push the date off the card.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLORS.background,
      color: COLORS.text,
      fontFamily: FONT_FAMILY,
      padding: `60px ${PADDING_X}px 52px`,
    },
    [
      // Site name with the accent bar beside it.
      el({ display: 'flex', alignItems: 'center' }, [
        el({ width: 8, height: 36, borderRadius: 2, backgroundColor: COLORS.accent, marginRight: 18 }),
        el({ fontSize: 30, fontWeight: 700, color: COLORS.accent, letterSpacing: 0.3 }, siteName),
      ]),
      // Headline, centred in the space between the site name and the date.
      el({ flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', padding: '28px 0' }, [
        el(
          {
            display: 'block',
            fontSize,
            fontWeight: 700,
            lineHeight: HEADLINE_LINE_HEIGHT,
            letterSpacing: -0.5,
            wordBreak: 'break-word',
            lineClamp: MAX_LINES,
            overflow: 'hidden',
          },
          headline,
        ),
      ]),
      // Date under a thin rule.
      el({ display: 'flex', borderTop: `2px solid ${COLORS.rule}`, paddingTop: 22, fontSize: 28, color: COLORS.muted }, date),
    ],
    // Satori uses `lang` for line breaking (Intl.Segmenter) and locale-specific glyph choice.
    { lang },
  );
};

/** Renders the Open Graph card for one language version of an article: a 1200×630 PNG. */
export const renderCard = async (input: CardInput): Promise<Buffer> => {
  const svg = await satori(card(input), { ...CARD_SIZE, fonts: await loadFonts() });
  // Satori draws text as paths, so resvg needs no fonts of its own.
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return image.asPng();
};

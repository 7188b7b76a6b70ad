import * as v from 'valibot';
import { Slug, Text } from '../../fields';
import { defineBlock, type Anchor } from '../block-definition';

/** A photo's file name in the article's folder: lowercase, no folders, a raster format the build reads. */
const PHOTO_FILE = /^[a-z0-9]+(?:[-_][a-z0-9]+)*\.(?:jpe?g|png|webp|avif)$/;
/** Larger than any photo a page needs; the build makes the sizes readers load. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
/** The widths the build makes of each photo (never wider than the photo itself). */
export const PHOTO_WIDTHS = [480, 800, 1200, 1600] as const;
/** The formats the build makes, best first; the last is the `<img>` every browser shows. */
export const PHOTO_FORMATS = ['avif', 'webp'] as const;

const schema = v.strictObject({
  type: v.literal('image'),
  id: Slug,
  /** The photo's file, stored next to the article's versions. */
  src: v.pipe(v.string('a string'), v.regex(PHOTO_FILE, 'a file name like photo-1.jpg (lowercase; .jpg, .png, .webp or .avif)')),
  /** What the photo shows, for people who cannot see it, in the version's language. */
  alt: Text,
  caption: v.optional(Text),
  credit: v.optional(Text),
  /** The photo's size in pixels: written by the build from the file (an editor leaves them out). */
  width: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
export type ImageBlock = v.InferOutput<typeof schema>;

export const imageAnchor = (block: ImageBlock): Anchor => ({ id: block.id, path: ['id'], label: 'share.copyPhotoLink' });

/** The widths made of a photo `width` pixels wide: those of the ladder it exceeds, and its own up to the largest. */
export const photoWidths = (width: number): number[] => {
  const below = PHOTO_WIDTHS.filter((w) => w < width);
  return width <= PHOTO_WIDTHS.at(-1)! ? [...below, width] : [...PHOTO_WIDTHS];
};

/** Where the build puts one size of a photo: next to the article, `photo-1.jpg` → `photo-1-800.avif`. */
export const photoVariant = (articleId: string, src: string, width: number, format: (typeof PHOTO_FORMATS)[number]): string =>
  `/articles/${encodeURIComponent(articleId)}/${src.replace(/\.[a-z]+$/, '')}-${width}.${format}`;

/** A photo stored with the article, with what it shows, a caption and who took it. */
export const image = defineBlock(schema)({
  readingText: (block) => [block.caption ?? ''],
  searchText: (block) => [block.alt, block.caption ?? '', block.credit ?? ''],
  mapText: (block, convert) => ({
    ...block,
    alt: convert(block.alt),
    ...(block.caption !== undefined && { caption: convert(block.caption) }),
    ...(block.credit !== undefined && { credit: convert(block.credit) }),
  }),
  anchors: (block) => [imageAnchor(block)],
  check: (block, { files }) => {
    const size = files.get(block.src);
    if (size === undefined) return [{ path: ['src'], message: `no file "${block.src}" in the article's folder` }];
    if (size > MAX_PHOTO_BYTES)
      return [
        { path: ['src'], message: `"${block.src}" is ${(size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB` },
      ];
    return [];
  },
  sample: {
    count: ({ random }) => (random() < 0.3 ? 1 : 0),
    // Most news photos lead the article.
    place: 'lead',
    make: ({ random, photo, text, namedPerson }, n) => {
      const src = photo();
      const alt = text.sentence();
      const caption = random() < 0.6 ? text.sentence() : undefined;
      const credit = random() < 0.5 ? namedPerson().name : undefined;
      return (lang) => ({
        type: 'image',
        id: `photo-${n}`,
        src,
        alt: alt(lang),
        ...(caption && { caption: caption(lang) }),
        ...(credit && { credit: credit(lang) }),
      });
    },
  },
  hostile: ({ label, scripts, oddities, photo }) => [
    {
      type: 'image',
      id: 'hostile-photo',
      src: photo,
      alt: `${label} ${scripts[1]} ${scripts[9]}`,
      caption: `${scripts[0]} ${oddities.mixed}`,
      credit: `${scripts[7]} ${oddities.zeroWidth}`,
    },
  ],
});

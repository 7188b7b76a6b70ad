// The photos articles show: their size in pixels, read from each file, and the widths and formats the app
// asks for (src/content/blocks/image), made by sharp and cached by the bytes of the photo they come from.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { PHOTO_FORMATS, photoVariant, photoWidths, type ImageBlock } from '../../src/content/blocks/image/image.ts';
import type { Article } from '../../src/content/schema.ts';
import type { ArticleFile } from './load.ts';

export interface Photo {
  articleId: string;
  src: string;
  /** The file's bytes hashed: variants of the same photo are made once, in any article. */
  hash: string;
  bytes: Buffer;
  /** As the photo is shown, after the rotation its camera recorded. */
  width: number;
  height: number;
}

const key = (articleId: string, src: string) => `${articleId}/${src}`;

const imageBlocks = (article: Article): ImageBlock[] => article.body.filter((block): block is ImageBlock => block.type === 'image');

/** Reads every photo the articles show (each once), from `publicDir/articles/<id>/<src>`. */
export const readPhotos = async (publicDir: string, articles: Map<string, ArticleFile[]>): Promise<Map<string, Photo>> => {
  const photos = new Map<string, Photo>();
  for (const [articleId, versions] of articles) {
    for (const { src } of versions.flatMap(({ article }) => imageBlocks(article))) {
      if (photos.has(key(articleId, src))) continue;
      const bytes = readFileSync(join(publicDir, 'articles', articleId, src));
      const { width, height, orientation } = await sharp(bytes).metadata();
      // EXIF orientations 5 to 8 turn the picture a quarter: its width is the stored height.
      const turned = (orientation ?? 1) >= 5;
      photos.set(key(articleId, src), {
        articleId,
        src,
        hash: createHash('sha256').update(bytes).digest('hex'),
        bytes,
        width: turned ? height : width,
        height: turned ? width : height,
      });
    }
  }
  return photos;
};

/** The article as the app receives it: each photo with its size in pixels, so its place is kept before it loads. */
export const withPhotoSizes = (article: Article, photos: Map<string, Photo>): Article =>
  imageBlocks(article).length === 0
    ? article
    : {
        ...article,
        body: article.body.map((block) => {
          const photo = block.type === 'image' ? photos.get(key(article.id, block.src)) : undefined;
          return photo ? { ...block, width: photo.width, height: photo.height } : block;
        }),
      };

const encode = (photo: Photo, width: number, format: (typeof PHOTO_FORMATS)[number]): Promise<Buffer> => {
  const resized = sharp(photo.bytes).rotate().resize({ width, withoutEnlargement: true });
  // Fast settings: a newsroom rebuilds often; the sizes are small next to the photo itself.
  return (format === 'avif' ? resized.avif({ quality: 50, effort: 2 }) : resized.webp({ quality: 75 })).toBuffer();
};

/**
 * Every size and format of every photo, by its path under the site root (no leading slash). Encoded once per
 * photo, width and format, then taken from `cacheDir`.
 */
export const photoVariants = async (photos: Iterable<Photo>, cacheDir: string): Promise<Map<string, Buffer>> => {
  mkdirSync(cacheDir, { recursive: true });
  const out = new Map<string, Buffer>();
  for (const photo of photos) {
    for (const width of photoWidths(photo.width))
      for (const format of PHOTO_FORMATS) {
        const cached = join(cacheDir, `${photo.hash}-${width}.${format}`);
        if (!existsSync(cached)) {
          // Written whole, then renamed: an interrupted build never leaves half a file in the cache.
          writeFileSync(`${cached}.tmp`, await encode(photo, width, format));
          renameSync(`${cached}.tmp`, cached);
        }
        out.set(photoVariant(photo.articleId, photo.src, width, format).slice(1), readFileSync(cached));
      }
  }
  return out;
};

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/content/schema.ts';
import type { ArticleFile } from './load.ts';
import { photoVariants, readPhotos, withPhotoSizes } from './photos.ts';

const root = mkdtempSync(join(tmpdir(), 'reader-photos-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const article = (id: string, src: string): Article => ({
  id,
  lang: 'en',
  translatedFrom: null,
  publishedAt: '2023-04-27',
  updatedAt: null,
  headline: 'H',
  summary: 'S',
  tags: [],
  body: [
    { type: 'image', id: 'photo-1', src, alt: 'A photo' },
    { type: 'paragraph', text: 'Text.' },
  ],
});

const content = new Map<string, ArticleFile[]>([
  ['wide', [{ file: 'wide/en.json', article: article('wide', 'wide.png') }]],
  // A camera that stored the picture on its side and said so: shown 300 wide, 900 high.
  ['turned', [{ file: 'turned/en.json', article: article('turned', 'turned.jpg') }]],
]);

beforeAll(async () => {
  for (const id of ['wide', 'turned']) mkdirSync(join(root, 'articles', id), { recursive: true });
  const pixels = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#5a8' } });
  writeFileSync(join(root, 'articles/wide/wide.png'), await pixels(1000, 500).png().toBuffer());
  writeFileSync(join(root, 'articles/turned/turned.jpg'), await pixels(900, 300).jpeg().withMetadata({ orientation: 6 }).toBuffer());
});

describe('readPhotos', () => {
  it('reads each photo’s size as it is shown', async () => {
    const photos = await readPhotos(root, content);
    expect([...photos.values()].map(({ articleId, src, width, height }) => ({ articleId, src, width, height }))).toEqual([
      { articleId: 'wide', src: 'wide.png', width: 1000, height: 500 },
      { articleId: 'turned', src: 'turned.jpg', width: 300, height: 900 },
    ]);
  });
});

describe('withPhotoSizes', () => {
  it('gives each photo of the article its size, and leaves the rest as written', async () => {
    const photos = await readPhotos(root, content);
    const written = content.get('wide')![0]!.article;
    const shown = withPhotoSizes(written, photos);
    expect(shown.body[0]).toEqual({ type: 'image', id: 'photo-1', src: 'wide.png', alt: 'A photo', width: 1000, height: 500 });
    expect(shown.body[1]).toBe(written.body[1]);
    expect(written.body[0]).not.toHaveProperty('width');
  });
});

describe('photoVariants', () => {
  it('makes every width the photo allows in AVIF and WebP, once, then from the cache', async () => {
    const photos = await readPhotos(root, content);
    const cache = join(root, 'cache');
    const variants = await photoVariants(photos.values(), cache);
    expect([...variants.keys()]).toEqual([
      'articles/wide/wide-480.avif',
      'articles/wide/wide-480.webp',
      'articles/wide/wide-800.avif',
      'articles/wide/wide-800.webp',
      'articles/wide/wide-1000.avif',
      'articles/wide/wide-1000.webp',
      'articles/turned/turned-300.avif',
      'articles/turned/turned-300.webp',
    ]);
    const meta = await sharp(variants.get('articles/wide/wide-800.avif')!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['heif', 800, 400]);
    const turned = await sharp(variants.get('articles/turned/turned-300.webp')!).metadata();
    expect([turned.format, turned.width, turned.height]).toEqual(['webp', 300, 900]);
    const cached = readdirSync(cache).sort();
    expect(cached).toHaveLength(8);
    // A second build encodes nothing: every file comes from the cache, byte for byte.
    const again = await photoVariants(photos.values(), cache);
    expect(readdirSync(cache).sort()).toEqual(cached);
    for (const [path, bytes] of variants) expect(again.get(path)!.equals(bytes), path).toBe(true);
  });
});

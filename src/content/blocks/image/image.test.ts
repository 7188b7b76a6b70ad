import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../schema';
import { image, MAX_PHOTO_BYTES, photoVariant, photoWidths } from './image';

const block = { type: 'image' as const, id: 'photo-1', src: 'hall.jpg', alt: 'The hall of the Assembly' };
const check = (files: [string, number][]) =>
  image.check!(block, { entities: { people: {}, organizations: {}, awards: {} }, files: new Map(files) });

describe('photoWidths', () => {
  it.each([
    [300, [300]],
    [480, [480]],
    [1000, [480, 800, 1000]],
    [1600, [480, 800, 1200, 1600]],
    [4000, [480, 800, 1200, 1600]],
  ])('a photo %i pixels wide is made %j wide', (width, widths) => {
    expect(photoWidths(width)).toEqual(widths);
  });
});

describe('photoVariant', () => {
  it('puts each size next to the article, named after the photo', () => {
    expect(photoVariant('2023-04-27-a', 'hall-1.jpg', 800, 'avif')).toBe('/articles/2023-04-27-a/hall-1-800.avif');
  });
});

describe('the content check of a photo', () => {
  it('accepts a photo stored with the article', () => {
    expect(check([['hall.jpg', 200_000]])).toEqual([]);
  });

  it('names a missing file', () => {
    expect(check([['other.jpg', 1]])).toEqual([{ path: ['src'], message: 'no file "hall.jpg" in the article\'s folder' }]);
  });

  it('refuses a file over the size limit', () => {
    expect(check([['hall.jpg', MAX_PHOTO_BYTES + 1]])).toEqual([{ path: ['src'], message: '"hall.jpg" is 10.0 MB; at most 10 MB' }]);
  });
});

describe('the schema of a photo', () => {
  const article = (photo: Record<string, unknown>) => ({
    id: 'a',
    lang: 'en',
    translatedFrom: null,
    publishedAt: '2023-04-27',
    updatedAt: null,
    headline: 'H',
    summary: 'S',
    tags: [],
    body: [photo, { type: 'paragraph', text: 'Text.' }],
  });
  const problems = (photo: Record<string, unknown>) => {
    const parsed = parseArticle(article(photo));
    return parsed.ok ? [] : parsed.problems;
  };

  it('accepts a photo with alt text, caption and credit', () => {
    expect(problems({ ...block, caption: 'Delegates', credit: 'Akorda' })).toEqual([]);
  });

  it('requires alt text', () => {
    expect(problems({ type: block.type, id: block.id, src: block.src })).toEqual([
      { path: 'body[0].alt', message: 'expected the required key "alt", received nothing' },
    ]);
    expect(problems({ ...block, alt: ' ' })).toEqual([{ path: 'body[0].alt', message: 'expected non-empty text, received " "' }]);
  });

  it('takes only a file name of the article folder', () => {
    for (const src of ['../entities.json', 'photos/hall.jpg', 'Hall.JPG', 'hall.gif', 'https://example.org/hall.jpg'])
      expect(problems({ ...block, src }).map((p) => p.path)).toEqual(['body[0].src']);
  });
});

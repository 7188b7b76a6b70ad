import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFinding } from './check.ts';
import { loadContent, versionLangs } from './load.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED_ID = '2023-04-27-assembly-32nd-session';

describe('loadContent on the repository', () => {
  const content = loadContent(REPO_ROOT);

  it('finds no errors and no warnings', () => {
    expect(content.errors.map(formatFinding)).toEqual([]);
    expect(content.warnings.map(formatFinding)).toEqual([]);
  });

  it('finds the seed article in three versions, en, kk, ru, named relative to the root, and converts kk into kk-Latn', () => {
    expect([...content.articles.keys()]).toEqual([SEED_ID]);
    const versions = content.articles.get(SEED_ID)!;
    expect(versionLangs(versions)).toEqual(['en', 'kk', 'kk-Latn', 'ru']);
    // The kk-Latn version comes from the kk file.
    expect(versions.map((v) => v.file)).toEqual(['en', 'kk', 'kk', 'ru'].map((lang) => `public/articles/${SEED_ID}/${lang}.json`));
    const latin = versions[2]!.article;
    expect(latin).toMatchObject({ lang: 'kk-Latn', transliteratedFrom: 'kk', translatedFrom: versions[1]!.article.translatedFrom });
    expect(latin.headline).toBe('Prezident Toqaev Qazaqstan halqy Assambleiasynyñ XXXII sessiiasynda söz söiledı');
  });

  it('loads the entities', () => {
    expect(content.entities.people['kassym-jomart-tokayev']?.name.kk).toBe('Қасым-Жомарт Тоқаев');
    expect(content.entities.awards['order-dostyk']?.degrees).toEqual([1, 2]);
  });
});

describe('loadContent on a content folder with problems', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  const entities = {
    people: { tokayev: { name: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев' } } },
    organizations: {},
    awards: {},
  };
  const version = (id: string, lang: string, overrides: Record<string, unknown> = {}) => ({
    id,
    lang,
    translatedFrom: lang === 'en' ? null : 'en',
    publishedAt: '2023-04-27',
    updatedAt: null,
    headline: `Headline ${lang}`,
    summary: `Summary ${lang}.`,
    tags: [],
    body: [{ type: 'quote', id: 'q-one', text: 'Words.', speaker: 'tokayev' }],
    ...overrides,
  });

  /** Writes files (path under the root → JSON value, or raw text) into a fresh temporary folder. */
  const folder = (files: Record<string, unknown>): string => {
    const root = mkdtempSync(join(tmpdir(), 'news-reader-content-'));
    roots.push(root);
    for (const [path, value] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    }
    return root;
  };

  it('loads a valid folder with one version and no errors', () => {
    const content = loadContent(folder({ 'public/entities.json': entities, 'public/articles/a/en.json': version('a', 'en') }));
    expect(content.errors).toEqual([]);
    expect([...content.articles.keys()]).toEqual(['a']);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      'a broken JSON file',
      { 'public/articles/a/en.json': '{ "id": "a", ' },
      /^public\/articles\/a\/en\.json: \(document\): not valid JSON: .+/,
    ],
    [
      'a file named de.json',
      { 'public/articles/a/en.json': version('a', 'en'), 'public/articles/a/de.json': version('a', 'en') },
      /^public\/articles\/a\/de\.json: \(document\): file name must be en\.json, kk\.json, kk-Latn\.json or ru\.json$/,
    ],
    [
      'an article whose id differs from its folder',
      { 'public/articles/a/en.json': version('b', 'en') },
      /^public\/articles\/a\/en\.json: id: expected "a", the name of the article's folder$/,
    ],
    [
      'a lang that differs from the file name',
      { 'public/articles/a/en.json': version('a', 'en'), 'public/articles/a/kk.json': version('a', 'ru') },
      /^public\/articles\/a\/kk\.json: lang: expected "kk", the file's name$/,
    ],
    [
      'a schema error',
      { 'public/articles/a/en.json': version('a', 'en', { publishedAt: '2023-04-27T10:00' }) },
      /^public\/articles\/a\/en\.json: publishedAt: expected an ISO date .*received "2023-04-27T10:00"$/,
    ],
    [
      'an unknown speaker',
      { 'public/articles/a/en.json': version('a', 'en', { body: [{ type: 'quote', id: 'q-one', text: 'W.', speaker: 'tokaev' }] }) },
      /^public\/articles\/a\/en\.json: body\[0\]\.speaker: unknown person "tokaev"/,
    ],
    [
      'versions that disagree',
      {
        'public/articles/a/en.json': version('a', 'en'),
        'public/articles/a/ru.json': version('a', 'ru', { publishedAt: '2023-04-28' }),
      },
      /^public\/articles\/a\/ru\.json: publishedAt: expected 2023-04-27 as in public\/articles\/a\/en\.json$/,
    ],
  ])('reports %s in one line', (_, files, line) => {
    const content = loadContent(folder({ 'public/entities.json': entities, ...files }));
    const lines = content.errors.map(formatFinding);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
  });

  it('reports a missing entities.json and still loads the articles', () => {
    const content = loadContent(
      folder({ 'public/articles/a/en.json': version('a', 'en', { body: [{ type: 'paragraph', text: 'Text.' }] }) }),
    );
    expect(content.errors.map(formatFinding)).toEqual([
      'public/entities.json: (document): missing; people, organisations and awards are named there',
    ]);
    expect([...content.articles.keys()]).toEqual(['a']);
  });

  it('reports an invalid entities.json at its path', () => {
    const content = loadContent(
      folder({ 'public/entities.json': { ...entities, awards: { 'order-x': { kind: 'badge', name: { en: 'X' } } } } }),
    );
    expect(content.errors.map(formatFinding)).toEqual([
      'public/entities.json: awards["order-x"].kind: expected order, medal, title, prize or other, received "badge"',
    ]);
  });

  it('leaves out the versions it refuses and keeps the others', () => {
    const content = loadContent(
      folder({
        'public/entities.json': entities,
        'public/articles/a/en.json': version('a', 'en'),
        'public/articles/a/kk.json': '{',
        'public/articles/a/ru.json': version('a', 'ru'),
        'public/articles/a/de.json': version('a', 'en'),
        'public/articles/b/en.json': version('b', 'en', { headline: '' }),
      }),
    );
    expect(content.errors.map((e) => e.file)).toEqual([
      'public/articles/a/de.json',
      'public/articles/a/kk.json',
      'public/articles/b/en.json',
    ]);
    expect([...content.articles.keys()]).toEqual(['a']);
    expect(versionLangs(content.articles.get('a')!)).toEqual(['en', 'ru']);
  });

  it('warns about names missing a language and a translation without its original', () => {
    const content = loadContent(
      folder({
        'public/entities.json': { ...entities, organizations: { assembly: { name: { en: 'Assembly', kk: 'Ассамблея' } } } },
        'public/articles/a/kk.json': version('a', 'kk', { translatedFrom: 'ru' }),
      }),
    );
    expect(content.errors).toEqual([]);
    expect(content.warnings.map(formatFinding)).toEqual([
      'public/entities.json: organizations.assembly.name.ru: no ru name; English is shown instead',
      'public/articles/a/kk.json: translatedFrom: there is no ru version of this article',
    ]);
  });

  it('has no articles and no errors besides entities when there is no articles folder', () => {
    const content = loadContent(folder({ 'public/entities.json': entities }));
    expect(content.errors).toEqual([]);
    expect(content.articles.size).toBe(0);
  });
});

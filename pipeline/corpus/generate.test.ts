import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle, parseEntities, type Article } from '../../src/content/schema.ts';
import { type Lang, type WrittenLang } from '../../src/shared/languages.ts';
import { formatFinding } from '../content/check.ts';
import { withDerivedNames } from '../content/editions.ts';
import { loadContent } from '../content/load.ts';
import { FICTION_MARKER, generateCorpus, SEARCH_MARKERS, writeCorpus, type Corpus } from './generate.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

const corpus = generateCorpus({ count: 60 });

/** Versions grouped by article id, in corpus order. */
const byArticle = ({ articles }: Corpus): Map<string, Article[]> => {
  const map = new Map<string, Article[]>();
  for (const version of articles) map.set(version.id, [...(map.get(version.id) ?? []), version]);
  return map;
};
const articles = byArticle(corpus);
const langsOf = (versions: Article[]): Lang[] => versions.map((v) => v.lang);
const texts = (article: Article): string[] =>
  article.body.flatMap((block) => {
    if (block.type === 'paragraph' || block.type === 'heading' || block.type === 'quote') return [block.text];
    if (block.type === 'timeline') return block.events.map((event) => event.text);
    return [];
  });
const utcDay = (value: string) => new Date(value).toISOString().slice(0, 10);

describe('generateCorpus', () => {
  it('gives the same JSON for the same seed, other JSON for another seed', () => {
    expect(JSON.stringify(generateCorpus({ count: 60 }))).toBe(JSON.stringify(corpus));
    expect(JSON.stringify(generateCorpus({ count: 60, seed: 1 }))).toBe(JSON.stringify(corpus));
    expect(JSON.stringify(generateCorpus({ count: 60, seed: 2 }).articles)).not.toBe(JSON.stringify(corpus.articles));
  });

  it('gives the first articles of a larger corpus as a smaller one', () => {
    const small = generateCorpus({ count: 10 });
    expect(small.articles).toEqual(corpus.articles.slice(0, small.articles.length));
    expect(byArticle(small).size).toBe(10);
  });

  it('makes valid article versions, with unique fixture ids that sort by date', () => {
    for (const version of corpus.articles) expect(parseArticle(version)).toEqual({ ok: true, value: version });
    const ids = [...articles.keys()];
    expect(ids).toHaveLength(60);
    ids.forEach((id, i) => expect(id).toMatch(new RegExp(`^fixture-\\d{4}-\\d{2}-\\d{2}-${String(i + 1).padStart(5, '0')}$`)));
  });

  it('gives each article one original, its translations and versions that agree', () => {
    for (const [id, versions] of articles) {
      const originals = versions.filter((v) => v.translatedFrom === null);
      expect(originals, id).toHaveLength(1);
      const original = originals[0]!;
      expect(id.slice('fixture-'.length, 'fixture-'.length + 10)).toBe(original.publishedAt.slice(0, 10));
      for (const version of versions) {
        if (version !== original) expect(version.translatedFrom).toBe(original.lang);
        expect(version.publishedAt).toBe(original.publishedAt);
        expect(version.updatedAt).toBe(original.updatedAt);
        expect(version.tags).toEqual(original.tags);
        expect(version.body.map((b) => [b.type, 'id' in b ? b.id : undefined])).toEqual(
          original.body.map((b) => [b.type, 'id' in b ? b.id : undefined]),
        );
        // Text first, or the photo that leads the text.
        expect(version.body.find((block) => block.type !== 'image')?.type).toBe('paragraph');
      }
    }
  });

  it('mixes versions, blocks and date forms', () => {
    const all = [...articles.values()];
    const count = (test: (versions: Article[]) => boolean) => all.filter(test).length;
    const has = (versions: Article[], type: string) => versions[0]!.body.some((b) => b.type === type);
    const original = (versions: Article[]) => versions.find((v) => v.translatedFrom === null)!.lang;

    expect(count((v) => langsOf(v).length === 3)).toBeGreaterThan(30);
    expect(count((v) => langsOf(v).join() === 'en,ru')).toBeGreaterThan(0);
    expect(count((v) => !langsOf(v).includes('ru'))).toBeGreaterThan(0);
    expect(count((v) => langsOf(v).join() === 'kk' && original(v) === 'kk')).toBeGreaterThan(0);
    expect(count((v) => langsOf(v).join() === 'ru')).toBeGreaterThan(0);
    for (const lang of ['en', 'kk', 'ru'] as const)
      expect(count((v) => langsOf(v).length === 3 && original(v) === lang)).toBeGreaterThan(0);

    expect(count((v) => has(v, 'awards'))).toBeGreaterThan(10);
    expect(count((v) => has(v, 'timeline'))).toBeGreaterThan(10);
    expect(count((v) => has(v, 'quote'))).toBeGreaterThan(10);
    expect(count((v) => has(v, 'heading'))).toBeGreaterThan(5);

    const published = all.map((v) => v.find((version) => version.translatedFrom === null)!.publishedAt);
    const dateTimes = published.filter((p) => p.length > 10);
    expect(published.filter((p) => p.length === 10).length).toBeGreaterThan(dateTimes.length);
    for (const offset of ['+05:00', '+06:00', 'Z']) expect(dateTimes.some((p) => p.endsWith(offset))).toBe(true);
    expect(dateTimes.some((p) => utcDay(p) !== p.slice(0, 10))).toBe(true);
    expect(new Set(published.map((p) => p.slice(0, 4))).size).toBeGreaterThanOrEqual(5);
    expect(published.every((p) => p >= '2019' && p < '2026')).toBe(true);
    expect(count((v) => v[0]!.updatedAt !== null)).toBeGreaterThan(0);
  });

  it('writes quotes, awards and timelines that use the entities as the format allows', () => {
    const { people, awards } = corpus.entities;
    const blocks = [...articles.values()].flatMap((versions) => versions[0]!.body);
    const speakers = blocks.flatMap((b) => (b.type === 'quote' ? [b.speaker] : []));
    expect(speakers.some((s) => typeof s === 'string')).toBe(true);
    expect(speakers.some((s) => typeof s === 'object')).toBe(true);
    for (const speaker of speakers) if (typeof speaker === 'string') expect(people[speaker]).toBeDefined();

    const items = blocks.flatMap((b) => (b.type === 'awards' ? b.items : []));
    for (const item of items) {
      const award = awards[item.award];
      expect(award).toBeDefined();
      if (item.degree !== undefined) expect(award!.degrees).toContain(item.degree);
    }
    expect(items.some((item) => item.degree !== undefined)).toBe(true);
    const recipients = items.flatMap((item) => item.recipients ?? []);
    expect(recipients.some((r) => typeof r === 'string')).toBe(true);
    expect(recipients.some((r) => typeof r === 'object')).toBe(true);

    const timelines = blocks.flatMap((b) => (b.type === 'timeline' ? [b] : []));
    for (const timeline of timelines) expect(timeline.events.length).toBeGreaterThanOrEqual(2);
    expect(timelines.some((t) => t.events.some((e) => e.date.length > 10))).toBe(true);
  });

  it('marks every summary as fictional and writes each language in its script', () => {
    for (const version of corpus.articles) {
      expect(version.summary.startsWith(`${FICTION_MARKER[version.lang as WrittenLang]} `)).toBe(true);
      for (const text of texts(version)) {
        if (version.lang === 'kk') expect(text).toMatch(/[а-яё]/i);
        if (version.lang === 'ru') expect(text).toMatch(/^[^a-zәғқңөұүһі]*[а-яё][^a-zәғқңөұүһі]*$/i);
        if (version.lang === 'en') expect(text).not.toMatch(/[а-яёәғқңөұүһі]/i);
      }
      if (version.lang === 'kk')
        for (const block of version.body) if (block.type === 'paragraph') expect(block.text).toMatch(KAZAKH_LETTERS);
    }
  });

  it('puts each search marker in its known article and language only', () => {
    const large = generateCorpus({ count: 1000, seed: 7 });
    const where = (marker: { lang: Lang; n: number }) => `${String(marker.n).padStart(5, '0')} ${marker.lang}`;
    for (const { articles } of [corpus, large]) {
      const versions = articles.map((v) => {
        const json = JSON.stringify(v);
        return { where: `${v.id.slice(-5)} ${v.lang}`, json, folded: json.toLocaleLowerCase() };
      });
      for (const marker of SEARCH_MARKERS) {
        expect(versions.filter((v) => v.json.includes(marker.word)).map((v) => v.where)).toEqual([where(marker)]);
        // Folding case finds the markers that differ only in case (жайлау, Жайлау), and nothing else.
        const folded = marker.word.toLocaleLowerCase();
        expect(versions.filter((v) => v.folded.includes(folded)).map((v) => v.where)).toEqual(
          SEARCH_MARKERS.filter((m) => m.word.toLocaleLowerCase() === folded).map(where),
        );
      }
    }
  });

  it('names fictional entities, a few without a Kazakh or Russian name', () => {
    const { people, organizations, awards } = corpus.entities;
    expect(parseEntities(corpus.entities).ok).toBe(true);
    expect(Object.keys(people)).toHaveLength(30);
    expect(Object.keys(organizations)).toHaveLength(5);
    expect(Object.keys(awards)).toHaveLength(6);
    for (const id of [...Object.keys(people), ...Object.keys(organizations), ...Object.keys(awards)]) expect(id).toMatch(/^fixture-/);
    expect(Object.values(people).filter((p) => !p.name.kk || !p.name.ru)).toHaveLength(3);
    for (const [id, award] of Object.entries(awards)) {
      expect(award.kind).toBe(id.startsWith('fixture-order-') ? 'order' : 'medal');
      expect(award.name.kk).toMatch(KAZAKH_LETTERS);
      if (award.kind === 'medal') expect(award.degrees).toBeUndefined();
    }
    expect(Object.values(awards).filter((a) => a.degrees?.join() === '1,2,3').length).toBeGreaterThan(0);
  });
});

describe('writeCorpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'news-reader-corpus-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a content folder that loadContent accepts, next to the real content', async () => {
    const publicDir = join(root, 'public');
    cpSync(join(REPO_ROOT, 'public', 'articles'), join(publicDir, 'articles'), { recursive: true });
    const real = parseEntities(JSON.parse(readFileSync(join(REPO_ROOT, 'public', 'entities.json'), 'utf8')));
    if (!real.ok) throw new Error('the real entities.json is invalid');

    expect(await writeCorpus(corpus, publicDir, { baseEntities: real.value })).toEqual({
      articles: 60,
      versions: corpus.articles.length,
      photos: corpus.photos.length,
    });
    const content = loadContent(root, publicDir);

    expect(content.errors.map(formatFinding)).toEqual([]);
    expect(content.warnings.map(formatFinding)).toEqual([
      'public/entities.json: people["fixture-person-28"].name.kk: no kk name; English is shown instead',
      'public/entities.json: people["fixture-person-29"].name.ru: no ru name; English is shown instead',
      'public/entities.json: people["fixture-person-30"].name.kk: no kk name; English is shown instead',
      'public/entities.json: people["fixture-person-30"].name.ru: no ru name; English is shown instead',
      'public/entities.json: people["fixture-person-30"].role.ru: no ru name; English is shown instead',
    ]);
    const realIds = Object.keys(real.value.people);
    expect(Object.keys(content.entities.people)).toEqual(expect.arrayContaining([...realIds, 'fixture-person-1']));
    expect(content.entities.awards['order-dostyk']).toEqual(withDerivedNames(real.value).awards['order-dostyk']);
    expect(content.articles.size).toBe(61);
    expect(content.articles.has('2023-04-27-assembly-32nd-session')).toBe(true);
    const first = corpus.articles[0]!;
    expect(readFileSync(join(publicDir, 'articles', first.id, `${first.lang}.json`), 'utf8')).toBe(`${JSON.stringify(first, null, 2)}\n`);
  });
});

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchDataFiles, shardFileName } from '../../src/features/search/model/files.ts';
import { foldText, KAZAKH_MARK, wordForms } from '../../src/features/search/model/normalize.ts';
import { decodePostings } from '../../src/features/search/model/postings.ts';
import { bucketName, searchIndex, type ShardFile } from '../../src/features/search/model/pieces.ts';
import { parseQuery, SEARCH_PAGE_SIZE, type Shard } from '../../src/features/search/model/query.ts';
import { type SearchDoc, type SearchMeta } from '../../src/features/search/model/schema.ts';
import { type Article } from '../../src/content/schema.ts';
import { type Lang } from '../../src/shared/languages.ts';
import { eventInstant } from '../../src/shared/format/format-date.ts';
import { loadContent, type ArticleFile } from '../content/load.ts';
import { generateCorpus, SEARCH_MARKERS } from '../corpus/generate.ts';
import { articleTexts, SEARCH_BUCKETS, SEARCH_CHUNK_SIZE, searchFiles, searchPieces, SHARD_BUDGET } from './build-index.ts';
import { measureSearch } from './measure.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const byArticle = (versions: Article[]): Map<string, ArticleFile[]> => {
  const map = new Map<string, ArticleFile[]>();
  for (const article of versions)
    map.set(article.id, [...(map.get(article.id) ?? []), { file: `public/articles/${article.id}/${article.lang}.json`, article }]);
  return map;
};

const corpus = generateCorpus({ count: 60 });
const articles = byArticle(corpus.articles);
/** Small parts, so that the corpus has a merged part, full blocks and the block still filling. */
const SMALL_PARTS = { blockSize: 8, fanOut: 4 };
const files = searchFiles(articles, SMALL_PARTS);
/** The layout the site uses: at this size, one block. */
const oneBlock = searchFiles(articles);

const metaOf = (index: Map<string, unknown>) => index.get(searchDataFiles.meta.file()) as SearchMeta;
/** The documents a query finds in an index, best first, and the files it read. */
const answer = (index: Map<string, unknown>, query: string): { docs: number[]; files: ShardFile[] } => {
  const parsed = parseQuery(query);
  if (parsed.kind !== 'words') return { docs: [], files: [] };
  return searchIndex(parsed.words, metaOf(index), ({ piece, name }) => index.get(searchDataFiles.shard.file(piece, name)) as Shard);
};

/** Reads a file as the browser would: JSON text, parsed and validated. */
const load = <T>(path: string, parse: (input: unknown) => { ok: true; value: T } | { ok: false; problems: unknown[] }): T => {
  const data = files.get(path);
  if (data === undefined) throw new Error(`no file ${path}`);
  const parsed = parse(JSON.parse(JSON.stringify(data)));
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
};
const meta: SearchMeta = load(searchDataFiles.meta.file(), searchDataFiles.meta.parse);
const allDocs: SearchDoc[] = Array.from({ length: Math.ceil(meta.docCount / meta.chunkSize) }, (_, n) =>
  load(searchDataFiles.docChunk.file(n), searchDataFiles.docChunk.parse),
).flatMap((chunk) => chunk.docs);

/** The search as the browser runs it, with the files it loaded. */
const search = (query: string): { docs: SearchDoc[]; filesLoaded: ShardFile[] } => {
  const { docs, files: loaded } = answer(files, query);
  return { docs: docs.map((doc) => allDocs[doc]!), filesLoaded: loaded };
};
const found = (query: string) => search(query).docs.map((doc) => `${doc.articleId}/${doc.lang}`);
const markerArticle = (n: number) => [...articles.keys()].find((id) => id.endsWith(`-${String(n).padStart(5, '0')}`))!;

describe('searchFiles', () => {
  it('writes one document per language version, oldest first, in small chunks', () => {
    expect(meta.docCount).toBe(corpus.articles.length);
    expect(meta.chunkSize).toBe(SEARCH_CHUNK_SIZE);
    expect(allDocs).toHaveLength(corpus.articles.length);
    const instants = allDocs.map((doc) => eventInstant(doc.publishedAt));
    instants.slice(1).forEach((instant, i) => expect(instant).toBeGreaterThanOrEqual(instants[i]!));
    expect(new Set(allDocs.map((doc) => `${doc.articleId}/${doc.lang}`)).size).toBe(allDocs.length);
    const first = load(searchDataFiles.docChunk.file(0), searchDataFiles.docChunk.parse);
    expect(first.first).toBe(0);
    expect(SEARCH_CHUNK_SIZE).toBeLessThanOrEqual(SEARCH_PAGE_SIZE);
    expect(first.docs).toHaveLength(SEARCH_CHUNK_SIZE);
    expect(load(searchDataFiles.docChunk.file(1), searchDataFiles.docChunk.parse).first).toBe(SEARCH_CHUNK_SIZE);
    const article = corpus.articles.find((a) => a.id === allDocs[0]!.articleId && a.lang === allDocs[0]!.lang)!;
    expect(allDocs[0]).toEqual({
      articleId: article.id,
      lang: article.lang,
      publishedAt: article.publishedAt,
      headline: article.headline,
      summary: article.summary,
    });
  });

  it('writes only paths that are safe in a URL, and a valid file at each', () => {
    for (const index of [files, oneBlock]) {
      for (const [path, data] of index) {
        expect(path).toMatch(/^data\/search\/(meta|terms\/\d+-\d+\/(b\d+|[0-9a-f]+(-[0-9a-f]+)*)|docs\/\d+)\.json$/);
        if (path.includes('/terms/')) expect(searchDataFiles.shard.parse(data).ok, path).toBe(true);
        if (path.includes('/docs/')) expect(searchDataFiles.docChunk.parse(data).ok, path).toBe(true);
      }
      // A merged part has a file per key it lists, a block one per bucket.
      const { pieces, buckets } = metaOf(index);
      const listed = pieces.flatMap((piece) =>
        (piece.shards?.map(shardFileName) ?? Array.from({ length: buckets }, (_, n) => bucketName(n))).map((name) =>
          searchDataFiles.shard.file(piece, name),
        ),
      );
      expect(listed.sort()).toEqual([...index.keys()].filter((p) => p.includes('/terms/')).sort());
    }
    expect(metaOf(oneBlock).pieces).toEqual([{ start: 0, size: 512 }]);
    expect(metaOf(oneBlock).buckets).toBe(SEARCH_BUCKETS);
  });

  it.each<[number, string[]]>([
    [0, []],
    [5, ['8@0']],
    [8, ['8@0']],
    [9, ['8@0', '8@8']],
    [31, ['8@0', '8@8', '8@16', '8@24']],
    [32, ['32@0*']],
    [33, ['32@0*', '8@32']],
    [150, ['128@0*', '8@128', '8@136', '8@144']],
    [160, ['128@0*', '32@128*']],
    [512, ['512@0*']],
  ])('cuts %i documents into parts from the oldest, by a rule of the count alone', (count, expected) => {
    expect(searchPieces(count, SMALL_PARTS).map(({ start, size, shards }) => `${size}@${start}${shards ? '*' : ''}`)).toEqual(expected);
  });

  it('changes, when the newest article is added, only the blocks of its documents, the last document chunks and meta.json', () => {
    const newest = allDocs[allDocs.length - 1]!.articleId;
    const before = byArticle(corpus.articles.filter((article) => article.id !== newest));
    for (const layout of [SMALL_PARTS, {}]) {
      const [old, now] = [searchFiles(before, layout), searchFiles(articles, layout)];
      const changed = [...now.keys()].filter((path) => JSON.stringify(now.get(path)) !== JSON.stringify(old.get(path)));
      const gone = [...old.keys()].filter((path) => !now.has(path));
      // The parts before the new documents stay (here no merged part is completed, which one in `blockSize × fanOut` documents does).
      const oldCount = metaOf(old).docCount;
      const untouched = metaOf(now).pieces.filter((piece) => piece.start + piece.size <= oldCount);
      expect(metaOf(old).pieces.slice(0, untouched.length)).toEqual(untouched);
      const newBlocks = metaOf(now).pieces.slice(untouched.length);
      expect(newBlocks.every((piece) => !piece.shards)).toBe(true);
      expect(gone).toEqual([]);
      for (const path of changed)
        expect(
          path === searchDataFiles.meta.file() ||
            path.startsWith('data/search/docs/') ||
            newBlocks.some((piece) => path.startsWith(`data/search/terms/${piece.size}-${piece.start}/`)),
          path,
        ).toBe(true);
      expect(changed.filter((path) => path.startsWith('data/search/docs/')).length).toBeLessThanOrEqual(2);
      expect(changed.length).toBeLessThanOrEqual(newBlocks.length * SEARCH_BUCKETS + 3);
    }
  });

  it('splits the index: no shard of a merged part holds more than a small part of its postings, one word loads a file per form and part', () => {
    const merged = meta.pieces.find((piece) => piece.shards)!;
    const sizes = merged.shards!.map((key) => {
      const shard = load(searchDataFiles.shard.file(merged, shardFileName(key)), searchDataFiles.shard.parse);
      return shard.docs.reduce((sum, postings) => sum + decodePostings(postings).length, 0);
    });
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(merged.shards!.length).toBeGreaterThan(100);
    expect(Math.max(...sizes) / total).toBeLessThan(0.05);
    for (const { word } of SEARCH_MARKERS) {
      const loaded = search(word).filesLoaded;
      expect(loaded.length, word).toBeGreaterThanOrEqual(1);
      expect(loaded.length, word).toBeLessThanOrEqual(wordForms(foldText(word)).length * meta.pieces.length);
    }
    expect(search('степь pipeline').filesLoaded.length).toBeLessThanOrEqual(4 * meta.pieces.length);
  });

  it('finds the same documents in one block, in parts, and in parts whose shards are split by the next letter', () => {
    const small = 600;
    const split = searchFiles(articles, { ...SMALL_PARTS, shardBudget: small });
    const whole = searchFiles(articles, { ...SMALL_PARTS, shardBudget: Number.POSITIVE_INFINITY });
    const keysOf = (index: Map<string, unknown>) => metaOf(index).pieces.flatMap((piece) => piece.shards ?? []);
    // Two letters, after the mark of the Kazakh words.
    const letters = (key: string) => [...key.replace(KAZAKH_MARK, '')].length;
    expect(keysOf(whole).every((key) => letters(key) === 2)).toBe(true);
    expect(keysOf(split).some((key) => letters(key) > 2)).toBe(true);
    expect(keysOf(split).length).toBeGreaterThan(keysOf(whole).length);
    for (const piece of metaOf(split).pieces)
      for (const key of piece.shards ?? []) {
        const shard = split.get(searchDataFiles.shard.file(piece, shardFileName(key))) as Shard;
        // Over the budget only when it cannot be split: a split shard holds at most its own key and the prefix lists.
        if (JSON.stringify(shard).length > small) expect(shard.prefix !== undefined || shard.terms.length === 1, key).toBe(true);
      }
    const queries = [
      'the',
      'th',
      'co',
      'ко',
      'са',
      'ст',
      'степ',
      'water council',
      'fictional test article',
      'сынақ',
      'вымышленная тестовая',
      'zz',
    ];
    for (const word of SEARCH_MARKERS.map((marker) => marker.word))
      queries.push(word, foldText(word).slice(0, 2), foldText(word).slice(0, 3));
    for (const query of queries) {
      const expected = answer(oneBlock, query).docs;
      for (const index of [split, whole, files]) expect(answer(index, query).docs, query).toEqual(expected);
    }
    expect(answer(split, 'the').docs.length).toBeGreaterThan(10);
  });

  it('keeps the shards of the generated corpus within the budget', () => {
    for (const piece of meta.pieces)
      for (const key of piece.shards ?? [])
        expect(JSON.stringify(files.get(searchDataFiles.shard.file(piece, shardFileName(key)))).length, key).toBeLessThanOrEqual(
          SHARD_BUDGET,
        );
  });

  it('is the same for the same content, and another build id for other content', () => {
    expect(metaOf(searchFiles(articles, SMALL_PARTS))).toEqual(meta);
    const other = searchFiles(byArticle(corpus.articles.slice(1)), SMALL_PARTS);
    expect(metaOf(other).buildId).not.toBe(meta.buildId);
  });
});

describe('searching the generated corpus', () => {
  const variants = (word: string) => [
    word,
    word.toLowerCase(),
    word.toUpperCase(),
    word.charAt(0).toUpperCase() + word.slice(1).toLowerCase(),
    foldText(word), // typed without Kazakh letters
    foldText(word).slice(0, 4), // the start of the word
  ];

  for (const marker of SEARCH_MARKERS)
    it.each(variants(marker.word))(`finds the ${marker.lang} article ${marker.n} (${marker.word}) as %s`, (query) => {
      const expected = SEARCH_MARKERS.filter((other) => foldText(other.word).startsWith(foldText(query))).map(
        (other) => `${markerArticle(other.n)}/${other.lang}`,
      );
      expect(expected).toContain(`${markerArticle(marker.n)}/${marker.lang}`);
      expect(found(query).sort()).toEqual(expected.sort());
    });

  it('finds Russian word starts: степ finds степь and СТЕПНОЙ', () => {
    expect(found('степ').sort()).toEqual([`${markerArticle(5)}/ru`, `${markerArticle(6)}/ru`].sort());
  });

  it('needs every word, in any order', () => {
    expect(found('pipeline data')).toEqual([`${markerArticle(7)}/en`]);
    expect(found('data pipeline')).toEqual([`${markerArticle(7)}/en`]);
    expect(found('pipeline степь')).toEqual([]);
  });

  it('puts headline matches first, then the newest', () => {
    const { docs } = search('library');
    const headlineHas = (doc: SearchDoc) => /\blibrary/i.test(doc.headline);
    const firstWithout = docs.findIndex((doc) => !headlineHas(doc));
    expect(firstWithout).toBeGreaterThan(0);
    expect(docs.slice(firstWithout).some(headlineHas)).toBe(false);
    for (const group of [docs.slice(0, firstWithout), docs.slice(firstWithout)]) {
      const instants = group.map((doc) => eventInstant(doc.publishedAt));
      instants.slice(1).forEach((instant, i) => expect(instant).toBeLessThanOrEqual(instants[i]!));
    }
  });

  it('times the browser work (the bench helper)', () => {
    const measured = measureSearch(files, ['жайлау', 'степ', 'pipeline', 'the'], { runs: 20 });
    expect(measured.runs).toBe(20);
    expect(measured.totals).toEqual([2, 2, 1, found('the').length]);
    expect(measured.shardBytes.largest.bytes).toBeGreaterThan(0);
    expect(measured.shardBytes.total).toBeGreaterThanOrEqual(measured.shardBytes.largest.bytes);
  });
});

describe('articleTexts', () => {
  it('takes headline, summary and the text of every kind of block', () => {
    const article: Article = {
      id: 'every-block',
      lang: 'en' as Lang,
      translatedFrom: null,
      publishedAt: '2023-04-27',
      updatedAt: null,
      headline: 'Headline alpha',
      summary: 'Summary bravo.',
      tags: [],
      body: [
        { type: 'paragraph', text: 'Paragraph charlie.' },
        { type: 'heading', text: 'Heading delta' },
        { type: 'quote', id: 'q', text: 'Quote echo.', speaker: { name: 'Speaker foxtrot', role: 'Role golf' } },
        { type: 'quote', id: 'q2', text: 'Quote hotel.', speaker: 'registered-person' },
        {
          type: 'awards',
          id: 'a',
          title: 'Awards india',
          items: [{ award: 'x', recipients: ['someone', { name: 'Recipient juliett', description: 'kilo' }], note: 'Note lima.' }],
        },
        { type: 'timeline', id: 't', title: 'Timeline mike', events: [{ id: 'e', date: '2023-04-27', text: 'Event november.' }] },
      ],
    };
    const words = articleTexts(article).join(' ');
    for (const word of [
      'alpha',
      'bravo',
      'charlie',
      'delta',
      'echo',
      'foxtrot',
      'golf',
      'hotel',
      'india',
      'juliett',
      'kilo',
      'lima',
      'mike',
      'november',
    ])
      expect(words).toContain(word);
    expect(words).not.toContain('registered-person');
  });

  it('finds the seed article in all its languages, with or without Kazakh letters', () => {
    const content = loadContent(REPO_ROOT);
    const seed = searchFiles(content.articles);
    const seedMeta = seed.get(searchDataFiles.meta.file()) as SearchMeta;
    const docs = Array.from(
      { length: Math.ceil(seedMeta.docCount / seedMeta.chunkSize) },
      (_, n) => (seed.get(searchDataFiles.docChunk.file(n)) as { docs: SearchDoc[] }).docs,
    ).flat();
    const langsFound = (query: string) =>
      answer(seed, query)
        .docs.map((doc) => docs[doc]!)
        .filter((doc) => doc.articleId === '2023-04-27-assembly-32nd-session')
        .map((doc) => doc.lang)
        .sort();
    expect(langsFound('Тоқаев')).toEqual(['kk', 'ru']);
    expect(langsFound('токаев')).toEqual(['kk', 'ru']);
    expect(langsFound('Tokayev')).toEqual(['en']);
    expect(langsFound('Қазақстан халқы')).toEqual(['kk']);
    expect(langsFound('казакстан халкы')).toEqual(['kk']);
  });
});

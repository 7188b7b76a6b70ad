import { describe, expect, it } from 'vitest';
import { charLength, MIN_WORD_LENGTH, shardKey, tokenize } from './normalize';
import { encodePostings } from './postings';
import { highlight, parseQuery, runQuery, shardFor, shardKeys, type Shard } from './query';

/** A small index built the way pipeline/search does: document n is `docs[n]`, numbered from the oldest (the last is the newest). */
const indexOf = (docs: readonly { headline: string; text?: string }[], first = 0): Map<string, Shard> => {
  const anywhere = new Map<string, number[]>();
  const inHeadline = new Map<string, number[]>();
  const words = (text: string) =>
    new Set(
      tokenize(text)
        .map((t) => t.folded)
        .filter((w) => charLength(w) >= MIN_WORD_LENGTH),
    );
  docs.forEach(({ headline, text = '' }, n) => {
    const doc = first + n;
    for (const word of words(`${headline} ${text}`)) anywhere.set(word, [...(anywhere.get(word) ?? []), doc]);
    for (const word of words(headline)) inHeadline.set(word, [...(inHeadline.get(word) ?? []), doc]);
  });
  const shards = new Map<string, Shard>();
  for (const word of [...anywhere.keys()].sort()) {
    const key = shardKey(word);
    const shard = shards.get(key) ?? { terms: [], docs: [], headline: [] };
    shards.set(key, shard);
    shard.terms.push(word);
    shard.docs.push(encodePostings(anywhere.get(word)!));
    shard.headline.push(encodePostings(inHeadline.get(word) ?? []));
  }
  return shards;
};

const DOCS = [
  /* 0 */ { headline: 'Жайлау маусымы басталды', text: 'Биыл жайлау ерте ашылды.' },
  /* 1 */ { headline: 'Ауыл кеңесі есеп берді', text: '«ТҰЛПАР» командасы эстафетада жеңді.' },
  /* 2 */ { headline: 'Сельский совет открыл зал', text: 'Весной степь зацвела раньше обычного.' },
  /* 3 */ { headline: 'Фестиваль «СТЕПНОЙ ВЕТЕР»', text: 'Прошёл в третий раз.' },
  /* 4 */ { headline: 'Қазақстан халқы Ассамблеясы', text: 'Қасым-Жомарт Тоқаев сөз сөйледі.' },
  /* 5 */ { headline: 'The data pipeline', text: 'The new data pipeline processed the archive overnight.' },
  /* 6 */ { headline: 'Volunteers cleaned the riverbank', text: 'A new pipeline of volunteers.' },
  /* 7 */ { headline: 'Ёлки в степи', text: 'Зелёные ёлки.' },
];
const shards = indexOf(DOCS);
const search = (query: string): number[] => {
  const parsed = parseQuery(query);
  return parsed.kind === 'words' ? runQuery(parsed.words, [shards], DOCS.length).docs : [];
};

describe('parseQuery', () => {
  it.each<[string | null, ReturnType<typeof parseQuery>]>([
    [null, { kind: 'empty' }],
    ['', { kind: 'empty' }],
    ['  — « » ', { kind: 'empty' }],
    ['а', { kind: 'too-short' }],
    ['a b c', { kind: 'too-short' }],
    ['Степь', { kind: 'words', words: ['степь'] }],
    ['ТҰЛПАР тулпар Тұлпар', { kind: 'words', words: ['тулпар'] }],
    ['a pipeline', { kind: 'words', words: ['pipeline'] }],
    ['ст степь', { kind: 'words', words: ['степь'] }],
    ['Қасым-Жомарт', { kind: 'words', words: ['жомарт', 'касым'] }],
  ])('%j', (query, expected) => {
    expect(parseQuery(query)).toEqual(expected);
  });

  it('needs one shard per distinct two-letter start', () => {
    expect(shardKeys(['степь', 'стена', 'pipeline'], new Set(['pi', 'ст', 'ко']))).toEqual(['pi', 'ст']);
  });
});

describe('shardFor and shardKeys', () => {
  // ст was split by a third letter, and сте by a fourth.
  const known = new Set(['pi', 'ст', 'сте', 'степ', 'сто']);

  it.each<[string, string | undefined]>([
    ['степь', 'степ'],
    ['степ', 'степ'],
    ['стена', 'сте'],
    ['сте', 'сте'],
    ['ст', 'ст'],
    ['стадион', 'ст'],
    ['pipeline', 'pi'],
    ['pi', 'pi'],
    ['qq', undefined],
    ['p', undefined],
  ])('%s is in %s', (word, key) => {
    expect(shardFor(word, known)).toBe(key);
  });

  it('asks for each needed shard once, and none for words no shard holds', () => {
    expect(shardKeys(['степь', 'степной', 'стена', 'pipeline', 'qq'], known)).toEqual(['pi', 'сте', 'степ']);
  });
});

describe('runQuery', () => {
  it.each<[string, string, number[]]>([
    ['a Kazakh word as written', 'жайлау', [0]],
    ['a Kazakh word in capitals', 'ЖАЙЛАУ', [0]],
    ['Kazakh typed without Kazakh letters', 'казак', [4]],
    ['Kazakh with its letters', 'Қазақ', [4]],
    ['upper case found by lower case', 'тұлпар', [1]],
    ['upper case found without Kazakh letters', 'тулпар', [1]],
    ['upper case found as written', 'ТҰЛПАР', [1]],
    ['a Russian word start finds its forms, headline first', 'степ', [7, 3, 2]],
    ['ё typed as е', 'елки', [7]],
    ['е typed as ё', 'зелёные', [7]],
    ['every word must match', 'data pipeline', [5]],
    ['a word no document has', 'pipeline zebra', []],
    ['a shard that does not exist', 'qq', []],
    ['headline matches first, then newest first', 'pipeline', [5, 6]],
    ['more words in the headline first', 'the pipeline', [5, 6]],
    ['parts of a hyphenated name', 'Қасым Жомарт', [4]],
    ['the hyphenated name as written', 'Қасым-Жомарт', [4]],
    ['word starts only, not the middle of words', 'ipeline', []],
  ])('%s: %s', (_, query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it('finds in an index cut into parts what it finds in the whole', () => {
    const parts = [indexOf(DOCS.slice(0, 3)), indexOf(DOCS.slice(3, 5), 3), indexOf(DOCS.slice(5), 5)];
    for (const query of ['степ', 'жайлау', 'the pipeline', 'new', 'ел', 'pipeline volunteers', 'зал степь', 'ст', 'нет'])
      for (const limit of [1, 20]) {
        const parsed = parseQuery(query);
        if (parsed.kind !== 'words') throw new Error(query);
        expect(runQuery(parsed.words, parts, DOCS.length, limit), query).toEqual(runQuery(parsed.words, [shards], DOCS.length, limit));
      }
    expect(search('pipeline')).toEqual([5, 6]);
  });

  it('finds nothing without words or without the needed shards', () => {
    expect(runQuery([], [shards], DOCS.length)).toEqual({ total: 0, docs: [] });
    expect(runQuery(['степь'], [new Map()], DOCS.length)).toEqual({ total: 0, docs: [] });
  });

  it('reads a split shard: the key itself from its documents of every longer word, longer words from the next shard', () => {
    // Documents: 0 степь, 1 степной (headline), 2 стена, 3 ст (a word of two letters), 4 стол.
    const split: Map<string, Shard> = new Map([
      ['ст', { terms: ['ст'], docs: ['3'], headline: [''], prefix: { docs: encodePostings([0, 1, 2, 3, 4]), headline: '1' } }],
      ['сте', { terms: ['стена', 'степной', 'степь'], docs: ['2', '1', '0'], headline: ['', '1', ''] }],
      ['сто', { terms: ['стол'], docs: ['4'], headline: [''] }],
    ]);
    const found = (query: string) => {
      const parsed = parseQuery(query);
      return parsed.kind === 'words' ? runQuery(parsed.words, [split], 5).docs : [];
    };
    expect(found('ст')).toEqual([1, 4, 3, 2, 0]);
    expect(found('сте')).toEqual([1, 2, 0]);
    expect(found('степ')).toEqual([1, 0]);
    expect(found('стол')).toEqual([4]);
    expect(found('стадион')).toEqual([]);
    expect(found('ст стол')).toEqual([4]);
  });

  it('finds documents that have every word, however rare or common each is, in any order of the words', () => {
    const docs = Array.from({ length: 200 }, (_, n) => ({
      headline: n % 10 === 0 ? 'common rare' : 'common',
      text: n % 3 === 0 ? 'often' : 'seldom',
    }));
    const index = indexOf(docs);
    // Newest (highest number) first.
    const expected = docs.flatMap((doc, n) => (doc.headline.includes('rare') && doc.text === 'often' ? [n] : [])).reverse();
    expect(expected).toHaveLength(7);
    expect(runQuery(['common', 'often', 'rare'], [index], docs.length)).toEqual({ total: 7, docs: expected });
    expect(runQuery(['rare', 'often', 'common'], [index], docs.length)).toEqual({ total: 7, docs: expected });
    expect(runQuery(['rare', 'seldom', 'missing'], [index], docs.length)).toEqual({ total: 0, docs: [] });
  });

  it('ranks by how many words the headline has, each group newest first', () => {
    const docs = [
      { headline: 'river', text: 'bank' },
      { headline: 'other', text: 'river bank' },
      { headline: 'river bank' },
      { headline: 'bank', text: 'river' },
    ];
    expect(runQuery(['bank', 'river'], [indexOf(docs)], docs.length)).toEqual({ total: 4, docs: [2, 3, 0, 1] });
  });

  it.each<[number, number[]]>([
    [0, []],
    [1, [2]],
    [3, [2, 3, 0]],
    [4, [2, 3, 0, 1]],
    [10, [2, 3, 0, 1]],
  ])('lists the best %i and counts them all', (limit, expected) => {
    const docs = [
      { headline: 'river', text: 'bank' },
      { headline: 'other', text: 'river bank' },
      { headline: 'river bank' },
      { headline: 'bank', text: 'river' },
    ];
    expect(runQuery(['bank', 'river'], [indexOf(docs)], docs.length, limit)).toEqual({ total: 4, docs: expected });
  });
});

describe('highlight', () => {
  const marked = (text: string, words: string[]) =>
    highlight(text, words)
      .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
      .join('');

  it.each<[string, string, string[], string]>([
    ['keeps case and Kazakh letters', '«ТҰЛПАР» командасы жеңді', ['тулпар'], '«[ТҰЛПАР]» командасы жеңді'],
    ['marks every word with the start', 'Весной степь, СТЕПНОЙ ветер', ['степ'], 'Весной [степь], [СТЕПНОЙ] ветер'],
    ['marks several words', 'The new data pipeline.', ['pipe', 'data'], 'The new [data] [pipeline].'],
    ['Kazakh typed without Kazakh letters', 'Қазақстан халқы', ['казак'], '[Қазақстан] халқы'],
    ['hyphenated parts', 'Қасым-Жомарт Тоқаев', ['касым', 'жомарт'], '[Қасым]-[Жомарт] Тоқаев'],
    ['not inside words', 'pipeline', ['line'], 'pipeline'],
    ['Kazakh in Latin from a Cyrillic query', 'Ел бірлігі мен Bırlık küni', ['бірлік'], 'Ел бірлігі мен [Bırlık] küni'],
    ['Kazakh in Cyrillic from a Latin query', 'Бірлік күні, бірлікті', ['birlik'], '[Бірлік] күні, [бірлікті]'],
    ['words of one letter are not marked', 'a cat', ['a'], 'a cat'],
    ['no words', 'Весной степь', [], 'Весной степь'],
    ['no-break spaces kept', 'жаңа\u00a0жайлау', ['жайлау'], 'жаңа\u00a0[жайлау]'],
  ])('%s', (_, text, words, expected) => {
    expect(marked(text, words)).toBe(expected);
  });

  it('gives segments that put the text back together', () => {
    const text = '«ТҰЛПАР» — тұлпар, Тулпар!';
    const segments = highlight(text, ['ТҰЛПАР']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments).toEqual([
      { text: '«', match: false },
      { text: 'ТҰЛПАР', match: true },
      { text: '» — ', match: false },
      { text: 'тұлпар', match: true },
      { text: ', ', match: false },
      { text: 'Тулпар', match: true },
      { text: '!', match: false },
    ]);
  });
});

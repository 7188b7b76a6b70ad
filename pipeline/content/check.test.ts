import { describe, expect, it } from 'vitest';
import type { Article, Block, Entities } from '../../src/content/schema.ts';
import { checkArticle, checkVersionsAgree, formatFinding, linkableIds, missingNames, type Finding } from './check.ts';

const FILE = 'public/articles/x/en.json';

const entities: Entities = {
  people: {
    tokayev: {
      name: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев' },
      role: { en: 'President', kk: 'Президент', ru: 'Президент' },
    },
    khashiyeva: { name: { en: 'Tanzila Khashiyeva', kk: 'Танзила Хашиева', ru: 'Танзила Хашиева' } },
  },
  organizations: {},
  awards: {
    'order-dostyk': { kind: 'order', name: { en: 'Order of Dostyk', kk: '«Достық» ордені', ru: 'орден «Достық»' }, degrees: [1, 2] },
    'medal-shapagat': { kind: 'medal', name: { en: 'Shapagat medal', kk: '«Шапағат» медалі', ru: 'медаль «Шапағат»' } },
  },
};

const article = (body: Block[], overrides: Partial<Article> = {}): Article => ({
  id: 'x',
  lang: 'en',
  translatedFrom: null,
  publishedAt: '2023-04-27',
  updatedAt: null,
  headline: 'Headline',
  summary: 'Summary.',
  tags: [],
  body,
  ...overrides,
});

const paragraph: Block = { type: 'paragraph', text: 'Text.' };

describe('linkableIds', () => {
  it('lists block ids and timeline event ids with their paths, skipping blocks without an id', () => {
    const ids = linkableIds(
      article([
        paragraph,
        { type: 'heading', text: 'No id' },
        { type: 'heading', id: 'section', text: 'Section' },
        { type: 'timeline', id: 'timeline', events: [{ id: 'opening', date: '2023-04-27', text: 'Opening.' }] },
      ]),
    );
    expect(ids).toEqual([
      { id: 'section', path: ['body', 2, 'id'] },
      { id: 'timeline', path: ['body', 3, 'id'] },
      { id: 'opening', path: ['body', 3, 'events', 0, 'id'] },
    ]);
  });
});

describe('checkArticle', () => {
  it('finds nothing when every reference is known and every id unique', () => {
    const body: Block[] = [
      paragraph,
      { type: 'heading', id: 'section', text: 'Section' },
      { type: 'quote', id: 'q-registered', text: 'Words.', speaker: 'tokayev' },
      { type: 'quote', id: 'q-named', text: 'Words.', speaker: { name: 'Айгүл', role: 'мұғалім' } },
      {
        type: 'awards',
        id: 'awards',
        items: [
          { award: 'order-dostyk', degree: 2, recipients: ['khashiyeva', { name: 'Representatives of diasporas' }] },
          { award: 'order-dostyk', degree: 1 },
          { award: 'medal-shapagat' },
        ],
      },
      {
        type: 'timeline',
        id: 'timeline',
        events: [
          { id: 'opening', date: '2023-04-27', text: 'Opening.' },
          { id: 'awards-presented', date: '2023-04-27T12:00:00+05:00', text: 'Awards.' },
        ],
      },
    ];
    expect(checkArticle(FILE, article(body), entities)).toEqual([]);
  });

  it.each<[string, Block[], Finding[]]>([
    [
      'two blocks with one id',
      [
        { type: 'quote', id: 'q-one', text: 'A.', speaker: 'tokayev' },
        paragraph,
        { type: 'quote', id: 'q-one', text: 'B.', speaker: 'tokayev' },
      ],
      [
        {
          file: FILE,
          path: 'body[2].id',
          message: 'duplicate id "q-one" (already used at body[0].id); block ids must be unique in an article',
        },
      ],
    ],
    [
      'a heading id reused by an awards block',
      [
        { type: 'heading', id: 'awards', text: 'Awards' },
        { type: 'awards', id: 'awards', items: [{ award: 'medal-shapagat' }] },
      ],
      [
        {
          file: FILE,
          path: 'body[1].id',
          message: 'duplicate id "awards" (already used at body[0].id); block ids must be unique in an article',
        },
      ],
    ],
    [
      'a timeline event id equal to a block id',
      [
        { type: 'heading', id: 'opening', text: 'Opening' },
        { type: 'timeline', id: 'timeline', events: [{ id: 'opening', date: '2023-04-27', text: 'Opening.' }] },
      ],
      [
        {
          file: FILE,
          path: 'body[1].events[0].id',
          message: 'duplicate id "opening" (already used at body[0].id); block ids must be unique in an article',
        },
      ],
    ],
    [
      'a timeline event id equal to its own timeline id',
      [{ type: 'timeline', id: 'timeline', events: [{ id: 'timeline', date: '2023-04-27', text: 'Opening.' }] }],
      [
        {
          file: FILE,
          path: 'body[0].events[0].id',
          message: 'duplicate id "timeline" (already used at body[0].id); block ids must be unique in an article',
        },
      ],
    ],
    [
      'an unknown speaker',
      [paragraph, { type: 'quote', id: 'q', text: 'Words.', speaker: 'tokaev' }],
      [{ file: FILE, path: 'body[1].speaker', message: 'unknown person "tokaev"; add it to entities.json people or write { "name": … }' }],
    ],
    [
      'an unknown award',
      [{ type: 'awards', id: 'awards', items: [{ award: 'medal-shapagat' }, { award: 'order-barys', degree: 1 }] }],
      [{ file: FILE, path: 'body[0].items[1].award', message: 'unknown award "order-barys"; add it to entities.json awards' }],
    ],
    [
      "a degree not among the award's degrees",
      [{ type: 'awards', id: 'awards', items: [{ award: 'order-dostyk', degree: 3 }] }],
      [{ file: FILE, path: 'body[0].items[0].degree', message: '"order-dostyk" has no degree 3 (its degrees: 1, 2)' }],
    ],
    [
      'an unknown recipient id',
      [{ type: 'awards', id: 'awards', items: [{ award: 'medal-shapagat', recipients: [{ name: 'Known by name' }, 'nobody'] }] }],
      [
        {
          file: FILE,
          path: 'body[0].items[0].recipients[1]',
          message: 'unknown person "nobody"; add it to entities.json people or write { "name": … }',
        },
      ],
    ],
  ])('reports %s', (_, body, expected) => {
    expect(checkArticle(FILE, article(body), entities)).toEqual(expected);
  });

  it('reports every problem of an article, in reading order', () => {
    const findings = checkArticle(
      FILE,
      article([
        { type: 'quote', id: 'q', text: 'A.', speaker: 'ghost' },
        { type: 'awards', id: 'q', items: [{ award: 'order-dostyk', degree: 3, recipients: ['phantom'] }] },
      ]),
      entities,
    );
    expect(findings.map((f) => f.path)).toEqual([
      'body[1].id',
      'body[0].speaker',
      'body[1].items[0].degree',
      'body[1].items[0].recipients[0]',
    ]);
  });
});

describe('checkVersionsAgree', () => {
  const body: Block[] = [
    paragraph,
    { type: 'quote', id: 'q-one', text: 'A.', speaker: 'tokayev' },
    { type: 'timeline', id: 'timeline', events: [{ id: 'opening', date: '2023-04-27', text: 'Opening.' }] },
  ];
  const en = { file: 'a/en.json', article: article(body) };

  it('finds nothing when all versions share ids and date, whatever their text', () => {
    const kk = {
      file: 'a/kk.json',
      article: article(
        body.map((b) => (b.type === 'paragraph' ? { ...b, text: 'Мәтін.' } : b)),
        { lang: 'kk', translatedFrom: 'en' },
      ),
    };
    expect(checkVersionsAgree([en, kk])).toEqual([]);
  });

  it('finds nothing for one version or none', () => {
    expect(checkVersionsAgree([en])).toEqual([]);
    expect(checkVersionsAgree([])).toEqual([]);
  });

  it.each<[string, Block[], Partial<Article>, Finding[]]>([
    [
      'a missing block id',
      body.filter((b) => b.type !== 'quote'),
      {},
      [{ file: 'a/kk.json', path: 'body', message: 'block ids differ from a/en.json: missing q-one' }],
    ],
    [
      'a missing event id',
      [paragraph, body[1]!, { type: 'timeline', id: 'timeline', events: [{ id: 'start', date: '2023-04-27', text: 'Ашылуы.' }] }],
      {},
      [{ file: 'a/kk.json', path: 'body', message: 'block ids differ from a/en.json: missing opening extra start' }],
    ],
    [
      'an extra block id',
      [...body, { type: 'heading', id: 'more', text: 'Көбірек' }],
      {},
      [{ file: 'a/kk.json', path: 'body', message: 'block ids differ from a/en.json: extra more' }],
    ],
    [
      'a different publishedAt',
      body,
      { publishedAt: '2023-04-28' },
      [{ file: 'a/kk.json', path: 'publishedAt', message: 'expected 2023-04-27 as in a/en.json' }],
    ],
    [
      'different ids and date at once',
      body.slice(0, 2),
      { publishedAt: '2023-04-27T10:00:00+05:00' },
      [
        { file: 'a/kk.json', path: 'body', message: 'block ids differ from a/en.json: missing timeline, opening' },
        { file: 'a/kk.json', path: 'publishedAt', message: 'expected 2023-04-27 as in a/en.json' },
      ],
    ],
  ])('reports %s', (_, kkBody, overrides, expected) => {
    const kk = { file: 'a/kk.json', article: article(kkBody, { lang: 'kk', translatedFrom: 'en', ...overrides }) };
    expect(checkVersionsAgree([en, kk])).toEqual(expected);
  });

  it('compares every version with the first, naming each file', () => {
    const kk = { file: 'a/kk.json', article: article(body.slice(0, 2), { lang: 'kk' }) };
    const ru = { file: 'a/ru.json', article: article(body, { lang: 'ru', publishedAt: '2023-04-26' }) };
    expect(checkVersionsAgree([en, kk, ru]).map(formatFinding)).toEqual([
      'a/kk.json: body: block ids differ from a/en.json: missing timeline, opening',
      'a/ru.json: publishedAt: expected 2023-04-27 as in a/en.json',
    ]);
  });
});

describe('missingNames', () => {
  it('finds nothing when every name and role is in en, kk and ru', () => {
    expect(missingNames('public/entities.json', entities)).toEqual([]);
  });

  it('reports each missing language with its path', () => {
    const partial: Entities = {
      people: {
        someone: { name: { en: 'Someone', kk: 'Біреу' }, role: { en: 'Teacher', ru: 'Учитель' } },
      },
      organizations: { assembly: { name: { en: 'Assembly' } } },
      awards: { 'order-kurmet': { kind: 'order', name: { en: 'Order of Kurmet', kk: '«Құрмет» ордені' } } },
    };
    expect(missingNames('public/entities.json', partial).map(formatFinding)).toEqual([
      'public/entities.json: people.someone.name.ru: no ru name; English is shown instead',
      'public/entities.json: people.someone.role.kk: no kk name; English is shown instead',
      'public/entities.json: organizations.assembly.name.kk: no kk name; English is shown instead',
      'public/entities.json: organizations.assembly.name.ru: no ru name; English is shown instead',
      'public/entities.json: awards["order-kurmet"].name.ru: no ru name; English is shown instead',
    ]);
  });
});

describe('formatFinding', () => {
  it.each<[Finding, string]>([
    [
      { file: 'public/articles/x/en.json', path: 'body[3].speaker', message: 'unknown person "tokaev"' },
      'public/articles/x/en.json: body[3].speaker: unknown person "tokaev"',
    ],
    [{ file: 'public/entities.json', path: '', message: 'not valid JSON' }, 'public/entities.json: (document): not valid JSON'],
  ])('%j → %s', (finding, line) => {
    expect(formatFinding(finding)).toBe(line);
  });
});

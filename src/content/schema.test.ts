import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseEntities } from './schema';
import { isIsoDateValue } from './fields';
import { formatPath, type ContentProblem } from '../shared/validation';
import { WRITTEN_LANGS } from '../shared/languages';

const ARTICLE_ID = '2023-04-27-assembly-32nd-session';
const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../public');
const readPublic = (path: string): unknown => JSON.parse(readFileSync(join(PUBLIC_DIR, path), 'utf8'));

/** A small valid article with one block of every type, for the invalid cases to break one thing each. */
const validArticle = () => ({
  id: 'test-article',
  lang: 'en',
  translatedFrom: null,
  publishedAt: '2023-04-27',
  updatedAt: null,
  headline: 'Headline',
  summary: 'Summary.',
  source: { name: 'Akorda', url: 'https://www.akorda.kz/en/some-page' },
  tags: ['assembly'],
  body: [
    { type: 'paragraph', text: 'First paragraph.' },
    { type: 'heading', id: 'section', text: 'Section' },
    { type: 'paragraph', text: 'Second paragraph.' },
    { type: 'quote', id: 'q-one', text: 'Words.', speaker: 'kassym-jomart-tokayev' },
    { type: 'awards', id: 'awards', items: [{ award: 'order-dostyk', degree: 2, recipients: [{ name: 'Someone' }] }] },
    { type: 'timeline', id: 'timeline', events: [{ id: 'opening', date: '2023-04-27', text: 'Opening.' }] },
  ],
});
type Draft = ReturnType<typeof validArticle> & Record<string, unknown>;

const edit = (change: (draft: Draft) => void): unknown => {
  const draft = structuredClone(validArticle()) as Draft;
  change(draft);
  return draft;
};
const block = (draft: Draft, index: number) => draft.body[index] as Record<string, unknown>;

const problemsOf = (input: unknown): ContentProblem[] => {
  const result = parseArticle(input);
  if (result.ok) throw new Error('expected the input to be refused');
  return result.problems;
};

describe('the seed content', () => {
  // kk-Latn is written by the build (pipeline/content/editions.ts), not kept in the content folder.
  it.each(WRITTEN_LANGS)('accepts articles/%s version of the seed article', (lang) => {
    const result = parseArticle(readPublic(`articles/${ARTICLE_ID}/${lang}.json`));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && { id: result.value.id, lang: result.value.lang }).toEqual({ id: ARTICLE_ID, lang });
  });

  it('accepts entities.json', () => {
    const result = parseEntities(readPublic('entities.json'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && Object.keys(result.value.awards)).toEqual(['order-kurmet', 'order-dostyk', 'medal-shapagat']);
  });

  it('accepts the small test article', () => {
    expect(parseArticle(validArticle()).ok).toBe(true);
  });
});

describe('parseArticle refuses invalid content', () => {
  // [what is wrong, input, JSON path of the problem, what the message must say was expected]
  it.each<[string, unknown, string, RegExp]>([
    ['an id with capitals and underscores', edit((d) => void (d.id = 'Bad_ID')), 'id', /an id of lowercase a-z, 0-9 and single hyphens/],
    ['an id with a double hyphen', edit((d) => void (d.id = 'a--b')), 'id', /an id of lowercase/],
    ['an unknown lang', edit((d) => void (d.lang = 'de')), 'lang', /one of en, kk, kk-Latn, ru/],
    ['an unknown translatedFrom', edit((d) => void (d.translatedFrom = 'fr' as never)), 'translatedFrom', /one of en, kk, kk-Latn, ru/],
    ['a bare local date-time', edit((d) => void (d.publishedAt = '2023-04-27T10:00')), 'publishedAt', /ISO date .* date-time with offset/],
    ['an impossible date', edit((d) => void (d.publishedAt = '2023-02-30')), 'publishedAt', /ISO date/],
    ['an updatedAt in a local format', edit((d) => void (d.updatedAt = '27.04.2023' as never)), 'updatedAt', /ISO date/],
    ['an empty headline', edit((d) => void (d.headline = '')), 'headline', /non-empty text/],
    ['a whitespace-only headline', edit((d) => void (d.headline = ' \n\t ')), 'headline', /non-empty text/],
    ['a non-https source URL', edit((d) => void (d.source.url = 'http://www.akorda.kz/en')), 'source.url', /https: URL/],
    ['a javascript: URL as source', edit((d) => void (d.source.url = 'javascript:alert(1)')), 'source.url', /https: URL/],
    [
      'an unknown block type',
      edit((d) => void (d.body[2] = { type: 'video', text: 'x' } as never)),
      'body[2].type',
      /block type: paragraph, heading, quote, awards, timeline or image/,
    ],
    ['a block without a type', edit((d) => void (d.body[2] = { text: 'x' } as never)), 'body[2].type', /block type/],
    ['a quote without speaker', edit((d) => void delete block(d, 3).speaker), 'body[3].speaker', /required key "speaker"/],
    [
      'an awards item of degree 4',
      edit((d) => void (d.body[4] = { type: 'awards', id: 'awards', items: [{ award: 'order-dostyk', degree: 4 }] } as never)),
      'body[4].items[0].degree',
      /degree 1, 2 or 3/,
    ],
    ['awards without items', edit((d) => void (block(d, 4).items = [])), 'body[4].items', /at least one award/],
    ['a timeline with no events', edit((d) => void (block(d, 5).events = [])), 'body[5].events', /at least one event/],
    [
      'a timeline event with a bare local time',
      edit(
        (d) =>
          void (d.body[5] = { type: 'timeline', id: 'timeline', events: [{ id: 'e', date: '2023-04-27T10:00:00', text: 't' }] } as never),
      ),
      'body[5].events[0].date',
      /date-time with offset/,
    ],
    ['an unknown extra key', edit((d) => void (d.author = 'someone')), 'author', /known key/],
    ['HTML smuggled into a paragraph', edit((d) => void (block(d, 0).html = '<b>x</b>')), 'body[0].html', /known key/],
    ['an empty body', edit((d) => void (d.body = [])), 'body', /at least one block/],
    ['a body that is not an array', edit((d) => void (d.body = 'text' as never)), 'body', /an array/i],
    ['tags that are not an array', edit((d) => void (d.tags = 'assembly' as never)), 'tags', /an array/i],
    ['null as the document', null, '', /an object/i],
    ['a string as the document', 'hello', '', /an object/i],
  ])('%s', (_, input, path, expected) => {
    const problems = problemsOf(input);
    const problem = problems.find((p) => p.path === path);
    expect(problem, `no problem at "${path}" in ${JSON.stringify(problems)}`).toBeDefined();
    expect(problem!.message).toMatch(expected);
    // One readable sentence: "expected …, received …", never a library message nested inside ours.
    expect(problem!.message).toMatch(/^expected .+, received .+$/);
    expect(problem!.message).not.toMatch(/Invalid type|Expected/);
  });

  it.each([
    ['http://www.akorda.kz/en', 'http://www.akorda.kz/en'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
  ])('quotes the whole refused URL %s, not its first characters', (url, shown) => {
    const [problem] = problemsOf(edit((d) => void (d.source.url = url)));
    expect(problem?.message).toContain(`received "${shown}"`);
  });

  it('reports every problem of a document, each at its own path', () => {
    const problems = problemsOf(
      edit((d) => {
        d.lang = 'de';
        d.headline = '';
        block(d, 4).items = [];
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['body[4].items', 'headline', 'lang']);
  });

  it('refuses entities whose ids are not slugs, quoting the odd key in the path', () => {
    const entities = readPublic('entities.json') as { people: Record<string, unknown> };
    entities.people['Bad Key'] = { name: { en: 'Someone' } };
    const result = parseEntities(entities);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'people["Bad Key"]', message: 'expected an id of lowercase a-z, 0-9 and single hyphens, received "Bad Key"' },
    ]);
  });

  it.each([
    ['a line separator', '\u2028', '\\u2028'],
    ['a right-to-left override', '\u202eevil', '\\u202eevil'],
    ['a tab', 'a\tb', '\\tb'],
  ])('quotes an id made of %s on one line, escaped', (_, id, shown) => {
    const [problem] = problemsOf(edit((d) => void (d.id = id)));
    expect(problem?.message).toMatch(/^expected an id of lowercase a-z, 0-9 and single hyphens, received ".+"$/);
    expect(problem?.message).toContain(shown);
  });

  it('escapes a key made of odd characters in the path and in the message', () => {
    const problems = problemsOf(edit((d) => void (d['\u2029\u202e'] = 'x')));
    expect(problems).toEqual([
      { path: '["\\u2029\\u202e"]', message: expect.stringMatching(/^expected a known key, received .*\\u2029\\u202e.*$/) },
    ]);
  });

  it('refuses entities with an award degree out of range', () => {
    const entities = readPublic('entities.json') as { awards: Record<string, { degrees?: number[] }> };
    entities.awards['order-dostyk']!.degrees = [1, 4];
    const result = parseEntities(entities);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['awards["order-dostyk"].degrees[1]']);
  });
});

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], ''],
    [['id'], 'id'],
    [['body', 3, 'speaker'], 'body[3].speaker'],
    [['body', 8, 'items', 1, 'recipients', 0], 'body[8].items[1].recipients[0]'],
    [['$schema'], '$schema'],
    [[0], '[0]'],
    [['people', 'kassym-jomart-tokayev', 'name', 'kk'], 'people["kassym-jomart-tokayev"].name.kk'],
    [['people', 'a b'], 'people["a b"]'],
    [['people', 'say "hi"'], 'people["say \\"hi\\""]'],
    [['people', '1st'], 'people["1st"]'],
    [['Қазақ'], '["Қазақ"]'],
    [['people', 'a\u2028b\u202e'], 'people["a\\u2028b\\u202e"]'],
  ])('%j is %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('isIsoDateValue', () => {
  it.each([
    ['2023-04-27', true],
    ['2023-04-27T11:00:00Z', true],
    ['2023-04-27T11:00Z', true],
    ['2023-04-27T11:00:00+05:00', true],
    ['2023-04-27T23:59:59-03:30', true],
    ['2023-04-27T11:00:00.123Z', true],
    ['2023-04-27T11:00:00.5+06:00', true],
    ['2024-02-29', true],
    ['2024-02-29T12:00:00+05:00', true],
    ['2023-04-27T11:00:00', false],
    ['2023-04-27T10:00', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-04-31', false],
    ['2023-02-29', false],
    ['2023-02-30T10:00:00Z', false],
    ['2023-04-27T24:00:00Z', false],
    ['2023-04-27T11:00:00+5:00', false],
    ['2023-04-27 11:00:00Z', false],
    ['2023-04-27Z', false],
    ['2023-4-27', false],
    ['27.04.2023', false],
    ['', false],
  ])('%s → %s', (value, valid) => {
    expect(isIsoDateValue(value)).toBe(valid);
  });
});

describe('text survives untouched', () => {
  const samples = [
    'Қазақстан халқы Ассамблеясы: ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І',
    '«Достық» ордені — ІІ дәрежелі',
    'Президент\u00a0Тоқаев, 27\u00a0сәуір',
    '“Typographic” ‘quotes’ and an ellipsis…',
    '<b>not HTML</b> &amp; stays as written',
  ];

  it.each(samples)('%s', (text) => {
    const input = edit((d) => {
      d.headline = text;
      block(d, 0).text = text;
      block(d, 3).speaker = { name: text, role: text };
    });
    const result = parseArticle(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.headline).toBe(text);
    expect(result.value.body[0]).toEqual({ type: 'paragraph', text });
    expect(result.value.body[3]).toMatchObject({ speaker: { name: text, role: text } });
  });

  it('keeps the seed Kazakh text byte for byte', () => {
    const raw = readPublic(`articles/${ARTICLE_ID}/kk.json`) as { summary: string };
    const result = parseArticle(raw);
    expect(result.ok && result.value.summary).toBe(raw.summary);
    expect(raw.summary).toContain('ІІ дәрежелі «Достық» орденімен');
  });
});

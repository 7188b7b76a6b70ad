import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseEntities, type Block, type Entities } from '../../src/content/schema';
import type { WrittenLang } from '../../src/shared/languages';
import { buildDraft, firstSentence } from './draft';
import { readText } from './read-text';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(ROOT, path));
const entities = (() => {
  const parsed = parseEntities(JSON.parse(read('public/entities.json').toString()));
  if (!parsed.ok) throw new Error('public/entities.json is not valid');
  return parsed.value;
})();
const NO_ENTITIES: Entities = { people: {}, organizations: {}, awards: {} };
const draftOf = (text: string, lang: WrittenLang = 'en', registry = entities) =>
  buildDraft({ doc: readText(Buffer.from(text)), lang, entities: registry, file: 'test.txt', today: '2000-01-01' });

/** A block as the round trip compares it: everything but the ids, which the importer makes up. */
const withoutIds = (block: Block): unknown => Object.fromEntries(Object.entries(block).filter(([key]) => key !== 'id'));

describe('the seed text, imported', () => {
  const committed = parseArticle(JSON.parse(read('public/articles/2023-04-27-assembly-32nd-session/en.json').toString()));
  if (!committed.ok) throw new Error('the committed seed article is not valid');
  const seed = committed.value;
  const { article, evidence, proposals } = buildDraft({
    doc: readText(read('pipeline/import/eval/en/seed-assembly-32nd-session.txt')),
    lang: 'en',
    entities,
    file: 'seed.txt',
    today: '2000-01-01',
  });

  it('gives the committed article’s paragraphs, quotes, speakers, heading and awards, in order', () => {
    const compared = (body: Block[]) => body.filter((block) => block.type !== 'timeline').map(withoutIds);
    expect(compared(article.body)).toEqual(compared(seed.body));
  });

  it('dates the article and its occasion as the text does', () => {
    expect(article.publishedAt).toBe(seed.publishedAt);
    const dates = (body: Block[]) => body.flatMap((block) => (block.type === 'timeline' ? block.events.map((event) => event.date) : []));
    // One event for the dated occasion; the committed article's editor wrote two on the same day.
    expect(dates(article.body)).toEqual(['2023-04-27']);
    expect(new Set(dates(seed.body))).toEqual(new Set(dates(article.body)));
  });

  it('is a valid draft that proposes nothing: every person and award is registered', () => {
    const parsed = parseArticle(article);
    expect(parsed.ok).toBe(true);
    expect(article.status).toBe('draft');
    expect(proposals.people).toEqual({});
    expect(proposals.awards).toEqual({});
    // The seed text has no headline: an editor must write one.
    expect(evidence.left.map((item) => item.path)).toEqual(['headline']);
  });

  it('points every quote, speaker and award back at the source text', () => {
    for (const item of evidence.items.filter((entry) => ['quote', 'speaker', 'award'].includes(entry.kind))) {
      expect(evidence.source.text.slice(item.span[0], item.span[1])).toBe(item.text);
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.block).toMatch(/^[a-z0-9-]+$/);
    }
    expect(evidence.items.filter((item) => item.kind === 'speaker').map((item) => item.text)).toEqual([
      'Tokayev said.',
      'added Tokayev.',
      'said Tanzila Khashiyeva, member of Kazakhstan’s Vainakh Chechen-Ingush Association.',
    ]);
  });
});

describe('a draft of an article with people and awards not yet registered', () => {
  const text = [
    'date 2024-08-08 Tokayev awards the Altyn Qyran order to Shavkat Mirziyoyev',
    'President Kassym-Jomart Tokayev awarded his Uzbek counterpart Shavkat Mirziyoyev with the Order of Altyn Qyran at a ceremony in Akorda.',
    '“May the unshakable friendship of Kazakhstan and Uzbekistan be eternal,” said Berik Uali, the President’s spokesperson.',
  ].join('\n\n');
  const { article, evidence, proposals } = draftOf(text);

  it('names them in place and proposes them for entities.json, with the names still missing', () => {
    const quote = article.body.find((block) => block.type === 'quote');
    expect(quote).toMatchObject({ speaker: { name: 'Berik Uali', role: 'the President’s spokesperson' } });
    expect(proposals.people).toEqual({ 'berik-uali': { name: { en: 'Berik Uali' }, role: { en: 'the President’s spokesperson' } } });
    expect(proposals.missingNames).toEqual(['people.berik-uali.name.kk', 'people.berik-uali.name.ru']);
    expect(proposals.awards['order-altyn-qyran']).toEqual({
      kind: 'order',
      name: { en: 'Order of Altyn Qyran', kk: '«Алтын Қыран» ордені', ru: 'орден «Алтын Қыран»' },
    });
    expect(evidence.left).toEqual([
      expect.objectContaining({ path: 'body[1].items[0].award', value: 'order-altyn-qyran' }),
      expect.objectContaining({ path: 'body[2].speaker', value: { name: 'Berik Uali', role: 'the President’s spokesperson' } }),
    ]);
  });

  it('takes the headline and the date from the text, and never touches the registry it was given', () => {
    expect(article.headline).toBe('Tokayev awards the Altyn Qyran order to Shavkat Mirziyoyev');
    expect(article.id).toBe('2024-08-08-tokayev-awards-the-altyn-qyran');
    expect(entities.people['berik-uali']).toBeUndefined();
    expect(entities.awards['order-altyn-qyran']).toBeUndefined();
  });

  it('lists the award with its recipient', () => {
    const awards = article.body.find((block) => block.type === 'awards');
    expect(awards).toMatchObject({ items: [{ award: 'order-altyn-qyran', recipients: [{ name: 'Shavkat Mirziyoyev' }] }] });
  });
});

describe('a draft without date or headline', () => {
  it('says what stands in for them', () => {
    const { article, evidence } = draftOf(
      'NUR-SULTAN. KAZINFORM – The Government met today. It discussed the harvest and the prices of bread in every region.',
      'en',
      NO_ENTITIES,
    );
    expect(article.publishedAt).toBe('2000-01-01');
    expect(article.headline).toBe('The Government met today.');
    expect(evidence.left.map((item) => item.path)).toEqual(['publishedAt', 'headline']);
  });

  it('cuts a long first sentence at a word', () => {
    expect(firstSentence(`${'word '.repeat(40)}end.`, 30)).toBe('word word word word word word…');
  });
});

describe('any text', () => {
  it('gives a valid draft or nothing at all, never an invalid one', () => {
    const text = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          '«Words said here, in full», — сказал Касым-Жомарт Токаев.',
          '“Some words here,” he said.',
          'орден «Құрмет»',
          '– Сөз, – деді ол.',
          '\n\n',
          ' date 2023-04-27 ',
        ),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(text, fc.constantFrom<WrittenLang>('en', 'kk', 'ru'), (parts, lang) => {
        const input = parts.join(' ');
        let draft;
        try {
          draft = draftOf(input, lang);
        } catch (error) {
          // The reader refuses what is not text; nothing else may throw.
          expect((error as Error).name).toBe('ImportError');
          return;
        }
        const parsed = parseArticle(draft.article);
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

// The importer's result: a draft article in the content format, the evidence for everything it detected
// (where in the source, how sure), and proposals for the people and awards that entities.json lacks.
import type { Article, Block, Entities } from '../../src/content/schema.ts';
import { formatPath } from '../../src/shared/validation.ts';
import { WRITTEN_LANGS as LANGS, type WrittenLang as Lang } from '../../src/shared/languages.ts';
import { valueAt } from '../../src/content/drafts.ts';
import { AWARD_CATALOGUE, awardEntity } from './award-catalogue.ts';
import { findAwards, groupAwards } from './awards.ts';
import { findQuotes, type FoundQuote } from './quotes.ts';
import { resolveSpeaker, type Person } from './speakers.ts';
import type { SourceDoc } from './source.ts';
import { structure } from './structure.ts';
import { slugify } from './slug.ts';

export type EvidenceKind =
  'date' | 'headline' | 'standfirst' | 'heading' | 'quote' | 'speaker' | 'award' | 'award-not-given' | 'timeline' | 'dropped';

export interface EvidenceItem {
  kind: EvidenceKind;
  /** The block of the draft this is about, when there is one. */
  block?: string;
  /** Offsets in `source.text`, and the text they cover. */
  span: [number, number];
  text: string;
  /** 0–1: how sure the importer is. */
  confidence: number;
  note: string;
}

export interface Evidence {
  article: string;
  lang: Lang;
  source: { file: string; format: SourceDoc['format']; text: string };
  items: EvidenceItem[];
  /** What an editor must still do before the draft can be published. */
  left: LeftItem[];
}

/**
 * One thing left to do: a JSON path in the article, what to do there, and the value the importer left
 * there (the item is done once the value has changed).
 */
export interface LeftItem {
  path: string;
  message: string;
  value: unknown;
}

type Names = Partial<Record<Lang, string>>;

export interface Proposals {
  article: string;
  lang: Lang;
  /** Entries in the shape of entities.json, for an editor to check, complete and copy there. */
  people: Record<string, { name: Names; role?: Names }>;
  awards: Record<string, Entities['awards'][string]>;
  /** Names the proposals still lack, as paths (`people.berik-uali.name.kk`). */
  missingNames: string[];
}

export interface Draft {
  article: Article;
  evidence: Evidence;
  proposals: Proposals;
}

export interface DraftInput {
  doc: SourceDoc;
  lang: Lang;
  entities: Entities;
  /** The file the text came from, as the editor named it. */
  file: string;
  /** Today's date (ISO), the stand-in when the text gives none. */
  today: string;
  id?: string;
}

const HEADLINE_MAX = 120;

/** The first sentence of a text, cut at a word when it is long. */
export const firstSentence = (text: string, max = HEADLINE_MAX): string => {
  // A dateline ("NUR-SULTAN. KAZINFORM –") is not the story's first sentence.
  const story = text.replace(/^[\p{Lu}\p{N}\s.,-]{3,60}[–—-]\s+(?=\p{Lu})/u, '');
  const sentence = /^.+?[.!?](?=\s+\p{Lu}|\s*$)/u.exec(story)?.[0] ?? story;
  if (sentence.length <= max) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(' ', max)).replace(/[,;:]$/, '')}…`;
};

/** An id not yet used in the article: `q-one-family`, `q-one-family-2`. */
const uniqueId = (base: string, used: Set<string>): string => {
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
};

const firstWords = (text: string, count: number) => slugify(text.split(/\s+/).slice(0, count).join(' '));

export const buildDraft = ({ doc, lang, entities, file, today, id }: DraftInput): Draft => {
  const parts = structure(doc, doc.date);
  const items: EvidenceItem[] = [];
  const left: LeftItem[] = [];
  /** Things left on a block, placed once the block's index in the body is known. */
  const leftOnBlocks: { block: string; field: string; message: string }[] = [];
  const proposals: Proposals = { article: '', lang, people: {}, awards: {}, missingNames: [] };
  const evidence = (kind: EvidenceKind, span: [number, number], confidence: number, note: string, block?: string) =>
    items.push({ kind, ...(block && { block }), span, text: doc.text.slice(span[0], span[1]), confidence, note });
  const used = new Set<string>();

  // Date, headline and summary.
  const publishedAt = parts.date?.value ?? today;
  if (parts.date) evidence('date', [parts.date.start, parts.date.start + parts.date.text.length], 0.9, 'the date the text gives');
  else left.push({ path: 'publishedAt', message: `the text gives no date; the import date ${today} stands in for it`, value: today });
  const firstParagraph = parts.body.find((line) => line.kind === 'paragraph');
  let headline = parts.headline?.text;
  if (parts.headline)
    evidence('headline', [parts.headline.start, parts.headline.start + parts.headline.text.length], 0.8, 'the title line of the text');
  else {
    headline = firstSentence(firstParagraph?.text ?? doc.text);
    left.push({ path: 'headline', message: 'the text has no headline; its first sentence stands in for one', value: headline });
  }
  if (parts.standfirst)
    evidence(
      'standfirst',
      [parts.standfirst.start, parts.standfirst.start + parts.standfirst.text.length],
      0.6,
      'the summary line under the headline',
    );
  for (const line of parts.dropped) evidence('dropped', [line.start, line.start + line.text.length], 0.7, `left out: ${line.why}`);

  // Quotes, with their speakers.
  const quotes = findQuotes(parts.body, lang);
  const quoteBlocks = new Map<FoundQuote, Block>();
  let previous: Person | undefined;
  for (const quote of quotes) {
    const blockId = uniqueId(`q-${firstWords(quote.text, 3) || 'quote'}`, used);
    const resolved = resolveSpeaker(quote.attribution.speaker, { lang, entities, text: doc.text, position: quote.span[0], previous });
    const printed = quote.attribution.speaker;
    const asPrinted =
      printed.kind === 'name' ? printed.name : printed.kind === 'role' ? printed.role : printed.kind === 'pronoun' ? printed.word : '?';
    const speaker = resolved.person?.id ?? {
      name: resolved.person?.name ?? asPrinted,
      ...(resolved.person?.role && { role: resolved.person.role }),
    };
    if (resolved.person) previous = resolved.person;
    quoteBlocks.set(quote, { type: 'quote', id: blockId, text: quote.text, speaker });
    const formNote = {
      marks: 'words in quotation marks with an attribution',
      introduced: 'words in quotation marks after an introduction',
      unmarked: 'a paragraph of speech without marks, closed by an attribution',
    }[quote.form];
    evidence('quote', quote.span, quote.form === 'marks' ? 0.9 : 0.7, `${formNote}: “${quote.attribution.text}”`, blockId);
    evidence('speaker', quote.attributionSpan, resolved.confidence, resolved.how, blockId);
    if (!resolved.person)
      leftOnBlocks.push({
        block: blockId,
        field: 'speaker',
        message: `the speaker (“${asPrinted}”) is named nowhere in the text; name them`,
      });
    else if (!resolved.person.id) {
      const personId = slugify(resolved.person.name);
      const role = resolved.person.role;
      proposals.people[personId] ??= { name: { [lang]: resolved.person.name }, ...(role && { role: { [lang]: role } }) };
      const missing = LANGS.filter((other) => other !== lang);
      for (const other of missing) {
        const path = `people.${personId}.name.${other}`;
        if (!proposals.missingNames.includes(path)) proposals.missingNames.push(path);
      }
      leftOnBlocks.push({
        block: blockId,
        field: 'speaker',
        message: `“${resolved.person.name}” is not in entities.json: add people.${personId} from the proposals (with its ${missing.join(' and ')} names) and put its id here`,
      });
    }
  }

  // Awards: one block after the last paragraph that gives them.
  const mentions = findAwards(parts.body, lang);
  const given = groupAwards(mentions);
  for (const mention of mentions.filter((m) => m.notGiven)) {
    evidence('award-not-given', mention.span, mention.confidence, `not listed: “${mention.notGiven}” says it was not given`);
  }
  const awardsAfter = given.length ? Math.max(...given.flatMap((item) => item.mentions.map((m) => m.line))) : -1;

  // The body in reading order: paragraphs and headings, quotes cut out of them, the awards block in place.
  const body: Block[] = [];
  parts.body.forEach((line, index) => {
    if (line.kind === 'heading') {
      const headingId = uniqueId(firstWords(line.text, 4) || 'section', used);
      body.push({ type: 'heading', id: headingId, text: line.text });
      evidence(
        'heading',
        [line.start, line.start + line.text.length],
        0.7,
        'a short line without a full stop, before a paragraph',
        headingId,
      );
    } else {
      let from = 0;
      const paragraph = (text: string) => {
        const clean = text.trim();
        if (/\p{L}/u.test(clean)) body.push({ type: 'paragraph', text: clean });
      };
      for (const quote of quotes.filter((q) => q.from.line <= index && q.to.line >= index)) {
        if (quote.from.line === index) {
          paragraph(line.text.slice(from, quote.from.index));
          body.push(quoteBlocks.get(quote)!);
        }
        from = quote.to.line === index ? quote.to.index : line.text.length;
      }
      paragraph(line.text.slice(from));
    }
    if (index === awardsAfter) {
      const awardsId = uniqueId('awards', used);
      body.push({
        type: 'awards',
        id: awardsId,
        items: given.map(({ award, degree, recipients }) => ({ award, ...(degree && { degree }), ...(recipients && { recipients }) })),
      });
      for (const item of given) {
        for (const mention of item.mentions)
          evidence(
            'award',
            mention.span,
            mention.confidence,
            `${item.award}${item.degree ? `, degree ${item.degree}` : ''}: “${mention.sentence}”`,
            awardsId,
          );
        if (!entities.awards[item.award]) {
          const entry = AWARD_CATALOGUE.find((candidate) => candidate.id === item.award)!;
          proposals.awards[item.award] = awardEntity(entry);
          leftOnBlocks.push({
            block: awardsId,
            field: `items[${given.indexOf(item)}].award`,
            message: `“${item.award}” is not in entities.json: add awards.${item.award} from the proposals`,
          });
        }
      }
    }
  });

  // The dated occasion, when the text gives a date.
  if (parts.date && firstParagraph) {
    const timelineId = uniqueId('timeline', used);
    const text = firstSentence(firstParagraph.text, 300);
    body.push({ type: 'timeline', id: timelineId, events: [{ id: uniqueId('occasion', used), date: parts.date.value, text }] });
    evidence(
      'timeline',
      [firstParagraph.start, firstParagraph.start + text.length],
      0.5,
      'the occasion of the dated text, in its first sentence; an editor may say it better',
      timelineId,
    );
  }

  body.forEach((block, index) => {
    for (const item of leftOnBlocks.filter((entry) => 'id' in block && entry.block === block.id)) {
      const path = `${formatPath(['body', index])}.${item.field}`;
      left.push({ path, message: item.message, value: valueAt(block, item.field) });
    }
  });

  const articleId = id ?? `${publishedAt.slice(0, 10)}-${firstWords(headline!, 5) || 'article'}`;
  proposals.article = articleId;
  const summary = parts.standfirst?.text ?? firstParagraph?.text ?? headline!;
  const article: Article = {
    id: articleId,
    lang,
    status: 'draft',
    translatedFrom: null,
    publishedAt,
    updatedAt: null,
    headline: headline!,
    summary,
    ...(doc.url && { source: { name: new URL(doc.url).hostname, url: doc.url } }),
    tags: [],
    body: body.length ? body : [{ type: 'paragraph', text: summary }],
  };
  return { article, evidence: { article: articleId, lang, source: { file, format: doc.format, text: doc.text }, items, left }, proposals };
};

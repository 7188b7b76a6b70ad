// State awards named in running text ("the Kurmet order, the 2nd degree order of Dostyk, and the Shapagat
// medal" / орденом «Барыс» III степени / ІІ дәрежелі «Достық» орденімен), with their degree and, where the
// sentence says it, their recipients. An award only proposed, planned or declined is not given; foreign
// awards are not in the catalogue and are never found.
import type { WrittenLang as Lang } from '../../src/shared/languages.ts';
import { looksLikeName, NAME } from './attribution.ts';
import { AWARD_CATALOGUE, type CatalogueAward } from './award-catalogue.ts';

export interface Recipient {
  name: string;
}

export interface AwardMention {
  award: string;
  degree?: 1 | 2 | 3;
  recipients?: Recipient[];
  /** Body line and source offsets of the words that name the award. */
  line: number;
  span: [number, number];
  sentence: string;
  confidence: number;
  /** Set when the mention is not a grant: the award is proposed, planned or declined. */
  notGiven?: string;
}

const AWARD_WORDS =
  /(?<!\p{L})(orders?|medals?|awards?|awarded|decorations?|орден\p{L}*|медал\p{L}*|наград\p{L}*|марапат\p{L}*)(?!\p{L})/iu;
const AWARD_WORD_AFTER = /^\s*(order|medal|award|орден|медал)/iu;

const NOT_GIVEN: Record<Lang, RegExp> = {
  en: /(?<!\p{L})(declin\p{L}*|refus\p{L}*|propos\p{L}*|nominat\p{L}*|will\s+be\s+(?:awarded|presented|given)|to\s+be\s+(?:awarded|established|instituted)|establish\p{L}*|institut\p{L}*|plans?\s+to|intends?\s+to|wanted\s+to)(?!\p{L})/iu,
  ru: /(?<!\p{L})(отказ\p{L}*|предлож\p{L}*|представлен\p{L}*\s+к|будет\s+вручен\p{L}*|будут\s+вручен\p{L}*|учред\p{L}*|утверд\p{L}*|хотели\s+вручить|намерен\p{L}*|планиру\p{L}*|выдвину\p{L}*)(?!\p{L})/iu,
  kk: /(?<!\p{L})(бас\s+тарт\p{L}*|ұсын\p{L}*|қабылдама\p{L}*|тағайында\p{L}*|бекіт\p{L}*|табысталмақ|берілмек)(?!\p{L})/iu,
};

const ROMAN: Record<string, 1 | 2 | 3> = { i: 1, ii: 2, iii: 3, і: 1, іі: 2, ііі: 3 };
const ORDINAL: Record<string, 1 | 2 | 3> = {
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  first: 1,
  second: 2,
  third: 3,
  '1': 1,
  '2': 2,
  '3': 3,
  перв: 1,
  втор: 2,
  трет: 3,
  бірінші: 1,
  екінші: 2,
  үшінші: 3,
};
const DEGREE: Record<Lang, RegExp> = {
  en: /(?<!\p{L})(1st|2nd|3rd|first|second|third|I{1,3})[\s-]?(?:degree|class)(?!\p{L})|(?<!\p{L})(?:degree|class)\s+(I{1,3}|[123])(?![\p{L}\d])/iu,
  ru: /(?<![\p{L}\d])(I{1,3}|І{1,3}|[123]|перв|втор|трет)\p{L}*\s+степени/iu,
  kk: /(?<![\p{L}\d])(I{1,3}|І{1,3}|[123]|бірінші|екінші|үшінші)(?:-?\p{L}{0,3})?\s*дәрежелі/iu,
};

const degreeIn = (clause: string, lang: Lang): 1 | 2 | 3 | undefined => {
  const match = DEGREE[lang].exec(clause);
  const value = match && (match[1] ?? match[2])!.toLowerCase();
  return value ? (ROMAN[value] ?? ORDINAL[value]) : undefined;
};

/** Sentences of a line with their offsets (a full stop before a capital, or the line's end). */
const sentences = (text: string): { text: string; start: number }[] => {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?](?=\s+[\p{Lu}«"“–—-])/gu)) {
    out.push({ text: text.slice(start, match.index + 1), start });
    start = match.index + 1;
  }
  out.push({ text: text.slice(start), start });
  return out.filter((sentence) => sentence.text.trim());
};

/** The part of a sentence that belongs to one item of a list: between commas, "and", "и", "және". */
const clauseAround = (sentence: string, index: number, length: number): string => {
  const separator = /,|;|\s(?:and|и|және|а также)\s/gu;
  let from = 0;
  let to = sentence.length;
  for (const match of sentence.matchAll(separator)) {
    if (match.index + match[0].length <= index) from = match.index + match[0].length;
    else if (match.index >= index + length) {
      to = match.index;
      break;
    }
  }
  return sentence.slice(from, to);
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "He awarded representatives of diasporas with the …" / "award his counterpart Shavkat Mirziyoyev with …". */
const recipientsIn = (sentence: string, lang: Lang): Recipient[] | undefined => {
  if (lang !== 'en') return undefined;
  const match = /\b(?:awarded|award|presented|conferred)\s+(.{3,120}?)\s+with\s/u.exec(sentence);
  if (!match) return undefined;
  const phrase = match[1]!.replace(/^(?:his|her|their|the)\s+/u, '');
  const name = [...phrase.matchAll(new RegExp(NAME, 'gu'))].find((found) => found[0].includes(' ') && looksLikeName(found[0]));
  return [{ name: name ? name[0] : capitalise(phrase) }];
};

const isPersonName = (text: string, end: number) => {
  // "Kurmet Talapkazy": a one-word award name followed by another capitalised word is a person.
  const next = /^\s+(\p{Lu}\p{Ll}+)/u.exec(text.slice(end));
  return Boolean(next && !AWARD_WORD_AFTER.test(text.slice(end)));
};

export const findAwards = (lines: readonly { text: string; start: number }[], lang: Lang): AwardMention[] => {
  const found: AwardMention[] = [];
  lines.forEach((line, lineIndex) => {
    for (const sentence of sentences(line.text)) {
      const hasAwardWord = AWARD_WORDS.test(sentence.text);
      const notGiven = NOT_GIVEN[lang].exec(sentence.text)?.[0];
      const recipients = recipientsIn(sentence.text, lang);
      for (const award of AWARD_CATALOGUE) {
        for (const match of sentence.text.matchAll(new RegExp(award.pattern.source, `${award.pattern.flags.replace('g', '')}g`))) {
          const end = match.index + match[0].length;
          if (award.oneWord && (!hasAwardWord || isPersonName(sentence.text, end))) continue;
          const degree = award.degrees ? degreeIn(clauseAround(sentence.text, match.index, match[0].length), lang) : undefined;
          found.push({
            award: award.id,
            ...(degree && (award as CatalogueAward).degrees?.includes(degree) && { degree }),
            ...(recipients && { recipients }),
            line: lineIndex,
            span: [line.start + sentence.start + match.index, line.start + sentence.start + end],
            sentence: sentence.text.trim(),
            confidence: award.oneWord ? 0.8 : 0.9,
            ...(notGiven && { notGiven }),
          });
        }
      }
    }
  });
  return found.sort((a, b) => a.span[0] - b.span[0]);
};

export interface AwardItem {
  award: string;
  degree?: 1 | 2 | 3;
  recipients?: Recipient[];
  mentions: AwardMention[];
}

/** One item per award and degree, in the order the text first gives them; a mention without a degree joins one with. */
export const groupAwards = (mentions: readonly AwardMention[]): AwardItem[] => {
  const items: AwardItem[] = [];
  for (const mention of mentions.filter((m) => !m.notGiven)) {
    const same = items.find((item) => item.award === mention.award && (item.degree === mention.degree || !mention.degree || !item.degree));
    if (same) {
      same.mentions.push(mention);
      same.degree ??= mention.degree;
      same.recipients ??= mention.recipients;
    } else {
      items.push({
        award: mention.award,
        ...(mention.degree && { degree: mention.degree }),
        ...(mention.recipients && { recipients: mention.recipients }),
        mentions: [mention],
      });
    }
  }
  return items;
};

// Scores the importer against hand-checked answers: quotes (precision, recall), speakers (right among
// the quotes found whose speaker the text names), awards (found, invented) and headings.
import type { Article, Entities } from '../../src/content/schema.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { fold } from './speakers.ts';

export interface Answers {
  source: string;
  split: 'dev' | 'held-out';
  note?: string;
  quotes: { text: string; speaker: string | null }[];
  awards: { award: string; degree?: number }[];
  headings: string[];
}

export interface Predicted {
  quotes: { text: string; speaker: string }[];
  awards: { award: string; degree?: number }[];
  headings: string[];
}

export interface Score {
  quotes: { gold: number; found: number; right: number };
  speakers: { named: number; right: number };
  awards: { gold: number; found: number; invented: number };
  headings: { gold: number; found: number; right: number };
  misses: string[];
}

/** Quote text compared without its marks, closing punctuation or line breaks. */
export const normalizeQuote = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^[\s«“„"]+|[\s»”"“.,;:!?…]+$/gu, '')
    .trim();

const normalizeName = (name: string) => fold(name).replace(/\s+/g, ' ').trim();
const normalizeHeading = (text: string) => text.replace(/\s+/g, ' ').trim();
const awardKey = ({ award, degree }: { award: string; degree?: number }) => `${award}${degree ? `:${degree}` : ''}`;

/** What a draft says, in the answers' terms: speakers by name in the article's language. */
export const predicted = (article: Article, entities: Entities, headlineFound: boolean): Predicted => ({
  quotes: article.body.flatMap((block) =>
    block.type === 'quote'
      ? [
          {
            text: block.text,
            speaker:
              typeof block.speaker === 'string'
                ? (entities.people[block.speaker]?.name[article.lang as Lang] ?? entities.people[block.speaker]?.name.en ?? block.speaker)
                : block.speaker.name,
          },
        ]
      : [],
  ),
  awards: article.body.flatMap((block) =>
    block.type === 'awards' ? block.items.map(({ award, degree }) => ({ award, ...(degree && { degree }) })) : [],
  ),
  headings: [
    ...(headlineFound ? [article.headline] : []),
    ...article.body.flatMap((block) => (block.type === 'heading' ? [block.text] : [])),
  ],
});

export const score = (answers: Answers, got: Predicted): Score => {
  const misses: string[] = [];
  const goldQuotes = answers.quotes.map((quote) => ({ ...quote, key: normalizeQuote(quote.text) }));
  let right = 0;
  let named = 0;
  let speakersRight = 0;
  for (const quote of got.quotes) {
    const match = goldQuotes.find((gold) => gold.key === normalizeQuote(quote.text));
    if (!match) {
      misses.push(`quote not in the answers: “${normalizeQuote(quote.text).slice(0, 80)}”`);
      continue;
    }
    right += 1;
    if (match.speaker === null) continue;
    named += 1;
    if (normalizeName(match.speaker) === normalizeName(quote.speaker)) speakersRight += 1;
    else misses.push(`speaker of “${match.key.slice(0, 40)}…”: ${quote.speaker}, not ${match.speaker}`);
  }
  for (const gold of goldQuotes) {
    if (!got.quotes.some((quote) => normalizeQuote(quote.text) === gold.key)) misses.push(`quote not found: “${gold.key.slice(0, 80)}”`);
  }
  const goldAwards = new Set(answers.awards.map(awardKey));
  const gotAwards = new Set(got.awards.map(awardKey));
  const foundAwards = [...goldAwards].filter((key) => gotAwards.has(key));
  const invented = [...gotAwards].filter((key) => !goldAwards.has(key));
  for (const key of goldAwards) if (!gotAwards.has(key)) misses.push(`award not found: ${key}`);
  for (const key of invented) misses.push(`award not in the answers: ${key}`);
  const goldHeadings = new Set(answers.headings.map(normalizeHeading));
  const gotHeadings = [...new Set(got.headings.map(normalizeHeading))];
  const headingsRight = gotHeadings.filter((heading) => goldHeadings.has(heading)).length;
  for (const heading of gotHeadings) if (!goldHeadings.has(heading)) misses.push(`heading not in the answers: “${heading}”`);
  for (const heading of goldHeadings) if (!gotHeadings.includes(heading)) misses.push(`heading not found: “${heading}”`);
  return {
    quotes: { gold: goldQuotes.length, found: got.quotes.length, right },
    speakers: { named, right: speakersRight },
    awards: { gold: goldAwards.size, found: foundAwards.length, invented: invented.length },
    headings: { gold: goldHeadings.size, found: gotHeadings.length, right: headingsRight },
    misses,
  };
};

export const addScores = (scores: readonly Score[]): Score =>
  scores.reduce<Score>(
    (sum, next) => ({
      quotes: {
        gold: sum.quotes.gold + next.quotes.gold,
        found: sum.quotes.found + next.quotes.found,
        right: sum.quotes.right + next.quotes.right,
      },
      speakers: { named: sum.speakers.named + next.speakers.named, right: sum.speakers.right + next.speakers.right },
      awards: {
        gold: sum.awards.gold + next.awards.gold,
        found: sum.awards.found + next.awards.found,
        invented: sum.awards.invented + next.awards.invented,
      },
      headings: {
        gold: sum.headings.gold + next.headings.gold,
        found: sum.headings.found + next.headings.found,
        right: sum.headings.right + next.headings.right,
      },
      misses: [...sum.misses, ...next.misses],
    }),
    {
      quotes: { gold: 0, found: 0, right: 0 },
      speakers: { named: 0, right: 0 },
      awards: { gold: 0, found: 0, invented: 0 },
      headings: { gold: 0, found: 0, right: 0 },
      misses: [],
    },
  );

/** A share with what it is made of, "0.92 (11/12)"; a share of nothing is "– (0/0)". */
export const ratio = (part: number, whole: number): string => `${whole ? (part / whole).toFixed(2) : '–'} (${part}/${whole})`;

export interface Targets {
  quotePrecision: number;
  quoteRecall: number;
  speakers: number;
  awards: number;
}

/** The bar for articles the importer was not tuned on. */
export const TARGETS: Targets = { quotePrecision: 0.95, quoteRecall: 0.85, speakers: 0.9, awards: 0.9 };

/** Which targets a score misses (a target over nothing counts as met; no award may be invented). */
export const missedTargets = (total: Score, targets: Targets = TARGETS): string[] => {
  const share = (part: number, whole: number) => (whole ? part / whole : 1);
  const missed: string[] = [];
  if (share(total.quotes.right, total.quotes.found) < targets.quotePrecision)
    missed.push(`quote precision below ${targets.quotePrecision}`);
  if (share(total.quotes.right, total.quotes.gold) < targets.quoteRecall) missed.push(`quote recall below ${targets.quoteRecall}`);
  if (share(total.speakers.right, total.speakers.named) < targets.speakers) missed.push(`speakers right below ${targets.speakers}`);
  if (share(total.awards.found, total.awards.gold) < targets.awards) missed.push(`awards found below ${targets.awards}`);
  if (total.awards.invented > 0) missed.push(`${total.awards.invented} award(s) invented`);
  return missed;
};

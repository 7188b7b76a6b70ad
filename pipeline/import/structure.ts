// From the lines of a source to an article's parts: date, headline, standfirst, sub-headings and
// paragraphs. Pages keep their menus, bylines and captions around the text; those are set aside (and
// listed in the evidence) rather than guessed into the article.
import { DATE_MARKER, findDate, isDateLine, withoutTrailingDate } from './dates.ts';
import type { SourceDoc, SourceLine } from './source.ts';

export interface Span {
  text: string;
  /** Offset in the source text. */
  start: number;
}

export interface BodyLine extends Span {
  kind: 'paragraph' | 'heading';
}

export interface Structure {
  date?: Span & { value: string };
  headline?: Span;
  standfirst?: Span;
  body: BodyLine[];
  /** Lines left out of the article: menus, captions, bylines, repeats. */
  dropped: (Span & { why: string })[];
}

const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
const FUNCTION_WORDS = new Set('of the and to in for a an on with at by from и в на с по о для және мен бен пен үшін'.split(' '));

/** Why a line is not part of any article (a caption, a menu, a share label), or undefined. */
export const junkReason = (text: string): string | undefined => {
  if (!/\p{L}/u.test(text)) return 'no words';
  if (/(^|\s)(photo|фото|сурет|суретті түсірген)\s*[:–—-]/iu.test(text)) return 'a photo credit';
  if (/@|https?:\/\/|www\./i.test(text)) return 'an address';
  if (/^[•·▪►]/u.test(text)) return 'a menu';
  const tokens = words(text);
  if (/:\s*$/.test(text) && tokens.length <= 3) return 'a label';
  const letters = text.match(/\p{L}/gu) ?? [];
  if (tokens.length >= 2 && letters.every((letter) => letter === letter.toUpperCase())) return 'a banner in capitals';
  const capitalised = tokens.filter((token) => /^\p{Lu}/u.test(token)).length;
  if (tokens.length >= 5 && capitalised / tokens.length >= 0.7 && !tokens.some((token) => FUNCTION_WORDS.has(token.toLowerCase()))) {
    return 'a menu';
  }
  return undefined;
};

/** A line shaped like a headline or sub-heading: a few words, a capital first, no closing full stop. */
export const isTitleLike = (text: string, minWords = 3): boolean => {
  const count = words(text).length;
  return (
    count >= minWords &&
    count <= 20 &&
    text.length <= 160 &&
    /^[\p{Lu}\p{N}«“"„]/u.test(text) &&
    !/[.,;:]$/.test(text) &&
    !findDate(text) &&
    !junkReason(text)
  );
};

/** A line that is clearly running text: a sentence of some length. */
export const isBodyText = (text: string): boolean => {
  const count = words(text).length;
  return count >= 20 || (count >= 8 && /[.!?…»"”]$/.test(text));
};

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export const structure = (doc: SourceDoc, pageDate?: string): Structure => {
  const lines: SourceLine[] = doc.lines.map((line) => ({ ...line }));
  const dropped: Structure['dropped'] = [];
  let date: Structure['date'];
  const first = lines[0];
  const marker = first && DATE_MARKER.exec(first.text);
  if (first && marker) {
    date = { value: marker[1]!, text: marker[0].trim(), start: first.start + first.text.indexOf(marker[0].trim()) };
    first.start += marker[0].length;
    first.text = first.text.slice(marker[0].length);
    if (!first.text) lines.shift();
  } else if (pageDate) date = { value: pageDate, text: pageDate, start: 0 };

  // The front matter: everything before the first line of running text (or the first marked heading).
  const bodyStart = lines.findIndex((line) => line.kind === 'line' && isBodyText(line.text));
  const front = bodyStart < 0 ? [] : lines.slice(0, bodyStart);
  const rest = bodyStart < 0 ? lines : lines.slice(bodyStart);

  let headline: Span | undefined;
  let standfirst: Span | undefined;
  const body: BodyLine[] = [];
  const marked = front.find((line) => line.kind === 'title') ?? lines.find((line) => line.kind === 'title');
  const candidates = front.filter((line) => line.kind !== 'heading' && isTitleLike(withoutTrailingDate(line.text)));
  // A headline has some length: short title-like lines at the top are rubrics and menus ("Лента новостей").
  const chosen = marked ?? candidates.find((line) => words(line.text).length >= 5) ?? candidates[0];
  if (chosen) headline = { text: withoutTrailingDate(chosen.text), start: chosen.start };
  const afterHeadline = chosen ? front.indexOf(chosen) : -1;
  for (const [index, line] of front.entries()) {
    if (line === chosen) continue;
    const junk = junkReason(line.text);
    if (junk) dropped.push({ text: line.text, start: line.start, why: junk });
    else if (!date && isDateLine(line.text)) date = { value: findDate(line.text)!.date, text: line.text, start: line.start };
    else if (headline && normalized(withoutTrailingDate(line.text)) === normalized(headline.text))
      dropped.push({ text: line.text, start: line.start, why: 'the headline again' });
    else if (line.kind === 'heading' || (standfirst && isTitleLike(line.text)))
      body.push({ kind: 'heading', text: line.text, start: line.start });
    else if (!standfirst && index > afterHeadline && (isTitleLike(line.text, 5) || /[.!?]$/.test(line.text)))
      standfirst = { text: line.text, start: line.start };
    else dropped.push({ text: line.text, start: line.start, why: 'front matter (a rubric, byline or counter)' });
  }

  const seen = new Set(body.map((line) => normalized(line.text)));
  for (const [index, line] of rest.entries()) {
    const junk = junkReason(line.text);
    const key = normalized(line.text);
    if (junk) dropped.push({ text: line.text, start: line.start, why: junk });
    else if (seen.has(key) || (headline && key === normalized(headline.text)))
      dropped.push({ text: line.text, start: line.start, why: 'a repeat' });
    else {
      const next = rest[index + 1];
      const heading = line.kind === 'heading' || (isTitleLike(line.text) && next !== undefined && isBodyText(next.text));
      body.push({ kind: heading ? 'heading' : 'paragraph', text: line.text, start: line.start });
    }
    seen.add(key);
  }
  return { ...(date && { date }), ...(headline && { headline }), ...(standfirst && { standfirst }), body, dropped };
};

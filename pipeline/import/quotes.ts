// Direct quotes in running text: words in quotation marks (“…”, "…", «…», „…“), over one paragraph or
// several, or a paragraph of speech with no marks at all, each closed (or opened) by an attribution.
// Words in marks without one are titles, names or scare quotes, never quote blocks.
import type { WrittenLang as Lang } from '../../src/shared/languages.ts';
import { readAttribution, readIntroduction, type Attribution } from './attribution.ts';
import type { BodyLine } from './structure.ts';

export interface FoundQuote {
  /** The words alone, as the content format keeps them (the reader adds its own marks). */
  text: string;
  /** Where in the body the quote (with its attribution) starts and ends; text around it stays paragraphs. */
  from: Mark;
  to: Mark;
  attribution: Attribution;
  /** Source offsets of the quote with its attribution, and of the attribution alone. */
  span: [number, number];
  attributionSpan: [number, number];
  form: 'marks' | 'introduced' | 'unmarked';
}

export interface Mark {
  line: number;
  /** Offset in the line's text. */
  index: number;
}

interface MarkedSpan {
  open: Mark;
  close: Mark;
  /** Line starts skipped as continuation marks (“ at the start of each paragraph of a long quote). */
  continued: Set<number>;
}

const OPENERS = new Set(['«', '“', '„', '"', '»']);
const PARTNERS: Record<string, string[]> = { '«': ['»', '«'], '»': ['«', '»'], '“': ['”', '“'], '„': ['“', '”'], '"': ['"'] };
/** A quote open at the end of this many paragraphs without closing was cut off (or was never one). */
const MAX_PARAGRAPHS = 6;

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const openerShaped = (text: string, index: number) => {
  const before = text[index - 1];
  return (isSpace(before) || /[([{«“„"—–-]/.test(before!)) && !isSpace(text[index + 1]);
};
const closerShaped = (text: string, index: number) =>
  !isSpace(text[index - 1]) && (isSpace(text[index + 1]) || /[\p{P}]/u.test(text[index + 1]!));

/** The outermost quoted spans of the body, each from its opening mark to its closing one. */
export const markedSpans = (lines: readonly string[]): MarkedSpan[] => {
  const spans: MarkedSpan[] = [];
  let stack: string[] = [];
  let open: Mark | undefined;
  let continued = new Set<number>();
  lines.forEach((text, line) => {
    if (open && line - open.line >= MAX_PARAGRAPHS) {
      stack = [];
      open = undefined;
    }
    for (let index = 0; index < text.length; index += 1) {
      const char = text[index]!;
      if (!OPENERS.has(char) && char !== '”') continue;
      const top = stack.at(-1);
      // A long quote opens each of its paragraphs again (“…¶ “…”); those marks are not new quotes.
      if (open && index === 0 && line > open.line && char === stack[0] && stack.length === 1 && openerShaped(text, index)) {
        continued.add(line);
        continue;
      }
      if (top && PARTNERS[top]!.includes(char) && closerShaped(text, index)) {
        stack.pop();
        if (!stack.length && open) {
          spans.push({ open, close: { line, index }, continued });
          open = undefined;
          continued = new Set();
        }
      } else if (OPENERS.has(char) && openerShaped(text, index)) {
        if (!stack.length) open = { line, index };
        stack.push(char);
      }
    }
  });
  return spans;
};

const WORDS = /\p{L}[\p{L}'’-]*/gu;
const wordCount = (text: string) => text.match(WORDS)?.length ?? 0;
/** Shorter than this, words in marks are a title or a scare quote, not something someone said. */
const MIN_WORDS = 3;
const MIN_UNMARKED_WORDS = 8;

/** The words as the content format keeps them: a comma before the attribution becomes a full stop. */
export const quoteText = (raw: string): string => {
  const text = raw.trim().replace(/\s*[,;:–—-]+$/u, '');
  return /[.!?…]$/u.test(text) ? text : `${text}.`;
};

const startsSentence = (before: string) => before.trim() === '' || /[.!?…:]["»”]?$/u.test(before.trim());

export const findQuotes = (body: readonly BodyLine[], lang: Lang): FoundQuote[] => {
  const texts = body.map((line) => (line.kind === 'paragraph' ? line.text : ''));
  const found: FoundQuote[] = [];
  const taken = new Set<number>();

  for (const { open, close, continued } of markedSpans(texts)) {
    const first = body[open.line]!;
    const last = body[close.line]!;
    const parts: string[] = [];
    for (let line = open.line; line <= close.line; line += 1) {
      const text = texts[line]!;
      const from = line === open.line ? open.index + 1 : continued.has(line) ? 1 : 0;
      const to = line === close.line ? close.index : text.length;
      parts.push(text.slice(from, to).trim());
    }
    const words = parts.join('\n\n');
    if (wordCount(words) < MIN_WORDS) continue;
    const before = first.text.slice(0, open.index);
    const tail = last.text.slice(close.index + 1);
    const previous = body[open.line - 1];
    let attribution = startsSentence(before) ? readAttribution(tail, lang) : undefined;
    let form: FoundQuote['form'] = 'marks';
    if (!attribution) {
      // Introduced: "Tokayev said: “…”", in the same paragraph or as the paragraph before.
      const intro =
        readIntroduction(before, lang) ??
        (before.trim() === '' && previous?.kind === 'paragraph' ? readIntroduction(previous.text, lang) : undefined);
      if (intro && /^[\s.,!?…]*$/u.test(tail.replace(/^[.,]/, ''))) {
        attribution = intro;
        form = 'introduced';
      }
    }
    if (!attribution) continue;
    for (let line = open.line; line <= close.line; line += 1) taken.add(line);
    const end = close.index + 1 + (form === 'marks' ? attribution.length : 0);
    found.push({
      text: quoteText(words),
      from: open,
      to: { line: close.line, index: end },
      attribution,
      span: [first.start + open.index, last.start + end],
      attributionSpan:
        form === 'marks'
          ? [last.start + close.index + 1 + attribution.start, last.start + end]
          : [first.start + open.index, last.start + close.index + 1],
      form,
    });
  }

  // Speech printed with no marks, closed by its attribution: "…, – деді Тоқаев." / "…, said the Head of State."
  body.forEach((line, index) => {
    if (line.kind !== 'paragraph' || taken.has(index) || /[«»“”„"]/u.test(line.text)) return;
    const text = line.text.replace(/^[-–—]\s+/u, '');
    const lead = line.text.length - text.length;
    const separator = lang === 'en' ? /,\s+/gu : /[,.!?…]?\s+[-–—]\s+/gu;
    for (const match of [...text.matchAll(separator)].reverse()) {
      const attribution = readAttribution(text.slice(match.index), lang, true);
      if (!attribution || match.index + attribution.length < text.trimEnd().length) continue;
      const words = text.slice(0, match.index + (/^[.!?…]/u.test(match[0]) ? 1 : 0));
      if (wordCount(words) < MIN_UNMARKED_WORDS) break;
      found.push({
        text: quoteText(words),
        from: { line: index, index: 0 },
        to: { line: index, index: line.text.length },
        attribution,
        span: [line.start + lead, line.start + line.text.length],
        attributionSpan: [line.start + lead + match.index + attribution.start, line.start + lead + match.index + attribution.length],
        form: 'unmarked',
      });
      break;
    }
  });
  return found.sort((a, b) => a.from.line - b.from.line || a.from.index - b.from.index);
};

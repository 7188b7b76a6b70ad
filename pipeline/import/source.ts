// What every reader (plain text, HTML, Word) turns a file into: the text the importer works on, cut into
// lines, with the offsets that the evidence of a draft points back to.

/** A line of the source as read: a paragraph, or a heading the format marked as one. */
export interface SourceLine {
  text: string;
  /** Offset of `text` in `SourceDoc.text`. */
  start: number;
  /** `title` and `heading` come only from formats that mark them (HTML, Word); plain text lines are `line`. */
  kind: 'line' | 'heading' | 'title';
}

export type SourceFormat = 'text' | 'html' | 'docx';

export interface SourceDoc {
  format: SourceFormat;
  /** The whole text the evidence offsets refer to. */
  text: string;
  lines: SourceLine[];
  /** An https address the page gives for itself (HTML's canonical link), kept as the article's source. */
  url?: string;
  /** The publication date the page states in its head (ISO date), used when the text has no date line. */
  date?: string;
}

/** A bad input: one line that says what is wrong, for the person who ran the import. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Lines joined with a blank line between them, each remembering where it starts. */
export const docFromLines = (format: SourceFormat, lines: { text: string; kind: SourceLine['kind'] }[], url?: string): SourceDoc => {
  let text = '';
  const out: SourceLine[] = [];
  for (const line of lines) {
    const clean = line.text.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    if (text) text += '\n\n';
    out.push({ text: clean, start: text.length, kind: line.kind });
    text += clean;
  }
  return { format, text, lines: out, ...(url ? { url } : {}) };
};

// Plain text: decoded strictly as UTF-8, refused when it is not text at all, cut into lines.
import { docFromLines, ImportError, type SourceDoc, type SourceLine } from './source.ts';

/** Far more than any article (the seed is 3 KB); a bigger file is a mistake, not a story. */
export const MAX_BYTES = 1_000_000;

/** Bytes to text, or the one reason they are not an article's text. */
export const decodeText = (bytes: Uint8Array): string => {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (bytes.length > MAX_BYTES) {
    throw new ImportError(
      `the file is ${(bytes.length / 1_000_000).toFixed(1)} MB; an article's text is under ${MAX_BYTES / 1_000_000} MB`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('the file is not UTF-8 text (a binary file, or text in another encoding)');
  }
  // Control characters other than tab and line breaks do not occur in text someone wrote.
  const controls = [...text].filter((char) => {
    const code = char.charCodeAt(0);
    return (code < 0x20 && !'\t\n\r\f'.includes(char)) || code === 0x7f;
  }).length;
  if (controls > 0) throw new ImportError(`the file is not plain text (${controls} control characters)`);
  const stripped = text.replace(/^\uFEFF/, '');
  if (!/\p{L}/u.test(stripped)) throw new ImportError('the file has no text');
  return stripped;
};

/**
 * Lines of a plain-text article, with their offsets in the text. A line broken inside a sentence (a
 * hard-wrapped file) is joined to the next one; otherwise each non-empty line is its own paragraph.
 */
export const textLines = (text: string): SourceLine[] => {
  const normalized = text.replace(/\r\n?/g, '\n');
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const raw of normalized.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const clean = raw.trim();
    const start = offset + lead;
    offset += raw.length + 1;
    if (!clean) {
      lines.push({ text: '', start, kind: 'line' });
      continue;
    }
    const previous = lines.at(-1);
    // A wrapped line: the previous one stops mid-sentence and this one goes on in lower case.
    if (previous?.text && !/[.!?…:;»"”“)\]]$/.test(previous.text) && /^\p{Ll}/u.test(clean) && previous.text.length >= 40) {
      previous.text = `${previous.text} ${clean}`;
      continue;
    }
    lines.push({ text: clean, start, kind: 'line' });
  }
  return lines.filter((line) => line.text);
};

/** The evidence points into the lines as read (white space tidied), so the offsets are exact. */
export const readText = (bytes: Uint8Array): SourceDoc => docFromLines('text', textLines(decodeText(bytes)));

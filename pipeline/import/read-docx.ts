// A Word file: mammoth turns its paragraphs and heading styles into HTML, which is cut into lines like a page.
import mammoth from 'mammoth';
import { parseHTML } from 'linkedom';
import { htmlLines } from './read-html.ts';
import { docFromLines, ImportError, type SourceDoc } from './source.ts';

export const readDocx = async (bytes: Uint8Array): Promise<SourceDoc> => {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new ImportError(`the Word file cannot be read; it is damaged or not a .docx (${(error as Error).message.split('\n')[0]})`);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const doc = docFromLines('docx', htmlLines(document.body as unknown as Parameters<typeof htmlLines>[0]));
  if (!doc.lines.some((line) => line.kind === 'line')) throw new ImportError('the Word file has no text');
  return doc;
};

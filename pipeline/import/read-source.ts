// Which reader a file needs, from its name and its first bytes; anything else is refused in one line.
import { readDocx } from './read-docx.ts';
import { readHtml } from './read-html.ts';
import { decodeText, readText } from './read-text.ts';
import { ImportError, type SourceDoc, type SourceFormat } from './source.ts';

const BY_EXTENSION: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export const detectFormat = (fileName: string, bytes: Uint8Array): SourceFormat => {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension) {
    const format = BY_EXTENSION[extension];
    if (!format) {
      const hint = extension === 'doc' ? '; save it as .docx' : '';
      throw new ImportError(
        `unsupported format ".${extension}"${hint}: import plain text (.txt), a web page (.html) or a Word file (.docx)`,
      );
    }
    return format;
  }
  if (ZIP.every((byte, index) => bytes[index] === byte)) return 'docx';
  return /^\s*<(!doctype html|html[\s>])/i.test(new TextDecoder().decode(bytes.subarray(0, 512))) ? 'html' : 'text';
};

export const readSource = async (fileName: string, bytes: Uint8Array): Promise<SourceDoc> => {
  const format = detectFormat(fileName, bytes);
  if (format === 'docx') return readDocx(bytes);
  if (format === 'html') return readHtml(decodeText(bytes));
  return readText(bytes);
};

export { ImportError };

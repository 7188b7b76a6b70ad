// A web page: the article's own text found by Readability (the reader view of Firefox) on linkedom's DOM,
// then cut into headings and paragraphs as the page marks them.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isIsoDateValue } from '../../src/content/fields.ts';
import { docFromLines, ImportError, type SourceDoc, type SourceLine } from './source.ts';

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV']);
const HEADING = /^H([1-6])$/;

/** Less text than this is a page without an article (an error page, a fragment, broken markup). */
const MIN_LETTERS = 100;

type Line = { text: string; kind: SourceLine['kind'] };

/** Minimal structural view of a DOM node, so the walk does not depend on one DOM library's types. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Block structure of an HTML fragment as lines: headings (`h1` is the title) and paragraphs. */
export const htmlLines = (root: DomNode): Line[] => {
  const lines: Line[] = [];
  let inline = '';
  const flush = () => {
    if (inline.trim()) lines.push({ text: inline, kind: 'line' });
    inline = '';
  };
  const walk = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) inline += child.textContent ?? '';
      else if (child.nodeType !== 1 || SKIPPED.has(child.nodeName)) continue;
      else if (child.nodeName === 'BR') flush();
      else if (INLINE.has(child.nodeName)) walk(child);
      else {
        flush();
        const heading = HEADING.exec(child.nodeName);
        if (heading) lines.push({ text: child.textContent ?? '', kind: heading[1] === '1' ? 'title' : 'heading' });
        else walk(child);
        flush();
      }
    }
  };
  walk(root);
  flush();
  return lines;
};

const canonicalUrl = (document: { querySelector: (selector: string) => { getAttribute: (name: string) => string | null } | null }) => {
  const href =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return href && /^https:\/\/[^\s]+$/.test(href) ? href : undefined;
};

export const readHtml = (html: string): SourceDoc => {
  if (!/<[a-z!][^>]*>/i.test(html)) throw new ImportError('the file has no HTML markup');
  const { document } = parseHTML(html);
  const url = canonicalUrl(document);
  // The page's own first-level heading, read before Readability rearranges the document: the <title>
  // usually carries the site's name as well.
  const h1 = document.querySelector('article h1, main h1, h1')?.textContent?.replace(/\s+/g, ' ').trim();
  let article: ReturnType<Readability<string>['parse']>;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  } catch (error) {
    throw new ImportError(`the HTML could not be read (${(error as Error).message})`);
  }
  if (!article?.content) throw new ImportError('no article text found in the HTML page');
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const lines = htmlLines(content.body as unknown as DomNode);
  const title = h1 || article.title?.trim();
  // Readability takes the title from the page head; the text itself may open with the same heading.
  if (title && !lines.some((line) => line.kind === 'title' && line.text.replace(/\s+/g, ' ').trim() === title))
    lines.unshift({ text: title, kind: 'title' });
  const doc = docFromLines('html', lines, url);
  const published = (article.publishedTime ?? '').slice(0, 10);
  if (isIsoDateValue(published)) doc.date = published;
  const letters = doc.lines
    .filter((line) => line.kind === 'line')
    .reduce((sum, line) => sum + (line.text.match(/\p{L}/gu)?.length ?? 0), 0);
  if (letters < MIN_LETTERS) throw new ImportError('no article text found in the HTML page (broken or empty markup?)');
  return doc;
};

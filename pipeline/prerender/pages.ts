// Every page the build writes as static HTML, and the file each one goes to.
import { PAGE_KINDS, pagesOf, type Page, type SiteContent } from '../../src/app/pages.ts';
import { LANGS } from '../../src/shared/languages.ts';

/** Where a page comes in the list: the pages without a language first, then each language in turn. */
const languageOrder = (page: Page): number => ('lang' in page ? LANGS.indexOf(page.lang) : -1);

/**
 * The pages of every kind in the page table (src/app/pages.ts), each cross-article page in its default
 * view (no `?query`: the browser applies that): the root, then per language its pages in the table's order.
 */
export const listPages = (articleIds: Iterable<string>, personIds: Iterable<string> = []): Page[] => {
  const content: SiteContent = { articleIds: [...articleIds], personIds: [...personIds] };
  const pages = PAGE_KINDS.flatMap((kind) => pagesOf(kind, content));
  // A stable sort: within a language the table's order stays.
  return pages.sort((a, b) => languageOrder(a) - languageOrder(b));
};

/** `/` → index.html, `/en/` → en/index.html, `/en/articles/x` → en/articles/x.html, `/en/quotes` → en/quotes.html. */
export const outputFile = (path: string): string => {
  const relative = decodeURIComponent(path).replace(/^\//, '');
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
  return `${relative}.html`;
};

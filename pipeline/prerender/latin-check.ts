// The check that a page of a Latin edition (kk-Latn) shows no Cyrillic letter: in its visible text, the
// text read out for it (alt, title, aria-label, placeholder), its title and its meta tags. Text in an
// element that says it is in another language (`lang="kk"` on the switcher's «Қазақша», `lang="ru"` on a
// Russian article shown for want of a Kazakh one) is that language's, and exempt; so is that text where
// the head quotes it (the Russian article's headline in the title, its summary as the description), since
// a title or meta tag cannot say its language.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describeFinding, findCyrillic } from '../../src/shared/kazakh-latin/find-cyrillic.ts';
import { derivation, LANGS } from '../../src/shared/languages.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
/** Attributes whose text a reader sees or hears. */
const READ_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];

export interface LatinProblem {
  /** Where on the page: `text`, `<title>`, `meta og:title`, `img alt`. */
  where: string;
  /** The finding, one line: `"Аlmaty": Cyrillic А (U+0410, looks like Latin A)`. */
  finding: string;
}

const attribute = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

/** Every Cyrillic word of the page's text in `lang` (the page's own language, `<html lang>`). */
export const cyrillicOnPage = (html: string, lang: string): LatinProblem[] => {
  const problems: LatinProblem[] = [];
  const report = (where: string, text: string) => {
    for (const finding of findCyrillic(text)) problems.push({ where, finding: describeFinding(finding) });
  };
  // The head is checked last, without the text the body shows in another language.
  const headTexts: { where: string; text: string }[] = [];
  const otherLanguage: string[] = [];
  const collectOther = (node: Node) => {
    if ('value' in node && node.nodeName === '#text' && node.value.trim()) otherLanguage.push(node.value.trim());
    if ('childNodes' in node) for (const child of node.childNodes) collectOther(child);
  };
  const visit = (node: Node, current: string, inHead: boolean) => {
    if (node.nodeName === '#text' && 'value' in node) {
      if (current === lang && !inHead) report('text', node.value);
      return;
    }
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child, current, inHead);
      return;
    }
    const here = attribute(node, 'lang') ?? current;
    if (here !== lang) {
      if (!HIDDEN.has(node.tagName)) collectOther(node);
      return;
    }
    if (node.tagName === 'title') {
      headTexts.push({ where: '<title>', text: node.childNodes.map((child) => ('value' in child ? child.value : '')).join('') });
      return;
    }
    if (node.tagName === 'meta') {
      const content = attribute(node, 'content');
      const key = attribute(node, 'property') ?? attribute(node, 'name');
      if (content !== undefined) headTexts.push({ where: `meta ${key ?? ''}`.trim(), text: content });
      return;
    }
    for (const name of READ_ATTRIBUTES) {
      const value = attribute(node, name);
      if (value !== undefined) report(`${node.tagName} ${name}`, value);
    }
    if (HIDDEN.has(node.tagName)) return;
    for (const child of node.childNodes) visit(child, here, inHead || node.tagName === 'head');
  };
  const document = parse(html);
  for (const child of document.childNodes) visit(child, '', false);
  const quoted = [...new Set(otherLanguage)].sort((a, b) => b.length - a.length);
  for (const { where, text } of headTexts)
    report(
      where,
      quoted.reduce((rest, other) => rest.split(other).join(' '), text),
    );
  return problems;
};

/** The editions whose script differs from their source's: kk-Latn (the converter writes Latin). */
export const LATIN_EDITIONS = LANGS.filter((lang) => derivation(lang) && lang.endsWith('-Latn'));

/** Whether a file of the site (by path under its root) is a page of a Latin edition, which the check reads. */
export const isLatinPage = (path: string): boolean => path.endsWith('.html') && LATIN_EDITIONS.some((lang) => path.startsWith(`${lang}/`));

// Property-based: articles full of hostile text render as inert text. Nothing throws, no markup,
// script or event handler from the content reaches the HTML.
import { dataFiles } from '../../../content/data-files';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseEntities, type Article } from '../../../content/schema';
import { i18nFor } from '../../../shared/i18n/i18n';
import { assertProperty, scaledTimeout } from '../../../test/property';
import { ArticleView } from './article-view';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const parsed = parseArticle(read('public/articles/2023-04-27-assembly-32nd-session/en.json'));
const entities = parseEntities(read('public/entities.json'));
const versions = dataFiles.articleVersions.parse({
  id: '2023-04-27-assembly-32nd-session',
  publishedAt: '2023-04-27',
  original: 'en',
  versions: ['en', 'kk', 'ru'],
  entities: { people: {}, awards: {} },
});
if (!parsed.ok || !entities.ok || !versions.ok) throw new Error('the seed content must be valid');

const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 1">',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '<a href="javascript:alert(1)">click</a>',
  '{{t}} ${x} %s',
];
const text = fc.oneof(
  fc.constantFrom(...PAYLOADS),
  fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0 && !/[\u202A-\u202E\u2066-\u2069]/.test(s)),
);

/** The seed article with every text field replaced by generated text, then validated like any content. */
const hostileArticle = fc
  .record({ headline: text, summary: text, texts: fc.array(text, { minLength: 20, maxLength: 20 }), name: text, role: text })
  .map(({ headline, summary, texts, name, role }): Article => {
    let i = 0;
    const next = () => texts[i++ % texts.length]!;
    const body = parsed.value.body.map((block) => {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
          return { ...block, text: next() };
        case 'quote':
          return { ...block, text: next(), speaker: i % 2 ? block.speaker : { name, role } };
        case 'awards':
          return {
            ...block,
            title: next(),
            items: block.items.map((item) => ({ ...item, note: next(), recipients: [{ name, description: role }] })),
          };
        case 'timeline':
          return { ...block, title: next(), events: block.events.map((event) => ({ ...event, text: next() })) };
      }
    });
    const result = parseArticle({ ...parsed.value, headline, summary, body, source: { name, url: 'https://example.org/a?b=<c>&d="e"' } });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  });

const render = (article: Article, lang: 'en' | 'kk' | 'ru') =>
  renderToString(
    <MemoryRouter>
      <I18nextProvider i18n={i18nFor(lang)}>
        <ArticleView article={article} versions={versions.value} entities={entities.value} lang={lang} />
      </I18nextProvider>
    </MemoryRouter>,
  );

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

/** Every element of the rendered markup, as the HTML parser of a browser reads it. */
const elementsOf = (html: string): Element[] => {
  const found: Element[] = [];
  const walk = (nodes: Node[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      found.push(node);
      walk(node.tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : node.childNodes);
    }
  };
  walk(parseFragment(html).childNodes);
  return found;
};
const textOf = (node: Node): string =>
  node.nodeName === '#text'
    ? (node as DefaultTreeAdapterTypes.TextNode).value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';

const RUNS = 1000;

describe('the article renderer under generated hostile content', () => {
  it(
    'renders articles without throwing, and no content becomes markup',
    () => {
      assertProperty(
        fc.property(hostileArticle, fc.constantFrom('en', 'kk', 'ru' as const), (article, lang) => {
          const elements = elementsOf(render(article, lang));
          expect(elements.filter((element) => ['script', 'img', 'svg', 'iframe', 'object', 'embed'].includes(element.tagName))).toEqual([]);
          const attributes = elements.flatMap((element) => element.attrs);
          expect(attributes.filter((attribute) => attribute.name.startsWith('on'))).toEqual([]);
          expect(
            attributes.filter((attribute) => /^(href|src)$/.test(attribute.name) && /^\s*(javascript|data):/i.test(attribute.value)),
          ).toEqual([]);
          // The payloads are still there, as text.
          const h1 = elements.find((element) => element.tagName === 'h1');
          expect(h1 && textOf(h1)).toBe(article.headline);
        }),
        { runs: RUNS },
      );
    },
    scaledTimeout(120_000),
  );
});

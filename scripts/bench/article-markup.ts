// The seed article as minimal semantic markup, for the pages the bench compares the reader with: the
// limit (this markup as static HTML) and the Next.js peer (the same tree rendered by React). The text is
// what the reader shows: the article's own words, the names of people and awards in the page's language,
// dates written by the app's own formatter, quotation marks as the app adds them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNever } from '../../src/shared/assert-never.ts';
import { parseArticle, parseEntities, type Article, type Block, type Entities } from '../../src/content/schema.ts';
import { awardName, personLabel } from '../../src/content/entities/entity-names.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { formatDate } from '../../src/shared/format/format-date.ts';
import { quoteMarks } from '../../src/shared/format/quote-marks.ts';
import { i18nFor } from '../../src/shared/i18n/i18n.ts';

/** An element with its attributes and children, or text. JSON as it is, so the peer's build can read it. */
export type Markup = string | { tag: string; attrs?: Record<string, string>; children: Markup[] };

const el = (tag: string, children: Markup[], attrs?: Record<string, string>): Markup => ({ tag, children, ...(attrs && { attrs }) });

export const loadArticle = (publicDir: string, slug: string, lang: Lang): { article: Article; entities: Entities } => {
  const read = (path: string): unknown => JSON.parse(readFileSync(join(publicDir, path), 'utf8'));
  const article = parseArticle(read(`articles/${slug}/${lang}.json`));
  const entities = parseEntities(read('entities.json'));
  if (!article.ok) throw new Error(`${slug}/${lang}.json: ${JSON.stringify(article.problems)}`);
  if (!entities.ok) throw new Error(`entities.json: ${JSON.stringify(entities.problems)}`);
  return { article: article.value, entities: entities.value };
};

/**
 * The article as the reader shows it, without the site around it: headline, summary, date, body. The
 * language's strings must be loaded (`loadMessages`).
 */
export const articleMarkup = (article: Article, entities: Entities): Markup => {
  const { t } = i18nFor(article.lang);
  const lang = article.lang;
  const date = (iso: string) => el('time', [formatDate(iso, lang)], { datetime: iso });
  const block = (b: Block): Markup => {
    switch (b.type) {
      case 'paragraph':
        return el('p', [b.text]);
      case 'heading':
        return el('h2', [b.text]);
      case 'quote': {
        const { open, close } = quoteMarks(b.text, lang);
        const speaker = personLabel(b.speaker, entities, lang, lang);
        return el('figure', [
          el('blockquote', [el('p', [`${open}${b.text}${close}`])]),
          el('figcaption', [speaker.role ? `${speaker.name.text}, ${speaker.role.text}` : speaker.name.text]),
        ]);
      }
      case 'awards':
        return el('section', [
          el('h2', [b.title ?? t('awards.title')]),
          el(
            'ul',
            b.items.map((item) => {
              const name = awardName(item.award, entities, lang).text;
              const recipients = (item.recipients ?? []).map((recipient) => {
                const label = personLabel(recipient, entities, lang, lang);
                return el('li', [label.role ? `${label.name.text}, ${label.role.text}` : label.name.text]);
              });
              return el('li', [
                el('h3', [item.degree ? t(`awards.withDegree.${item.degree}`, { name }) : name]),
                ...(recipients.length ? [el('ul', recipients)] : []),
              ]);
            }),
          ),
        ]);
      case 'timeline':
        return el('section', [
          el('h2', [b.title ?? t('timeline.title')]),
          el(
            'ol',
            b.events.map((event) => el('li', [date(event.date), ' ', event.text])),
          ),
        ]);
      case 'image':
        return el('figure', [
          el('img', [], { src: b.src, alt: b.alt, ...(b.width && b.height && { width: String(b.width), height: String(b.height) }) }),
          ...(b.caption ? [el('figcaption', [b.caption])] : []),
        ]);
      default:
        return assertNever(b);
    }
  };
  return el('article', [
    el('h1', [article.headline]),
    el('p', [article.summary]),
    el('p', [date(article.publishedAt)]),
    ...article.body.map(block),
  ]);
};

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

export const toHtml = (markup: Markup): string =>
  typeof markup === 'string'
    ? escapeText(markup)
    : `<${markup.tag}${Object.entries(markup.attrs ?? {})
        .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
        .join('')}>${markup.children.map(toHtml).join('')}</${markup.tag}>`;

/**
 * The typography the three pages share, in under 1 KB: the reader's measure, size and leading, system
 * fonts (the browser's serif, which carries every Kazakh letter here), light and dark.
 */
export const MINIMAL_CSS = [
  ':root{color-scheme:light dark}',
  'body{margin:0 auto;max-width:38rem;padding:1rem 1.5rem;font:112.5%/1.6 serif}',
  'h1,h2,h3{font-family:sans-serif;line-height:1.25}',
  'blockquote{margin:0;padding-left:1rem;border-left:4px solid currentColor;font-style:italic}',
  'figure{margin:1.5rem 0}',
].join('');

/** The limit: the article as a complete static page with its CSS inline, no scripts, no web fonts. */
export const limitPage = (article: Article, entities: Entities): string =>
  `<!doctype html><html lang="${article.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeText(article.headline)}</title><meta name="description" content="${escapeAttribute(article.summary)}"><style>${MINIMAL_CSS}</style></head><body><main>${toHtml(articleMarkup(article, entities))}</main></body></html>`;

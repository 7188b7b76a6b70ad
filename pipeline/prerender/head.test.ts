import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/shared/languages.ts';
import type { HeadInput } from '../../src/app/page-head.ts';
import { absoluteUrl, renderHead, renderJsonLd } from './head.ts';

const SITE = 'https://reader.example';

const ALL: HeadInput['alternates'] = [
  { lang: 'en', path: '/en/articles/a' },
  { lang: 'kk', path: '/kk/articles/a' },
  { lang: 'ru', path: '/ru/articles/a' },
];

const input = (overrides: Partial<HeadInput> = {}): HeadInput => ({
  lang: 'en',
  title: 'Headline — News Reader',
  description: 'Summary.',
  siteName: 'News Reader',
  siteUrl: SITE,
  path: '/en/articles/a',
  alternates: ALL,
  xDefault: '/en/articles/a',
  type: 'article',
  feeds: [],
  ...overrides,
});

const IMAGE = { path: '/cards/a/en.png', width: 1200, height: 630, alt: 'Headline — 27 April 2023' };

/** The `content` of every `<meta>` with this name or property, in order, with entities decoded. */
const metas = (html: string, key: string): string[] =>
  [...html.matchAll(/<meta (?:name|property)="([^"]*)" content="([^"]*)" \/>/g)].filter((m) => m[1] === key).map((m) => decode(m[2]!));

/** Every `<link>` as its attributes, entities decoded. */
const links = (html: string): Record<string, string>[] =>
  [...html.matchAll(/<link ((?:[a-z-]+="[^"]*" ?)+)\/>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, decode(a[2]!)])),
  );

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const jsonLd = (html: string): unknown => {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return match ? JSON.parse(match[1]!) : undefined;
};

/** Each line of the head is exactly one well-formed tag: no value can open or close another. */
const WELL_FORMED = [
  /^<title>[^<>"]*<\/title>$/,
  /^<meta (name|property)="[a-z:_]+" content="[^<>"]*" \/>$/,
  /^<link( [a-z-]+="[^<>"]*")+ \/>$/,
  /^<script type="application\/ld\+json">[^<]*<\/script>$/,
];

describe('absoluteUrl', () => {
  it.each([
    ['https://reader.example', '/en/', 'https://reader.example/en/'],
    ['https://reader.example/', '/en/', 'https://reader.example/en/'],
    ['https://example.org/news', '/kk/articles/a', 'https://example.org/news/kk/articles/a'],
    ['https://example.org/news/', '/', 'https://example.org/news/'],
  ])('%s + %s → %s', (siteUrl, path, expected) => {
    expect(absoluteUrl(siteUrl, path)).toBe(expected);
  });
});

describe('renderHead', () => {
  it('names the page, its canonical address and its language versions', () => {
    const html = renderHead(input());
    expect(html).toContain('<title>Headline — News Reader</title>');
    expect(metas(html, 'description')).toEqual(['Summary.']);
    expect(links(html)).toEqual([
      { rel: 'canonical', href: `${SITE}/en/articles/a` },
      { rel: 'alternate', hreflang: 'en', href: `${SITE}/en/articles/a` },
      { rel: 'alternate', hreflang: 'kk', href: `${SITE}/kk/articles/a` },
      { rel: 'alternate', hreflang: 'ru', href: `${SITE}/ru/articles/a` },
      { rel: 'alternate', hreflang: 'x-default', href: `${SITE}/en/articles/a` },
    ]);
    expect(metas(html, 'og:url')).toEqual([`${SITE}/en/articles/a`]);
    expect(metas(html, 'og:type')).toEqual(['article']);
    expect(metas(html, 'og:site_name')).toEqual(['News Reader']);
    expect(metas(html, 'robots')).toEqual([]);
  });

  it('writes absolute addresses without a double slash when the site URL ends with one', () => {
    const html = renderHead(input({ siteUrl: `${SITE}/`, image: IMAGE }));
    const addresses = [...links(html).map((l) => l.href!), ...metas(html, 'og:url'), ...metas(html, 'og:image')];
    expect(addresses).toHaveLength(7);
    for (const address of addresses) expect(address).toMatch(/^https:\/\/reader\.example\/[^/]/);
  });

  it('links the feeds, each with its media type and a title written as text', () => {
    const html = renderHead(
      input({
        feeds: [
          { format: 'atom', title: 'Тоқаев & «Құрмет» — News Reader (Atom)', path: '/kk/people/x/feed.xml' },
          { format: 'json', title: 'Latest — News Reader (JSON Feed)', path: '/kk/feed.json' },
        ],
      }),
    );
    expect(links(html).filter((l) => l.type)).toEqual([
      {
        rel: 'alternate',
        type: 'application/atom+xml',
        title: 'Тоқаев & «Құрмет» — News Reader (Atom)',
        href: `${SITE}/kk/people/x/feed.xml`,
      },
      { rel: 'alternate', type: 'application/feed+json', title: 'Latest — News Reader (JSON Feed)', href: `${SITE}/kk/feed.json` },
    ]);
    // Escaped once: the ampersand, and nothing else of the title.
    expect(html).toContain('title="Тоқаев &amp; «Құрмет» — News Reader (Atom)"');
  });

  it('leaves out x-default when there is none', () => {
    const html = renderHead(input({ xDefault: undefined }));
    expect(links(html).filter((l) => l.hreflang === 'x-default')).toEqual([]);
  });

  it.each<[Lang, string, string[]]>([
    ['en', 'en_US', ['kk_KZ', 'ru_RU']],
    ['kk', 'kk_KZ', ['en_US', 'ru_RU']],
    ['ru', 'ru_RU', ['en_US', 'kk_KZ']],
  ])('gives og:locale for %s as %s, with the other versions as alternates', (lang, locale, others) => {
    const html = renderHead(input({ lang, path: `/${lang}/articles/a` }));
    expect(metas(html, 'og:locale')).toEqual([locale]);
    expect(metas(html, 'og:locale:alternate')).toEqual(others);
  });

  it('lists only the versions that exist as locale alternates', () => {
    const html = renderHead(input({ lang: 'kk', alternates: [{ lang: 'kk', path: '/kk/articles/a' }] }));
    expect(metas(html, 'og:locale')).toEqual(['kk_KZ']);
    expect(metas(html, 'og:locale:alternate')).toEqual([]);
  });

  it('describes a not-found page (no address of its own) as one not to index, without a canonical', () => {
    const html = renderHead(input({ path: null, alternates: [], xDefault: undefined, type: 'website', noindex: true }));
    expect(links(html)).toEqual([]);
    expect(html).not.toContain('canonical');
    expect(metas(html, 'og:url')).toEqual([]);
    expect(metas(html, 'robots')).toEqual(['noindex']);
    expect(metas(html, 'og:locale:alternate')).toEqual([]);
    for (const line of html.split(/\n\s*/)) expect(line).not.toBe('');
  });

  it.each<[string, HeadInput['image'], string, Record<string, string[]>]>([
    [
      'an image',
      IMAGE,
      'summary_large_image',
      {
        'og:image': [`${SITE}/cards/a/en.png`],
        'og:image:type': ['image/png'],
        'og:image:width': ['1200'],
        'og:image:height': ['630'],
        'og:image:alt': ['Headline — 27 April 2023'],
      },
    ],
    ['no image', undefined, 'summary', { 'og:image': [], 'og:image:width': [] }],
  ])('with %s, twitter:card is %s', (_, image, card, expected) => {
    const html = renderHead(input({ image }));
    expect(metas(html, 'twitter:card')).toEqual([card]);
    for (const [key, values] of Object.entries(expected)) expect(metas(html, key), key).toEqual(values);
    // X reads the rest from Open Graph: no duplicate tags to push the article out of the first 14 KB.
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image', 'twitter:image:alt'])
      expect(metas(html, key), key).toEqual([]);
  });

  it.each<[string, Partial<HeadInput>, Record<string, string[]>]>([
    [
      'both times',
      { publishedTime: '2023-04-27', modifiedTime: '2023-05-01T10:00:00+05:00' },
      {
        'article:published_time': ['2023-04-27'],
        'article:modified_time': ['2023-05-01T10:00:00+05:00'],
      },
    ],
    ['only the publication', { publishedTime: '2023-04-27' }, { 'article:published_time': ['2023-04-27'], 'article:modified_time': [] }],
    ['neither', {}, { 'article:published_time': [], 'article:modified_time': [] }],
  ])('states %s', (_, overrides, expected) => {
    const html = renderHead(input(overrides));
    for (const [key, values] of Object.entries(expected)) expect(metas(html, key), key).toEqual(values);
  });

  const HOSTILE = `Tom & "Jerry" <b>'s</b>`;
  const ESCAPED = 'Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt;';

  it.each<[string, Partial<HeadInput>, string[]]>([
    ['title', { title: HOSTILE }, [`<title>${ESCAPED}</title>`, `property="og:title" content="${ESCAPED}"`]],
    [
      'description',
      { description: HOSTILE },
      [`name="description" content="${ESCAPED}"`, `property="og:description" content="${ESCAPED}"`],
    ],
    ['site name', { siteName: HOSTILE }, [`property="og:site_name" content="${ESCAPED}"`]],
    ['image alt', { image: { ...IMAGE, alt: HOSTILE } }, [`property="og:image:alt" content="${ESCAPED}"`]],
    [
      'path',
      { path: '/en/?a=1&b="2"<x>', alternates: [{ lang: 'en', path: '/en/?a=1&b="2"<x>' }] },
      [
        `rel="canonical" href="${SITE}/en/?a=1&amp;b=&quot;2&quot;&lt;x&gt;"`,
        `hreflang="en" href="${SITE}/en/?a=1&amp;b=&quot;2&quot;&lt;x&gt;"`,
        `property="og:url" content="${SITE}/en/?a=1&amp;b=&quot;2&quot;&lt;x&gt;"`,
      ],
    ],
  ])('escapes the %s wherever it is written', (_, overrides, expected) => {
    const html = renderHead(input({ image: IMAGE, ...overrides }));
    for (const fragment of expected) expect(html).toContain(fragment);
    expect(html).not.toContain(HOSTILE);
    for (const line of html.split(/\n\s*/))
      expect(
        WELL_FORMED.some((pattern) => pattern.test(line)),
        line,
      ).toBe(true);
  });

  it('keeps JSON-LD from closing its script element, and its data intact', () => {
    const headline = 'Breaking </script><script>alert(1)</script> <!-- & "quotes"';
    const data = { '@type': 'NewsArticle', headline, nested: { text: '</SCRIPT >' } };
    const html = renderJsonLd(input({ jsonLd: data }));
    expect(html).not.toContain('</script><script>');
    expect(html).not.toContain('<!--');
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.endsWith('</script>')).toBe(true);
    expect(jsonLd(html)).toEqual(data);
  });

  it('writes no JSON-LD when there is none, and never in the head', () => {
    expect(renderJsonLd(input())).toBe('');
    expect(renderHead(input({ jsonLd: { '@type': 'NewsArticle' } }))).not.toContain('<script');
  });
});

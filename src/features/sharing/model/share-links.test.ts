import { describe, expect, it } from 'vitest';
import { absoluteLink, NETWORKS, shareHref } from './share-links';

const url = 'https://reader.example/kk/articles/2023-04-27-assembly-32nd-session#q-one-family';
const title = 'Тоқаев: «Біз — бір отбасымыз» & R&D #1';

describe('shareHref', () => {
  it.each([
    ['telegram', 'https://t.me/share/url', { url, text: title }],
    ['whatsapp', 'https://wa.me/', { text: `${title} ${url}` }],
    ['vk', 'https://vk.com/share.php', { url, title }],
    ['facebook', 'https://www.facebook.com/sharer/sharer.php', { u: url }],
    ['x', 'https://x.com/intent/post', { url, text: title }],
  ] as const)('%s carries the link and title intact', (network, base, params) => {
    const href = new URL(shareHref(network, url, title));
    expect(`${href.origin}${href.pathname}`).toBe(base);
    expect(Object.fromEntries(href.searchParams)).toEqual(params);
  });

  it('writes a mail with the title as subject and the link in the body', () => {
    const href = shareHref('email', url, title);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe(title);
    expect(params.get('body')).toBe(`${title}\n\n${url}`);
    expect(href).not.toContain('+');
  });

  it('covers every network', () => {
    for (const network of NETWORKS) expect(shareHref(network, url, title)).toMatch(/^(https:|mailto:)/);
  });
});

describe('absoluteLink', () => {
  it('joins the origin and an address with a fragment', () => {
    expect(absoluteLink('http://127.0.0.1:4173', '/ru/articles/x#awards')).toBe('http://127.0.0.1:4173/ru/articles/x#awards');
  });
});

import { describe, expect, it } from 'vitest';
import { languageRules } from '../scripts/serve.mjs';
import { renderLanguageMaps, renderLanguageRedirects, siteLanguages, tagPattern } from './vite-plugin-language-rules.ts';

// A language whose tag starts with another's is the case that needs care: `kk-Latn` must be neither
// taken for `kk` nor for a regional `kk` (`kk-KZ`).
const LANGS = ['en', 'kk', 'ru', 'kk-Latn'] as const;

describe('the language rules written for nginx', () => {
  it('tries the longest tag first', () => {
    expect(tagPattern(LANGS)).toBe('kk-Latn|en|kk|ru');
    expect(tagPattern(['a.b', 'a'])).toBe('a\\.b|a');
  });

  it('lists the default language first for the Node server', () => {
    expect(siteLanguages(LANGS, 'ru')).toEqual(['ru', 'en', 'kk', 'kk-Latn']);
    expect(renderLanguageMaps(LANGS, 'en')).toContain('map $host $site_languages { default "en kk ru kk-Latn"; }');
  });

  it('names every language in each rule, and writes the browser’s tag as the site does', () => {
    const maps = renderLanguageMaps(LANGS, 'en');
    expect(maps).toContain('"~^(kk-Latn|en|kk|ru)$" $1;');
    expect(maps).toContain('"~*^kk[-_]Latn$" kk-Latn;');
    expect(maps).toContain('(?<tag>kk[-_]Latn|en|kk|ru)');
    expect(maps).toContain('"~^/(kk-Latn|en|kk|ru)/articles/" /$1/articles/_not-found.html;');
    expect(maps).toContain('default /en/_not-found.html;');
    // Every regex is quoted: nginx would read a bare `{` or `;` in one as syntax.
    for (const line of maps.split('\n').filter((text) => text.includes('~'))) expect(line).toMatch(/^\s*"~/);
  });

  it('redirects the same addresses as the Node server', () => {
    const redirects = renderLanguageRedirects(LANGS);
    const { languageRedirect } = languageRules([...LANGS]);
    // The nginx rewrites, tried in order as nginx does (PCRE and JavaScript agree on these patterns).
    const rewrites = [...redirects.matchAll(/^rewrite "([^"]+)" (\S+) redirect;$/gm)].map(([, pattern, target]) => ({
      pattern: new RegExp(pattern!),
      target: target!,
    }));
    expect(rewrites).toHaveLength(3);
    const nginx = (path: string, preferred: string) => {
      for (const { pattern, target } of rewrites) {
        const match = pattern.exec(path);
        if (match) return target.replace('$redirect_lang', preferred).replace(/\$(\d)/g, (_, index: string) => match[Number(index)]!);
      }
      return null;
    };
    for (const path of ['/kk-KZ/quotes', '/kk-Latn/no-such-page', '/kk-latn-x/a', '/de/quotes', '/quotes', '/en/a', '/ru_RU/a/b', '/kk/'])
      expect(nginx(path, 'ru'), path).toBe(languageRedirect(path, 'ru'));
    expect(nginx('/kk-KZ/quotes', 'ru')).toBe('/kk/quotes');
    expect(nginx('/kk-Latn/no-such-page', 'ru')).toBeNull();
  });
});

describe('the Node server’s rules for a language whose tag starts with another’s', () => {
  const { preferredLanguage, route } = languageRules([...LANGS]);

  it('chooses it from the browser’s languages and the saved choice, in any case', () => {
    expect(preferredLanguage('', 'kk-Latn,kk;q=0.9')).toBe('kk-Latn');
    expect(preferredLanguage('', 'KK-LATN')).toBe('kk-Latn');
    expect(preferredLanguage('', 'kk_Latn_KZ')).toBe('kk-Latn');
    expect(preferredLanguage('', 'kk-KZ,kk-Latn')).toBe('kk');
    expect(preferredLanguage('reader_lang=kk-Latn', 'ru')).toBe('kk-Latn');
  });

  it('adds its slash and keeps its addresses', () => {
    expect(route('/nowhere', '/kk-Latn')).toEqual({ redirect: '/kk-Latn/' });
    expect(route('/nowhere', '/kk-Latn/no-such-page')).toEqual({ file: null, status: 404 });
  });
});

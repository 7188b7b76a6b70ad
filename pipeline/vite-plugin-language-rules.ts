// The server's language rules, written by the build from the languages registry (src/shared/languages.ts),
// so that a language added there is served without editing the server config:
// - deploy/languages.conf (nginx, http level): the site's languages, the saved and the browser's
//   language, the not-found page of an address, and a language without its slash;
// - deploy/language-redirects.conf (nginx, in the `@no_language` location): an address with a regional
//   tag goes to its language (`/kk-KZ/x` → `/kk/x`), one with an unknown tag or none to the reader's.
// scripts/serve.mjs reads `$site_languages` from the first and applies the same rules on Node.
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { DEFAULT_LANG, LANGS } from '../src/shared/languages.ts';
import { writeAtomically } from './vite-plugin-inline-head.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The tags as one regex alternation, longest first, so that `kk-Latn` is tried before `kk`. */
export const tagPattern = (langs: readonly string[]): string =>
  [...langs]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|');

/** The site's languages with the default first: how scripts/serve.mjs reads them. */
export const siteLanguages = (langs: readonly string[], defaultLang: string): string[] => [
  defaultLang,
  ...langs.filter((lang) => lang !== defaultLang),
];

/** The same, for a browser's language list, which may write a tag's hyphens as underscores (`kk_Latn`). */
export const browserTagPattern = (langs: readonly string[]): string => tagPattern(langs).replaceAll('-', '[-_]');

export const renderLanguageMaps = (langs: readonly string[], defaultLang: string): string => {
  const tags = tagPattern(langs);
  return [
    '# Written by the build (pipeline/vite-plugin-language-rules.ts) from src/shared/languages.ts. Do not edit;',
    '# run `npm run build`. The default language comes first in $site_languages.',
    `map $host $site_languages { default "${siteLanguages(langs, defaultLang).join(' ')}"; }`,
    '',
    '# The language for addresses that have none: the saved choice (cookie), else the first of the',
    '# languages of the browser that we speak, else the default. The same rule as chooseLanguage() in the app.',
    'map $cookie_reader_lang $saved_lang {',
    `  "~^(${tags})$" $1;`,
    '  default "";',
    '}',
    'map $http_accept_language $browser_tag {',
    `  "~*(?:^|,)\\s*(?<tag>${browserTagPattern(langs)})(?:[-_;,\\s]|$)" $tag;`,
    `  default ${defaultLang};`,
    '}',
    '# The tag as the browser wrote it (any case) → as the site writes it.',
    'map $browser_tag $browser_lang {',
    ...langs.filter((lang) => lang !== defaultLang).map((lang) => `  "~*^${browserTagPattern([lang])}$" ${lang};`),
    `  default ${defaultLang};`,
    '}',
    'map $saved_lang $preferred_lang {',
    '  "" $browser_lang;',
    '  default $saved_lang;',
    '}',
    '',
    '# The not-found page in the language of the address, else in the default language. Under',
    '# /{lang}/articles/ it is the article one ("Article not found").',
    'map $request_uri $not_found_page {',
    `  "~^/(${tags})/articles/" /$1/articles/_not-found.html;`,
    `  "~^/(${tags})(?:[/?#]|$)" /$1/_not-found.html;`,
    `  default /${defaultLang}/_not-found.html;`,
    '}',
    '',
    '# A language without its slash: /en → /en/.',
    'map $uri $bare_language {',
    `  "~^/(${tags})$" $1;`,
    '  default "";',
    '}',
    '',
  ].join('\n');
};

export const renderLanguageRedirects = (langs: readonly string[]): string => {
  const tags = tagPattern(langs);
  const notOurs = `(?!(?:${tags})(?:/|$))`;
  return [
    '# Written by the build (pipeline/vite-plugin-language-rules.ts) from src/shared/languages.ts. Do not edit.',
    '# A regional tag of one of our languages → that language; another tag, or none → the preferred language.',
    `rewrite "^/${notOurs}(${tags})[-_][A-Za-z0-9]{2,8}(?:[-_][A-Za-z0-9]{2,8})*/(.*)$" /$1/$2 redirect;`,
    `rewrite "^/${notOurs}[A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,8})*/(.*)$" /$redirect_lang/$1 redirect;`,
    `rewrite "^/${notOurs}(.+)$" /$redirect_lang/$1 redirect;`,
    '',
  ].join('\n');
};

/** Writes both files when the site is built (not for the server renderer's build). */
export const languageRulesPlugin = (deploy = join(process.cwd(), 'deploy')): Plugin => {
  let skip = false;
  return {
    name: 'reader-language-rules',
    apply: 'build',
    configResolved(config) {
      skip = Boolean(config.build.ssr) || Boolean(config.build.lib);
    },
    writeBundle() {
      if (skip) return;
      writeAtomically(join(deploy, 'languages.conf'), renderLanguageMaps(LANGS, DEFAULT_LANG));
      writeAtomically(join(deploy, 'language-redirects.conf'), renderLanguageRedirects(LANGS));
    },
  };
};

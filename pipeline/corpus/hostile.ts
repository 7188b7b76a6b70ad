// One fixture article whose every text field is hostile: script and markup payloads, a 19,000-character
// word, combining marks, joiners, emoji and right-to-left text. It is valid content (the schema accepts
// markup as text), so the build publishes it into the test corpus (`npm run build:fixtures`, never
// shipped), and e2e/corpus/xss.spec.ts checks that the reader shows all of it as text and runs none of it.
import type { BlockDefinition, HostileContext } from '../../src/content/blocks/block-definition.ts';
import { BLOCK_TYPES, blockDefinitions } from '../../src/content/blocks/registry.ts';
import type { Article, Block } from '../../src/content/schema.ts';
import { WRITTEN_LANGS, type WrittenLang as Lang } from '../../src/shared/languages.ts';
import { FICTION_MARKER } from './generate.ts';

export const HOSTILE_ID = 'fixture-hostile';

/**
 * In a month the corpus already has, that none of the corpus page tests counts; new enough to be on the
 * first page of the latest articles and of the quotes.
 */
export const HOSTILE_PUBLISHED_AT = '2025-03-20';

/** The photo the hostile article carries (its caption, credit and alt text are payloads). */
export const HOSTILE_PHOTO = { articleId: HOSTILE_ID, file: 'hostile-photo.jpg', design: 2 } as const;

/** A word only this article has (in its headline, so search results highlight it), in every version. */
export const HOSTILE_SEARCH_WORD = 'Xssfixture';

/** Script in every form a renderer could be tricked into running; each sets `window.__xss` or opens a dialog. */
export const SCRIPT_PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  'javascript:window.__xss=1',
  'data:text/html,<script>window.__xss=1</script>',
  "{{constructor.constructor('window.__xss=1')()}}",
  '${window.__xss=1}',
  '<a href="javascript:window.__xss=1">x</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<img src=x onerror=alert(document.domain)>',
] as const;

/** One word of 19,000 letters: under the 20,000-character limit, far wider than any screen. */
export const LONG_WORD = 'Supercalifragilistic'.repeat(950);

/** Text that is valid but odd; none of it uses the bidirectional controls the schema refuses. */
export const UNICODE_ODDITIES = {
  // Letters under stacks of combining marks.
  combining: 'Z\u0337\u0354\u0308a\u0338\u0320\u0343l\u0335\u0330\u035dg\u0334\u0323\u0344o\u0336\u0321\u034a t\u0336e\u0337x\u0334t\u0338',
  // Zero-width joiner sequences: a woman technologist, a family, a rainbow flag.
  joiners: '\u{1F469}\u200d\u{1F4BB} \u{1F468}\u200d\u{1F469}\u200d\u{1F467}\u200d\u{1F466} \u{1F3F3}\ufe0f\u200d\u{1F308}',
  // Zero-width space, non-joiner, joiner and word joiner inside a word.
  zeroWidth: 'zero\u200bwidth\u200cnon\u200djoiner\u2060word',
  // Fire, party popper, the flag of Kazakhstan, a raised fist with a skin tone.
  emoji: '\u{1F525}\u{1F389}\u{1F1F0}\u{1F1FF} \u270a\u{1F3FD}',
  arabic: 'مرحبا بالعالم',
  hebrew: 'שלום עולם',
  mixed: 'Left عربي right עברית left',
} as const;

/** The query string of the source link: the URL is https, the rest is payload. */
export const HOSTILE_SOURCE_URL =
  'https://example.org/fixture/hostile?q=<script>window.__xss=1</script>&next=javascript:window.__xss=1&x="><svg onload=window.__xss=1>';

/** The article's own words in each language, around the payloads. */
const WORDS: Record<Lang, { label: string; source: string }> = {
  en: { label: 'Hostile text', source: 'Hostile source' },
  kk: { label: 'Қаскүнем мәтін', source: 'Қаскүнем дереккөз' },
  ru: { label: 'Враждебный текст', source: 'Враждебный источник' },
};

const [SCRIPT, IMG, SVG, JS_URL, , , , LINK] = SCRIPT_PAYLOADS;

const version = (lang: Lang): Article => {
  const w = WORDS[lang];
  const context: HostileContext = {
    lang,
    label: w.label,
    scripts: SCRIPT_PAYLOADS,
    oddities: { longWord: LONG_WORD, ...UNICODE_ODDITIES },
    awards: ['fixture-order-3', 'fixture-medal-2'],
    photo: HOSTILE_PHOTO.file,
  };
  // Every block type, each with every text field it has carrying a payload.
  const body: Block[] = BLOCK_TYPES.flatMap((type) => (blockDefinitions[type] as unknown as BlockDefinition<Block>).hostile(context));
  return {
    id: HOSTILE_ID,
    lang,
    translatedFrom: lang === 'en' ? null : 'en',
    publishedAt: HOSTILE_PUBLISHED_AT,
    updatedAt: null,
    headline: `${HOSTILE_SEARCH_WORD} ${w.label} ${SCRIPT} ${IMG}`,
    summary: `${FICTION_MARKER[lang]} ${SVG} ${JS_URL} ${UNICODE_ODDITIES.emoji}`,
    source: { name: `${w.source} ${LINK}`, url: HOSTILE_SOURCE_URL },
    tags: ['fixture'],
    body,
  };
};

/** The hostile article: its English original and the Kazakh and Russian translations, in that order. */
export const hostileArticle = (): Article[] => WRITTEN_LANGS.map(version);

/** Every hostile input the article carries, by name: what the XSS suite covers. */
export const HOSTILE_INPUTS: readonly { name: string; text: string }[] = [
  ...SCRIPT_PAYLOADS.map((text, i) => ({ name: `script payload ${i + 1}`, text })),
  { name: 'a 19,000-character word', text: LONG_WORD },
  ...Object.entries(UNICODE_ODDITIES).map(([name, text]) => ({ name: `Unicode: ${name}`, text })),
  { name: 'source URL with payloads in its query', text: HOSTILE_SOURCE_URL },
];

// The search key that makes Kazakh match across scripts: `бірлік`, `bırlık`, `birlik` and `БІРЛІК` all give
// `birlik`. Built to replace the search's `foldText` (src/features/search/model/normalize.ts): it folds
// everything that function folds (case, accents, ё → е, the Kazakh letters a Russian keyboard lacks), so
// no word found today is lost, and then writes every Cyrillic word in Latin. Why each fold: docs/kazakh-latin.md.
import { toLatin } from './to-latin';

const NON_ASCII = /[\u0080-\uffff]/;
// Accents and other combining marks, and the soft hyphen editors paste inside words.
const MARKS = /[\p{M}\u00ad]/gu;
// Latin letters a reader types without a Kazakh keyboard: ş as sh (the 2018 alphabet and chat Latin),
// ı as i, q as k (a Russian keyboard's к for қ). The accented letters lose their accents below.
const LETTER_FOLD: Readonly<Record<string, string>> = { ş: 'sh', ı: 'i', q: 'k' };
const FOLDED_LETTERS = /[şıq]/g;

const bare = (text: string): string => text.normalize('NFD').replace(MARKS, '').normalize('NFC');

/**
 * The form a word is compared in, whatever its script: lower case, no accents, Cyrillic written in the
 * 2021 Latin alphabet with ş → sh, ı → i and q → k. Russian and English words fold too (`степь` → `step`),
 * so a search across languages compares them in one alphabet.
 */
export const foldScripts = (text: string): string => {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower.replace(FOLDED_LETTERS, (letter) => LETTER_FOLD[letter]!);
  const prepared = lower
    .normalize('NFD')
    // ş decomposes to s + cedilla: sh, as the converter writes ш, before the accents go.
    .replace(/s\u0327/g, 'sh')
    // й decomposes to и + breve; it is a letter of its own.
    .replace(/\u0438\u0306/g, '\u0439')
    .replace(MARKS, '');
  // Small letters again: an address keeps its Cyrillic as %D0%B0, which a second fold would lower.
  return bare(toLatin(prepared).replace(FOLDED_LETTERS, (letter) => LETTER_FOLD[letter]!)).toLowerCase();
};

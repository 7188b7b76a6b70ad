// Dates for kk-Latn. Browsers print Cyrillic month names for `kk-Latn` (and Debian's Chromium none at all),
// so the formatter writes them itself, as it does for kk: from its Kazakh words through the converter, so
// the two editions never disagree. Nothing here imports the formatter: format-date.ts can import this file.
import { toLatin } from './to-latin';

/**
 * A Kazakh date, month or relative time as the formatter writes it, in Latin, keeping its no-break spaces:
 * `2023 ж. 27 сәуір` → `2023 j. 27 säuır`, `3 сағат бұрын` → `3 sağat būryn`.
 */
export const latinDate = (kazakh: string): string => toLatin(kazakh);

/** A table of Kazakh date words (month names, time units) in Latin, in the same order: `қаңтар` → `qañtar`. */
export const latinWords = (words: readonly string[]): readonly string[] => Object.freeze(words.map(latinDate));

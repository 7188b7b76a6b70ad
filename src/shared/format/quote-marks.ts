import { language, type Lang } from '../languages';

const NONE = { open: '', close: '' } as const;

// Marks an editor may have typed at either edge: guillemets, English and German-style curly quotes („…“, as
// Russian nests quotations), straight double quotes, single guillemets; a quotation may also open with ‘.
// A closing ’ is left out: at the end of a text it is more often an apostrophe (“the teachers’”).
const OPENS_WITH_MARK = /^\s*["«“„‘‹]/;
const CLOSES_WITH_MARK = /["»”“›]\s*$/;

/**
 * The quotation marks to show around a quote's text, in the language the text is written in. When the text
 * already begins or ends with a quotation mark, the editor has placed the marks (the whole text in «…», or a
 * quoted phrase at an edge: «Асықпай, бірақ сенімді» — біздің ұранымыз): adding ours would double them, so
 * none are added and the text is shown exactly as written.
 */
export const quoteMarks = (text: string, lang: Lang): { open: string; close: string } =>
  OPENS_WITH_MARK.test(text) || CLOSES_WITH_MARK.test(text) ? NONE : language(lang).quoteMarks;

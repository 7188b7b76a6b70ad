// A prerendered page is the app's index.html with the page's language, head, markup and data put in at
// its markers. The template is cut at its markers once per build, and each page is joined from the
// pieces: no pattern replacement, so `$&` in an article is text like any other.

export interface PageParts {
  /** For `<html lang>`. */
  lang: string;
  /** Everything between `<!--head-->` and `<!--/head-->`, markers included, is replaced by this. */
  head: string;
  /** The markup for `#root`, at `<!--app-->`. */
  app: string;
  /** The data blocks at the end of the body, at `<!--state-->`. */
  state: string;
}

export interface Template {
  readonly pieces: readonly [string, string, string, string, string];
}

const HTML_LANG = /<html lang="[^"]*">/;
const HEAD = /<!--head-->[\s\S]*<!--\/head-->/;

/** Cuts the template at its markers; throws when one is missing (for instance when it was prerendered already). */
export const splitTemplate = (template: string): Template => {
  const lang = HTML_LANG.exec(template);
  const head = HEAD.exec(template);
  const app = template.indexOf('<!--app-->');
  const state = template.indexOf('<!--state-->');
  if (!lang || !head || app < 0 || state < 0 || !(lang.index < head.index && head.index + head[0].length <= app && app < state))
    throw new Error(
      'index.html is not the app template (already prerendered?): it needs <html lang="…">, <!--head-->…<!--/head-->, <!--app--> and <!--state--> in that order; run `npm run build`, which builds the client first.',
    );
  const headEnd = head.index + head[0].length;
  return {
    pieces: [
      template.slice(0, lang.index),
      template.slice(lang.index + lang[0].length, head.index),
      template.slice(headEnd, app),
      template.slice(app + '<!--app-->'.length, state),
      template.slice(state + '<!--state-->'.length),
    ],
  };
};

export const composePage = ({ pieces: [start, beforeHead, beforeApp, beforeState, end] }: Template, parts: PageParts): string =>
  `${start}<html lang="${parts.lang}">${beforeHead}${parts.head}${beforeApp}${parts.app}${beforeState}${parts.state}${end}`;

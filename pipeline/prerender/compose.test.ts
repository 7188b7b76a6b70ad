import { describe, expect, it } from 'vitest';
import { composePage, splitTemplate, type PageParts } from './compose.ts';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <!--head--><title>Reader</title><!--/head-->
  </head>
  <body>
    <div id="root"><!--app--></div>
    <!--state-->
    <script type="module" src="/assets/index.js"></script>
  </body>
</html>`;

/** What the page was before the template was cut: the same replacements, one after another. */
const replaced = (template: string, parts: PageParts) =>
  template
    .replace(/<html lang="[^"]*">/, () => `<html lang="${parts.lang}">`)
    .replace(/<!--head-->[\s\S]*<!--\/head-->/, () => parts.head)
    .replace('<!--app-->', () => parts.app)
    .replace('<!--state-->', () => parts.state);

describe('composePage', () => {
  const parts: PageParts = {
    lang: 'kk',
    head: '<title>Жайлау — Reader</title>',
    app: '<main><h1>Жайлау</h1></main>',
    state: '<script type="application/json" id="page-state">{}</script>',
  };

  it('puts each part at its marker', () => {
    const page = composePage(splitTemplate(TEMPLATE), parts);
    expect(page).toBe(replaced(TEMPLATE, parts));
    expect(page).toContain('<html lang="kk">');
    expect(page).not.toMatch(/<!--(head|\/head|app|state)-->|<title>Reader<\/title>/);
  });

  it('keeps dollar signs and marker-like text in the parts as they are', () => {
    const odd = { ...parts, app: "<p>$& $' $` $$ $1 &lt;!--state--&gt;</p>", head: '<title>$&amp;</title>' };
    const page = composePage(splitTemplate(TEMPLATE), odd);
    expect(page).toBe(replaced(TEMPLATE, odd));
    expect(page).toContain("<p>$& $' $` $$ $1 &lt;!--state--&gt;</p>");
  });

  it('serves any number of pages from one cut template', () => {
    const template = splitTemplate(TEMPLATE);
    for (const lang of ['en', 'kk', 'ru']) expect(composePage(template, { ...parts, lang })).toBe(replaced(TEMPLATE, { ...parts, lang }));
  });

  it.each([
    ['a prerendered page', composePage(splitTemplate(TEMPLATE), parts)],
    ['no head markers', TEMPLATE.replace('<!--head-->', '')],
    ['markers out of order', TEMPLATE.replace('<!--app-->', '').replace('<!--state-->', '<!--state--><!--app-->')],
  ])('refuses %s', (_, template) => {
    expect(() => splitTemplate(template)).toThrow(/not the app template/);
  });
});

// @vitest-environment jsdom
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVariables } from '../scripts/serve.mjs';
import type { Rollup } from 'vite';
import { appCode, compileBeforePaint, cspHash, inlineBlocks, renderInlineHashes } from './vite-plugin-inline-head';

// Vitest runs from the project's folder (jsdom's URL cannot turn import.meta.url into a path).
const ROOT = process.cwd();

describe('the settings script before the first paint', () => {
  let code = '';
  beforeAll(async () => {
    code = await compileBeforePaint(ROOT);
  }, 30_000);

  /** Runs the script as a page would, with this storage, on a fresh <html>. */
  const run = (storage: () => Pick<Storage, 'getItem'>) => {
    const root = document.implementation.createHTMLDocument('').documentElement;
    new Function('window', 'document', code)(
      {
        get localStorage() {
          return storage();
        },
      },
      { documentElement: root },
    );
    return Object.fromEntries(Array.from(root.attributes, (attribute) => [attribute.name, attribute.value]));
  };

  it('is one small classic script: no modules, nothing to fetch', () => {
    expect(code).not.toMatch(/\bimport\b|\bexport\b/);
    expect(() => new Function(code)).not.toThrow();
    expect(Buffer.byteLength(code)).toBeLessThan(1024);
  });

  it('applies the stored choice', () => {
    const stored = '{"theme":"dark","textSize":"xl","measure":"wide"}';
    expect(run(() => ({ getItem: (key) => (key === 'reader.settings' ? stored : null) }))).toEqual({
      'data-theme': 'dark',
      'data-text-size': 'xl',
      'data-measure': 'wide',
    });
  });

  it.each([
    ['nothing is stored', () => ({ getItem: () => null })],
    ['the stored value is damaged', () => ({ getItem: () => '{"theme":' })],
    [
      'storage refuses',
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    ],
  ])('applies the defaults when %s', (_case, storage) => {
    expect(run(storage)).toEqual({ 'data-text-size': 'm', 'data-measure': 'normal' });
  });
});

describe('the hashes of the inline blocks', () => {
  it('hashes exactly the bytes given (SHA-256, base64, as CSP writes it)', () => {
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(cspHash('a')).not.toBe(cspHash('a '));
  });

  it('finds inline scripts and styles, not data blocks or scripts with a source', () => {
    const html = `<head><script>one()</script><style>p{margin:0}</style><script type="module" src="/x.js"></script></head>
      <body><script type="application/json" id="page-state">{"a":1}</script><script type="application/ld+json">{}</script></body>`;
    expect(inlineBlocks(html)).toEqual({ scripts: ['one()'], styles: ['p{margin:0}'] });
  });

  it('are written for nginx and read back by the Node server', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'inline-hashes-')), 'inline-hashes.conf');
    writeFileSync(file, renderInlineHashes({ scripts: ['one()', 'one()'], styles: ['p{margin:0}'] }));
    expect(buildVariables(file)).toEqual({ inline_script_hashes: cspHash('one()'), inline_style_hashes: cspHash('p{margin:0}') });
  });
});

describe('the app code the page preloads', () => {
  const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = []) =>
    ({ type: 'chunk', fileName, imports, dynamicImports }) as unknown as Rollup.OutputChunk;
  const bundle = Object.fromEntries(
    [
      chunk('assets/index.js', ['assets/helper.js'], ['assets/boot.js']),
      chunk('assets/helper.js'),
      chunk('assets/boot.js', ['assets/vendor.js', 'assets/helper.js'], ['assets/quotes.js']),
      chunk('assets/vendor.js', ['assets/runtime.js']),
      chunk('assets/runtime.js'),
      chunk('assets/quotes.js', ['assets/list.js']),
      chunk('assets/list.js'),
    ].map((c) => [c.fileName, c]),
  ) as Rollup.OutputBundle;

  it('is what the entry imports once painted, with all it imports, but not what the entry has already', () => {
    expect([...appCode(bundle, bundle['assets/index.js'] as Rollup.OutputChunk)]).toEqual([
      'assets/boot.js',
      'assets/vendor.js',
      'assets/runtime.js',
    ]);
  });
});

// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applySettings, loadSettings, MEASURES, STORAGE_KEY, TEXT_SIZES, THEMES, type StorageLike } from './settings';

// public/prefs.js applies the stored settings before the first paint; it must do exactly what the app does.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
const source = readFileSync(join(ROOT, 'public/prefs.js'), 'utf8');

type Storage = StorageLike | 'missing' | 'throws on access' | 'throws on read';

const storageFor = (stored: string | null): StorageLike => ({
  getItem: (key) => (key === STORAGE_KEY ? stored : null),
  setItem: () => undefined,
});

const resolve = (storage: Storage): StorageLike | undefined => {
  if (storage === 'missing') return undefined;
  if (storage === 'throws on access') throw new DOMException('The operation is insecure.', 'SecurityError');
  if (storage === 'throws on read')
    return {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => undefined,
    };
  return storage;
};

const attributes = (root: HTMLElement): string[] =>
  Array.from(root.attributes, (attribute) => `${attribute.name}=${attribute.value}`).sort();

/** Runs the file as the browser would, with its own window and document. */
const runPrefs = (storage: Storage, root: HTMLElement): void => {
  const fakeWindow = {
    get localStorage() {
      return resolve(storage);
    },
  };
  new Function('window', 'document', source)(fakeWindow, { documentElement: root });
};

const runApp = (storage: Storage, root: HTMLElement): void =>
  applySettings(
    root,
    loadSettings(() => resolve(storage)),
  );

const freshRoot = (): HTMLElement => {
  const root = document.implementation.createHTMLDocument('').documentElement;
  root.setAttribute('lang', 'kk');
  return root;
};

const every = THEMES.flatMap((theme) =>
  TEXT_SIZES.flatMap((textSize) => MEASURES.map((measure) => JSON.stringify({ theme, textSize, measure }))),
);

const stored: (string | null)[] = [
  null,
  '',
  'not json',
  '{"theme":',
  'null',
  'true',
  '42',
  '"dark"',
  '[]',
  '["dark","xl","wide"]',
  '{}',
  '{"theme":"dark"}',
  '{"textSize":"xl"}',
  '{"measure":"narrow"}',
  '{"theme":"sepia","textSize":"xxl","measure":"full"}',
  '{"theme":"Dark","textSize":"L","measure":"Wide"}',
  '{"theme":1,"textSize":null,"measure":["wide"]}',
  '{"theme":"toString","textSize":"constructor","measure":"hasOwnProperty"}',
  '{"__proto__":{"theme":"dark"},"textSize":"s"}',
  '{"theme":"light","extra":"ignored","version":2}',
  ...every,
];

describe('public/prefs.js', () => {
  it.each(stored.map((value) => [value]))('applies what the app applies for %j', (value) => {
    const [before, after] = [freshRoot(), freshRoot()];
    runPrefs(storageFor(value), before);
    runApp(storageFor(value), after);
    expect(attributes(before)).toEqual(attributes(after));
    expect(before.getAttribute('data-text-size')).not.toBeNull();
  });

  it.each(['missing', 'throws on access', 'throws on read'] as const)('applies the defaults when storage %s', (storage) => {
    const [before, after] = [freshRoot(), freshRoot()];
    expect(() => runPrefs(storage, before)).not.toThrow();
    runApp(storage, after);
    expect(attributes(before)).toEqual(attributes(after));
    expect(attributes(before)).toEqual(['data-measure=normal', 'data-text-size=m', 'lang=kk']);
  });

  it('clears a theme left on the element, as the app does', () => {
    const [before, after] = [freshRoot(), freshRoot()];
    for (const root of [before, after]) root.setAttribute('data-theme', 'dark');
    runPrefs(storageFor('{"theme":"system"}'), before);
    runApp(storageFor('{"theme":"system"}'), after);
    expect(attributes(before)).toEqual(attributes(after));
    expect(before.hasAttribute('data-theme')).toBe(false);
  });

  it('runs as a classic script in a real document, reading real localStorage', () => {
    window.localStorage.setItem(STORAGE_KEY, '{"theme":"dark","textSize":"xl","measure":"wide"}');
    // Against the test window's own globals: window.localStorage and document.documentElement.
    new Function(source)();
    expect(document.documentElement.dataset).toMatchObject({ theme: 'dark', textSize: 'xl', measure: 'wide' });
    window.localStorage.removeItem(STORAGE_KEY);
  });

  it('is plain ES2019 script (no modules, no newer syntax) and stays tiny', () => {
    const require = createRequire(import.meta.url);
    const espree = require('espree') as { parse: (code: string, options: object) => unknown };
    expect(() => espree.parse(source, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
    expect(source.trim()).toMatch(/^\/\*[\s\S]*?\*\/\s*\(function \(\) \{[\s\S]*\}\)\(\);$/);
    expect(Buffer.byteLength(source)).toBeLessThan(1500);
  });

  // Render-blocking, not parser-blocking: the first paint waits for it, the HTML parser does not.
  it('is loaded in <head> blocking the first render (not the parser), before any stylesheet or module script', () => {
    const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const tag = '<script src="/prefs.js" async blocking="render"></script>';
    expect(head).toContain(tag);
    const at = head.indexOf(tag);
    for (const later of ['<link rel="stylesheet"', '<script type="module"', '<!--head-->']) {
      const index = html.indexOf(later);
      if (index !== -1) expect(at).toBeLessThan(index);
    }
  });
});

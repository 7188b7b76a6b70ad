import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line';

describe('oneLine', () => {
  it.each([
    ['a\tb', 'a\\tb'],
    ['a\nb\r\n', 'a\\nb\\r\\n'],
    ['line\u2028separator', 'line\\u2028separator'],
    ['paragraph\u2029separator', 'paragraph\\u2029separator'],
    ['\u202eevil\u202c', '\\u202eevil\\u202c'],
    ['isolate \u2066x\u2069', 'isolate \\u2066x\\u2069'],
    ['zero\u200bwidth', 'zero\\u200bwidth'],
    ['no\u00a0break', 'no\\u00a0break'],
    ['nul\u0000 and escape \u001b[31m', 'nul\\u0000 and escape \\u001b[31m'],
    ['tag \u{e0041}', 'tag \\u{e0041}'],
    ['lone \ud800 surrogate', 'lone \\ud800 surrogate'],
  ])('escapes %j as %j', (text, shown) => {
    expect(oneLine(text)).toBe(shown);
  });

  it('leaves letters, punctuation, spaces and emoji of every script as they are', () => {
    const text = 'Қазақ «тілі» — Русский, English, العربية, עברית, 👩‍💻'.replace('\u200d', '');
    expect(oneLine(text)).toBe(text);
  });
});

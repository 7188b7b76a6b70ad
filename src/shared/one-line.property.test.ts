// Property-based: whatever a content file holds, a message quoting it is one line that reads in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty, scaledTimeout } from '../test/property';
import { oneLine } from './one-line';

describe('oneLine under generated text', () => {
  it(
    'always gives one line without active characters, and is stable when applied again',
    () => {
      assertProperty(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          const shown = oneLine(text);
          expect(shown).toMatch(/^.*$/);
          expect(shown).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u);
          expect(oneLine(shown)).toBe(shown);
        }),
        { runs: 1000 },
      );
    },
    scaledTimeout(10_000),
  );
});

// Property-based: thousands of generated invalid or unusual documents go through the validator. Nothing
// throws past it, every rejection names where the problem is, and what passes is a real article.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertProperty, scaledTimeout } from '../test/property';
import { parseArticle, parseEntities } from './schema';

const seed: unknown = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../public/articles/2023-04-27-assembly-32nd-session/en.json'), 'utf8'),
);

/** Hostile and unusual strings: markup, script URLs, event handlers, bidi controls, huge, empty, odd Unicode. */
export const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    '\u202Eevil\u202C',
    '\u2066isolate\u2069',
    // Characters a terminal acts on: each problem must stay one line that reads in order.
    '\u2028',
    'a\u2029b',
    'tab\there',
    'new\nline',
    '\u001b[31mred',
    '',
    '   ',
    '\u0000',
    'Қазақ «тілі» — ә ғ қ ң ө ұ ү һ і',
  ),
  fc.nat({ max: 30_000 }).map((n) => 'x'.repeat(n)),
);

const anyJson = fc.jsonValue({ maxDepth: 4 });

/** Mutations of a valid article: a field replaced, removed, or added; a block replaced by junk. */
const mutatedArticle = fc
  .record({
    key: fc.constantFrom(
      'id',
      'lang',
      'translatedFrom',
      'publishedAt',
      'updatedAt',
      'headline',
      'summary',
      'source',
      'tags',
      'body',
      'extra',
    ),
    value: fc.oneof(hostileString, anyJson, fc.constant(undefined)),
    blockIndex: fc.nat({ max: 12 }),
    blockValue: fc.oneof(
      anyJson,
      fc.record({
        type: fc.constantFrom('paragraph', 'quote', 'awards', 'timeline', 'heading', 'video'),
        text: hostileString,
        id: hostileString,
      }),
    ),
  })
  .map(({ key, value, blockIndex, blockValue }) => {
    const doc = structuredClone(seed) as Record<string, unknown>;
    if (value === undefined) Reflect.deleteProperty(doc, key);
    else doc[key] = value;
    const body = doc.body;
    if (Array.isArray(body)) body[blockIndex % (body.length + 1)] = blockValue;
    return doc;
  });

const RUNS = 1500;
/** Control, format and separator characters other than the plain space: none may reach a message. */
const ACTIVE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

describe('the validator under generated input', () => {
  it(
    'never throws, and names a path for every problem on one line (mutated articles)',
    () => {
      assertProperty(
        fc.property(mutatedArticle, (doc) => {
          const result = parseArticle(doc);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const problem of result.problems) {
              expect(typeof problem.path).toBe('string');
              // `.` matches no line terminator: the message is one line.
              expect(problem.message).toMatch(/^expected .+, received .+$/);
              expect(`${problem.path}: ${problem.message}`).not.toMatch(ACTIVE);
            }
          }
        }),
        { runs: RUNS },
      );
    },
    scaledTimeout(10_000),
  );

  it(
    'refuses arbitrary JSON that is not an article',
    () => {
      assertProperty(
        fc.property(anyJson, (doc) => {
          const article = parseArticle(doc);
          const entities = parseEntities(doc);
          expect(article.ok).toBe(false);
          // An empty object is a valid (empty) set of entities only when all three registries are there.
          if (!article.ok) expect(article.problems.every((p) => typeof p.path === 'string')).toBe(true);
          expect(typeof entities.ok).toBe('boolean');
        }),
        { runs: RUNS },
      );
    },
    scaledTimeout(10_000),
  );

  it(
    'accepts hostile text as text, except bidi controls, blank or oversized text',
    () => {
      assertProperty(
        fc.property(hostileString, (text) => {
          const doc = { ...(structuredClone(seed) as Record<string, unknown>), headline: text };
          const result = parseArticle(doc);
          const shouldPass = text.trim().length > 0 && text.length <= 20_000 && !/[\u202A-\u202E\u2066-\u2069]/.test(text);
          expect(result.ok).toBe(shouldPass);
          if (result.ok) expect(result.value.headline).toBe(text);
          else expect(result.problems.map((p) => p.path)).toContain('headline');
        }),
        { runs: RUNS },
      );
    },
    scaledTimeout(10_000),
  );
});

// The exception word list (exceptions.json): words whose accepted Latin spelling differs from the rules.
// An entry is one word, matched whole: Kazakh adds suffixes, so each inflected form the texts use needs its
// own entry (or the rules). What may go in, and where its source must come from: docs/kazakh-latin.md.
import * as v from 'valibot';
import data from './exceptions.json' with { type: 'json' };

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}\p{M}]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

const EntrySchema = v.strictObject({
  /** The word in small Cyrillic letters: `цех`. */
  cyrillic: v.pipe(
    v.string(),
    v.regex(CYRILLIC_WORD, 'one word of Cyrillic letters'),
    v.check((word) => word === word.toLowerCase(), 'small letters'),
  ),
  /** The word as small-letter text writes it; capitals only where the word always has them. */
  latin: v.pipe(
    v.string(),
    v.minLength(1, 'a Latin spelling'),
    v.check((word) => !CYRILLIC.test(word), 'no Cyrillic letter'),
  ),
  /** Where the spelling comes from: a document, a dictionary, an official register. */
  source: v.pipe(v.string(), v.minLength(1, 'a source')),
});

export type ExceptionEntry = v.InferOutput<typeof EntrySchema>;

const ListSchema = v.pipe(
  v.object({ exceptions: v.array(EntrySchema, 'a list of entries') }, 'an object with a list of exceptions'),
  v.check(({ exceptions }) => new Set(exceptions.map((entry) => entry.cyrillic)).size === exceptions.length, 'each word once'),
);

/** The entries of an exception list file, or an error that says what is wrong and where. */
export const parseExceptions = (input: unknown): ExceptionEntry[] => {
  const result = v.safeParse(ListSchema, input);
  if (result.success) return result.output.exceptions;
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '';
  throw new Error(`exceptions.json${path ? `: ${path}` : ''}: ${issue.message}`);
};

/** Small Cyrillic word → its Latin spelling. */
export type ExceptionMap = ReadonlyMap<string, string>;

export const toExceptionMap = (entries: readonly ExceptionEntry[]): ExceptionMap =>
  new Map(entries.map((entry) => [entry.cyrillic, entry.latin]));

/** The list the converter uses unless it is given another. */
export const EXCEPTIONS: ExceptionMap = toExceptionMap(parseExceptions(data));

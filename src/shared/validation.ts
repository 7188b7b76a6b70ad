// Validation messages as an editor reads them: where (a JSON path), what was expected, what was found.
import * as v from 'valibot';
import { oneLine } from './one-line';

export interface ContentProblem {
  /** JSON path in the form `body[3].speaker`; empty for the document itself. */
  path: string;
  message: string;
}

export const formatPath = (path: readonly (string | number)[]): string =>
  path.reduce<string>(
    (out, key) =>
      typeof key === 'number'
        ? `${out}[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(key)
          ? out
            ? `${out}.${key}`
            : key
          : `${out}[${oneLine(JSON.stringify(key))}]`,
    '',
  );

const TYPE_NAMES: Record<string, string> = {
  Object: 'an object',
  Array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};
const MAX_SHOWN = 80;

/** Quoted content, shortened, on one line (see oneLine). */
const show = (value: string): string => oneLine(JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value));

/** One problem as an editor reads it: where, what was expected, what was found. */
const describe = (issue: v.BaseIssue<unknown>): ContentProblem => {
  const path = formatPath((issue.path ?? []).map((item) => item.key as string | number));
  const objectIssue = issue.type === 'strict_object' || issue.type === 'object';
  let expected: string;
  if (objectIssue && issue.expected === 'never') expected = 'a known key';
  else if (objectIssue && issue.received === 'undefined' && issue.path) expected = `the required key ${issue.expected}`;
  else if (issue.message.startsWith('Invalid ')) expected = TYPE_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'something else';
  else expected = issue.message;
  let received: string;
  if (issue.received === 'undefined') received = 'nothing';
  else if (issue.type === 'min_length') received = 'an empty value';
  else if (objectIssue && issue.expected === 'never') received = oneLine(issue.received);
  else if (typeof issue.input === 'string') received = show(issue.input);
  else received = TYPE_NAMES[issue.received] ?? issue.received;
  return { path, message: `expected ${expected}, received ${received}` };
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/** A parser that validates a document and names every problem by its JSON path. */
export const parseWith =
  <S extends v.GenericSchema>(schema: S) =>
  (input: unknown): Parsed<v.InferOutput<S>> => {
    // One problem per field: the first rule a value breaks is the one to fix.
    const result = v.safeParse(schema, input, { abortPipeEarly: true });
    return result.success ? { ok: true, value: result.output } : { ok: false, problems: result.issues.map(describe) };
  };

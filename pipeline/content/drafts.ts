// What a draft still needs before it can be published: the importer's own list (in the evidence file
// beside it), as lines of the content check.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/shared/content/schema.ts';
import type { Finding } from './check.ts';

/** A draft is known by its status before it is valid: a broken draft is still only a draft. */
export const isDraftJson = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && (json as { status?: unknown }).status === 'draft';

/** The value at a JSON path in the form `body[3].speaker`. */
const valueAt = (value: unknown, path: string): unknown =>
  path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), value);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The importer's list of what is left (in the evidence file), less what the editor has done since. */
export const draftLeft = (folder: string, article: Article, file: string): Finding[] => {
  const path = join(folder, `${article.lang}.evidence.json`);
  if (!existsSync(path)) return [];
  let left: unknown;
  try {
    left = (JSON.parse(readFileSync(path, 'utf8')) as { left?: unknown }).left;
  } catch {
    return [{ file, path: '', message: `${article.lang}.evidence.json is not valid JSON` }];
  }
  if (!Array.isArray(left)) return [];
  return left
    .filter((item): item is { path: string; message: string; value: unknown } => typeof item?.path === 'string' && typeof item?.message === 'string')
    .filter((item) => same(valueAt(article, item.path), item.value))
    .map((item) => ({ file, path: item.path, message: item.message }));
};

// What a draft still needs before it can be published: the importer's own list (in the evidence file
// beside it), as lines of the content check.
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SIDECAR, valueAt } from '../../src/content/drafts.ts';
import type { Article } from '../../src/content/schema.ts';
import type { Finding } from './check.ts';

/** A draft is known by its status before it is valid: a broken draft is still only a draft. */
export const isDraftJson = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && (json as { status?: unknown }).status === 'draft';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The importer's list of what is left (in the evidence file), less what the editor has done since. */
export const draftLeft = (folder: string, article: Article, file: string, reported: readonly Finding[] = []): Finding[] => {
  const path = join(folder, `${article.lang}.evidence.json`);
  if (!existsSync(path)) return [];
  let left: unknown;
  try {
    left = (JSON.parse(readFileSync(path, 'utf8')) as { left?: unknown }).left;
  } catch {
    return [{ file, path: '', message: `${article.lang}.evidence.json is not valid JSON` }];
  }
  if (!Array.isArray(left)) return [];
  return (
    left
      .filter(
        (item): item is { path: string; message: string; value: unknown } =>
          typeof item?.path === 'string' && typeof item?.message === 'string',
      )
      .filter((item) => same(valueAt(article, item.path), item.value))
      // The content check may name the same thing (an unknown award): once is enough.
      .filter((item) => !reported.some((finding) => finding.path === item.path))
      .map((item) => ({ file, path: item.path, message: item.message }))
  );
};

/**
 * Removes from a built site what must not be published: every draft version and every importer file
 * (evidence, proposals), and an article's folder when nothing is left in it.
 */
export const unpublishDrafts = (outDir: string, drafts: ReadonlyMap<string, readonly { article: Article }[]>): void => {
  const articlesDir = join(outDir, 'articles');
  if (!existsSync(articlesDir)) return;
  for (const id of readdirSync(articlesDir)) {
    const folder = join(articlesDir, id);
    const draftFiles = new Set((drafts.get(id) ?? []).map(({ article }) => `${article.lang}.json`));
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of entries) if (SIDECAR.test(name) || draftFiles.has(name)) rmSync(join(folder, name), { force: true });
    if (!readdirSync(folder).length) rmdirSync(folder);
  }
};

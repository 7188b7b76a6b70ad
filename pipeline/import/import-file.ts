// One import from file to draft: read, tell the language, build the draft, check it, and write the draft
// with its evidence and proposals, all three or none. An existing article version is kept unless forced.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle, parseEntities, type Entities } from '../../src/content/schema.ts';
import type { WrittenLang as Lang } from '../../src/shared/languages.ts';
import { draftFiles } from '../../src/content/drafts.ts';
import { buildDraft, type Draft } from './draft.ts';
import { decideLanguage } from './language.ts';
import { readSource } from './read-source.ts';
import { MAX_BYTES } from './read-text.ts';
import { ImportError } from './source.ts';

export interface ImportOptions {
  file: string;
  /** The content folder (`public/`). */
  publicDir: string;
  lang?: Lang;
  id?: string;
  force?: boolean;
  /** Today's date (ISO), the stand-in when the text gives no date. */
  today: string;
}

export interface ImportResult {
  draft: Draft;
  /** The files written, relative to the content folder. */
  written: { article: string; evidence: string; proposals: string };
}

const loadEntities = (publicDir: string): Entities => {
  const path = join(publicDir, 'entities.json');
  if (!existsSync(path)) return { people: {}, organizations: {}, awards: {} };
  const parsed = parseEntities(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new ImportError(`${path} is not valid (run npm run content:check)`);
  return parsed.value;
};

export const readInput = (file: string): Uint8Array => {
  if (!existsSync(file)) throw new ImportError(`${file}: no such file`);
  const stat = statSync(file);
  if (!stat.isFile()) throw new ImportError(`${file} is not a file`);
  // Word files are zipped; a text or page this big is not an article.
  if (stat.size > MAX_BYTES * 5) throw new ImportError(`the file is ${(stat.size / 1_000_000).toFixed(1)} MB; an article is far smaller`);
  return readFileSync(file);
};

export const importFile = async ({ file, publicDir, lang, id, force = false, today }: ImportOptions): Promise<ImportResult> => {
  if (id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
    throw new ImportError(`--id "${id}" must be lowercase a-z, 0-9 and single hyphens`);
  const doc = await readSource(basename(file), readInput(file));
  const detected = decideLanguage(
    doc.lines.map((line) => line.text),
    lang,
  );
  const draft = buildDraft({ doc, lang: detected, entities: loadEntities(publicDir), file: basename(file), today, ...(id && { id }) });
  const checked = parseArticle(draft.article);
  if (!checked.ok) {
    const first = checked.problems[0]!;
    throw new ImportError(`the draft would not be valid content (${first.path}: ${first.message})`);
  }
  const paths = draftFiles(draft.article.id, detected);
  const target = (name: string) => join(publicDir, name);
  if (existsSync(target(paths.article)) && !force) {
    throw new ImportError(`${join(publicDir, paths.article)} exists; pass --force to replace it (or --id for a new article)`);
  }
  mkdirSync(join(publicDir, paths.folder), { recursive: true });
  // Written beside their places first, then moved in: a failure leaves no half-written draft.
  const contents: [string, unknown][] = [
    [paths.article, { $schema: '../../schema/article.schema.json', ...draft.article }],
    [paths.evidence, draft.evidence],
    [paths.proposals, draft.proposals],
  ];
  const temporary = contents.map(([name]) => `${target(name)}.${process.pid}.tmp`);
  try {
    contents.forEach(([, data], index) => writeFileSync(temporary[index]!, `${JSON.stringify(data, null, 2)}\n`));
    contents.forEach(([name], index) => renameSync(temporary[index]!, target(name)));
  } finally {
    for (const path of temporary) rmSync(path, { force: true });
  }
  return { draft, written: { article: paths.article, evidence: paths.evidence, proposals: paths.proposals } };
};

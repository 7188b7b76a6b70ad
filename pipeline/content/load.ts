// Reads the content folder as an editor left it and reports every problem, one line each.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDraft, SIDECAR } from '../../src/content/drafts.ts';
import { parseArticle, parseEntities, type Article, type Entities } from '../../src/content/schema.ts';
import { isLang, LANGS, type Lang } from '../../src/shared/languages.ts';
import { checkArticle, checkVersionsAgree, missingNames, type Finding } from './check.ts';
import { draftLeft, isDraftJson } from './drafts.ts';
import { withDerivedNames, withDerivedVersions } from './editions.ts';

export interface ArticleFile {
  file: string;
  article: Article;
}

export interface Content {
  entities: Entities;
  /** Published versions by article id, in the order of LANGS, with the editions the build derives (kk-Latn). */
  articles: Map<string, ArticleFile[]>;
  /** Draft versions (`"status": "draft"`): never published; `npm run dev` shows them for review. */
  drafts: Map<string, ArticleFile[]>;
  errors: Finding[];
  warnings: Finding[];
  /** What each draft still needs before it can be published; drafts never stop a build. */
  left: Finding[];
}

const readJson = (path: string, file: string, errors: Finding[]): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push({ file, path: '', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
};

const EMPTY_ENTITIES: Entities = { people: {}, organizations: {}, awards: {} };

/** Loads `public/entities.json` and `public/articles/<id>/<lang>.json` under `root`, checking everything. */
export const loadContent = (root: string, publicDir = join(root, 'public')): Content => {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const name = (path: string) => relative(root, path).split('\\').join('/');

  const entitiesPath = join(publicDir, 'entities.json');
  let entities = EMPTY_ENTITIES;
  if (!existsSync(entitiesPath))
    errors.push({ file: name(entitiesPath), path: '', message: 'missing; people, organisations and awards are named there' });
  else {
    const json = readJson(entitiesPath, name(entitiesPath), errors);
    if (json !== undefined) {
      const parsed = parseEntities(json);
      if (parsed.ok) entities = parsed.value;
      else errors.push(...parsed.problems.map((p) => ({ file: name(entitiesPath), ...p })));
    }
    warnings.push(...missingNames(name(entitiesPath), entities));
  }

  const articles = new Map<string, ArticleFile[]>();
  const drafts = new Map<string, ArticleFile[]>();
  const left: Finding[] = [];
  const articlesDir = join(publicDir, 'articles');
  const ids = existsSync(articlesDir)
    ? readdirSync(articlesDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  for (const id of ids) {
    const versions: ArticleFile[] = [];
    const draftVersions: ArticleFile[] = [];
    const entries = readdirSync(join(articlesDir, id), { withFileTypes: true }).filter((entry) => entry.isFile());
    const files = entries.map((entry) => entry.name).filter((f) => f.endsWith('.json') && !SIDECAR.test(f));
    // The article's other files (its photos), for the blocks that name them.
    const stored = new Map(
      entries
        .filter((entry) => !entry.name.endsWith('.json'))
        .map((entry) => [entry.name, statSync(join(articlesDir, id, entry.name)).size]),
    );
    for (const fileName of files.sort((a, b) => a.localeCompare(b))) {
      const path = join(articlesDir, id, fileName);
      const file = name(path);
      const lang = fileName.replace(/\.json$/, '');
      if (!isLang(lang)) {
        errors.push({
          file,
          path: '',
          message: `file name must be ${LANGS.slice(0, -1)
            .map((l) => `${l}.json`)
            .join(', ')} or ${LANGS.at(-1)}.json`,
        });
        continue;
      }
      const json = readJson(path, file, errors);
      if (json === undefined) continue;
      // A draft's problems are what is left to do on it, not errors: it is not published.
      const problems = isDraftJson(json) ? left : errors;
      const parsed = parseArticle(json);
      if (!parsed.ok) {
        problems.push(...parsed.problems.map((p) => ({ file, ...p })));
        continue;
      }
      const article = parsed.value;
      if (article.id !== id) problems.push({ file, path: 'id', message: `expected "${id}", the name of the article's folder` });
      if (article.lang !== lang) problems.push({ file, path: 'lang', message: `expected "${lang}", the file's name` });
      const findings = checkArticle(file, article, entities, stored);
      problems.push(...findings);
      if (isDraft(article)) {
        left.push(...draftLeft(join(articlesDir, id), article, file, findings));
        draftVersions.push({ file, article });
      } else versions.push({ file, article });
    }
    if (draftVersions.length) drafts.set(id, withDerivedVersions(draftVersions));
    errors.push(...checkVersionsAgree(versions));
    for (const { file, article } of versions) {
      if (article.translatedFrom && !versions.some((v) => v.article.lang === article.translatedFrom)) {
        warnings.push({ file, path: 'translatedFrom', message: `there is no ${article.translatedFrom} version of this article` });
      }
    }
    if (versions.length) articles.set(id, withDerivedVersions(versions));
  }
  return { entities: withDerivedNames(entities), articles, drafts, errors, warnings, left };
};

/** Published and draft versions together, as `npm run dev` shows them. */
export const withDrafts = (content: Pick<Content, 'articles' | 'drafts'>): Map<string, ArticleFile[]> => {
  const all = new Map(content.articles);
  for (const [id, drafts] of content.drafts) {
    const versions = [...(all.get(id) ?? []), ...drafts];
    all.set(
      id,
      versions.sort((a, b) => LANGS.indexOf(a.article.lang) - LANGS.indexOf(b.article.lang)),
    );
  }
  return all;
};

export const versionLangs = (versions: ArticleFile[]): Lang[] => versions.map(({ article }) => article.lang);

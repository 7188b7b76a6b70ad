// Checks that need more than one document: references into entities.json, unique ids, versions that agree.
import type { BlockPath } from '../../src/content/blocks/block-definition.ts';
import { definitionOf } from '../../src/content/blocks/registry.ts';
import type { Article, Entities } from '../../src/content/schema.ts';
import type { Lang } from '../../src/shared/languages.ts';
import { formatPath } from '../../src/shared/validation.ts';
import { WRITTEN_LANGS } from '../../src/shared/languages.ts';
import { oneLine } from '../../src/shared/one-line.ts';

export interface Finding {
  file: string;
  path: string;
  message: string;
}

type Path = BlockPath;

/** Every id a reader can link to (`#id`), with where it is; all blocks' ids share the article's fragments. */
export const linkableIds = (article: Article): { id: string; path: Path }[] =>
  article.body.flatMap((block, index) =>
    definitionOf(block)
      .anchors(block)
      .map(({ id, path }) => ({ id, path: ['body', index, ...path] })),
  );

/**
 * Problems of one article version against the registry of people and awards and the files stored with
 * the article (`files`: name → size in bytes).
 */
export const checkArticle = (
  file: string,
  article: Article,
  entities: Entities,
  files: ReadonlyMap<string, number> = new Map(),
): Finding[] => {
  const findings: Finding[] = [];
  const add = (path: Path, message: string) => findings.push({ file, path: formatPath(path), message });
  const seen = new Map<string, string>();
  for (const { id, path } of linkableIds(article)) {
    const first = seen.get(id);
    if (first) add(path, `duplicate id "${id}" (already used at ${first}); block ids must be unique in an article`);
    else seen.set(id, formatPath(path));
  }
  article.body.forEach((block, index) => {
    for (const { path, message } of definitionOf(block).check?.(block, { entities, files }) ?? []) add(['body', index, ...path], message);
  });
  return findings;
};

/** Language versions of one article must be the same article: same linkable ids, so shared links hold. */
export const checkVersionsAgree = (versions: { file: string; article: Article }[]): Finding[] => {
  const [first, ...rest] = versions;
  if (!first) return [];
  const ids = (article: Article) => linkableIds(article).map(({ id }) => id);
  const expected = ids(first.article);
  return rest.flatMap(({ file, article }) => {
    const findings: Finding[] = [];
    const actual = ids(article);
    const missing = expected.filter((id) => !actual.includes(id));
    const extra = actual.filter((id) => !expected.includes(id));
    if (missing.length || extra.length) {
      findings.push({
        file,
        path: 'body',
        message: `block ids differ from ${first.file}:${missing.length ? ` missing ${missing.join(', ')}` : ''}${extra.length ? ` extra ${extra.join(', ')}` : ''}`,
      });
    }
    if (article.publishedAt !== first.article.publishedAt) {
      findings.push({ file, path: 'publishedAt', message: `expected ${first.article.publishedAt} as in ${first.file}` });
    }
    return findings;
  });
};

/** Names or roles that lack a language: the interface falls back to English there. */
export const missingNames = (file: string, entities: Entities): Finding[] => {
  const findings: Finding[] = [];
  const check = (names: Partial<Record<Lang, string>> | undefined, path: Path) => {
    if (!names) return;
    for (const lang of WRITTEN_LANGS)
      if (!names[lang]) findings.push({ file, path: formatPath([...path, lang]), message: `no ${lang} name; English is shown instead` });
  };
  for (const [id, person] of Object.entries(entities.people)) {
    check(person.name, ['people', id, 'name']);
    check(person.role, ['people', id, 'role']);
  }
  for (const [id, org] of Object.entries(entities.organizations)) check(org.name, ['organizations', id, 'name']);
  for (const [id, award] of Object.entries(entities.awards)) check(award.name, ['awards', id, 'name']);
  return findings;
};

/** One line per finding, whatever the content it quotes (a file name, a key, a JSON parser's message). */
export const formatFinding = ({ file, path, message }: Finding): string => oneLine(`${file}: ${path || '(document)'}: ${message}`);

// Checks that need more than one document: references into entities.json, unique ids, versions that agree.
import type { Article, Entities, Lang } from '../../src/shared/content/schema.ts';
import { oneLine } from '../../src/shared/content/one-line.ts';
import { formatPath, LANGS } from '../../src/shared/content/schema.ts';

export interface Finding {
  file: string;
  path: string;
  message: string;
}

type Path = (string | number)[];

/** Every id a reader can link to (`#id`), with where it is; event ids share the article's fragment space. */
export const linkableIds = (article: Article): { id: string; path: Path }[] =>
  article.body.flatMap((block, index): { id: string; path: Path }[] => {
    const own = 'id' in block && block.id ? [{ id: block.id, path: ['body', index, 'id'] as Path }] : [];
    const events =
      block.type === 'timeline' ? block.events.map((event, e) => ({ id: event.id, path: ['body', index, 'events', e, 'id'] as Path })) : [];
    return [...own, ...events];
  });

/** Problems of one article version against the registry of people and awards. */
export const checkArticle = (file: string, article: Article, entities: Entities): Finding[] => {
  const findings: Finding[] = [];
  const add = (path: Path, message: string) => findings.push({ file, path: formatPath(path), message });
  const seen = new Map<string, string>();
  for (const { id, path } of linkableIds(article)) {
    const first = seen.get(id);
    if (first) add(path, `duplicate id "${id}" (already used at ${first}); block ids must be unique in an article`);
    else seen.set(id, formatPath(path));
  }
  article.body.forEach((block, index) => {
    if (block.type === 'quote' && typeof block.speaker === 'string' && !entities.people[block.speaker]) {
      add(['body', index, 'speaker'], `unknown person "${block.speaker}"; add it to entities.json people or write { "name": … }`);
    }
    if (block.type === 'awards') {
      block.items.forEach((item, i) => {
        const award = entities.awards[item.award];
        if (!award) add(['body', index, 'items', i, 'award'], `unknown award "${item.award}"; add it to entities.json awards`);
        else if (item.degree && !award.degrees?.includes(item.degree)) {
          const known = award.degrees?.length ? `its degrees: ${award.degrees.join(', ')}` : 'it has no degrees in entities.json';
          add(['body', index, 'items', i, 'degree'], `"${item.award}" has no degree ${item.degree} (${known})`);
        }
        item.recipients?.forEach((recipient, r) => {
          if (typeof recipient === 'string' && !entities.people[recipient]) {
            add(
              ['body', index, 'items', i, 'recipients', r],
              `unknown person "${recipient}"; add it to entities.json people or write { "name": … }`,
            );
          }
        });
      });
    }
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
    for (const lang of LANGS)
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

// An imported article version is a draft, with two files beside it that the importer writes and the build
// never publishes: the evidence for what it detected, and the people and awards it proposes.
import type { Article } from './schema';
import { LANGS, type Lang } from '../shared/languages';

export const isDraft = (article: Pick<Article, 'status'>): boolean => article.status === 'draft';

/** `en.evidence.json`, `en.proposals.json`: the files beside a version that are not a version. */
export const SIDECAR = new RegExp(`^(${LANGS.join('|')})\\.(evidence|proposals)\\.json$`);

/** Where a draft and its two sidecar files go, relative to the content folder. */
export const draftFiles = (articleId: string, lang: Lang) => {
  const folder = `articles/${articleId}`;
  return {
    folder,
    article: `${folder}/${lang}.json`,
    evidence: `${folder}/${lang}.evidence.json`,
    proposals: `${folder}/${lang}.proposals.json`,
  };
};

/** The value at a JSON path in the form `body[3].speaker` (undefined when there is none). */
export const valueAt = (value: unknown, path: string): unknown =>
  path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), value);

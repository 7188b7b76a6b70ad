// An imported article version is a draft, with two files beside it that the importer writes and the build
// never publishes: the evidence for what it detected, and the people and awards it proposes.
import type { Article, Lang } from './schema';

export const isDraft = (article: Pick<Article, 'status'>): boolean => article.status === 'draft';

/** `en.evidence.json`, `en.proposals.json`: the files beside a version that are not a version. */
export const SIDECAR = /^(en|kk|ru)\.(evidence|proposals)\.json$/;

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

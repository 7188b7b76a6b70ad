// What the worker keeps when it tidies its caches, decided from what the caches hold (pure functions: the
// worker reads the caches, these decide, the worker deletes).

/** The assets a page's HTML refers to (its scripts, styles and fonts are all under /assets/). */
export const assetsOf = (html: string): string[] => [...new Set(html.match(/\/assets\/[^"'\s)]+/g) ?? [])];

/**
 * The builds to keep: the current one, the one before it (pages still open may run its code), and every
 * build a kept page needs (one with an asset the page refers to), so that a page read offline has all its
 * code, of one build. `activated` lists build ids, newest first.
 */
export const buildsToKeep = (
  current: string,
  activated: readonly string[],
  builds: ReadonlyMap<string, ReadonlySet<string>>,
  pageAssets: Iterable<string>,
): Set<string> => {
  const keep = new Set([current]);
  const previous = activated.find((id) => id !== current);
  if (previous !== undefined) keep.add(previous);
  for (const asset of pageAssets) for (const [id, assets] of builds) if (assets.has(asset)) keep.add(id);
  return keep;
};

export interface StoredFile {
  path: string;
  /** The article it belongs to, if any. */
  articleId: string | null;
  storedAt: number;
}

/** The data files and photos to drop: none of a kept article's, and of the others all but the newest `others`. */
export const filesToDrop = <F extends StoredFile>(files: readonly F[], keptArticles: ReadonlySet<string>, others: number): F[] => {
  const loose = files.filter((file) => file.articleId === null || !keptArticles.has(file.articleId));
  return [...loose].sort((a, b) => b.storedAt - a.storedAt || (a.path < b.path ? -1 : 1)).slice(others);
};

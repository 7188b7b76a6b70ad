// Lists as the build stores them (src/content/paged-list.ts): parts numbered from the oldest end, and a head
// with the newest page, the counts and the versions of the parts, so that a new item changes the head and the
// last part and nothing else.
import { createHash } from 'node:crypto';
import type { DataFile } from '../../src/content/data-files.ts';
import {
  headPage,
  pageRange,
  partsPage,
  PARTS_PER_VERSION,
  type ListHead,
  type ListPage,
  type ListPart,
} from '../../src/content/paged-list.ts';

/**
 * The version of each group of `PARTS_PER_VERSION` files: a hash of their JSON as the build writes it, so
 * it changes exactly when one of them does.
 */
export const versionsOf = (files: readonly unknown[], perVersion = PARTS_PER_VERSION): string[] => {
  const versions: string[] = [];
  for (let first = 0; first < files.length; first += perVersion) {
    const hash = createHash('sha256');
    for (const file of files.slice(first, first + perVersion)) hash.update(JSON.stringify(file)).update('\n');
    versions.push(hash.digest('hex').slice(0, 10));
  }
  return versions;
};

export interface StoredList<H, P> {
  head: H;
  parts: P[];
}

/**
 * `newestFirst` stored in parts of `pageSize` from its oldest end, with its head; `extra` adds what a page
 * of items carries besides them (the names it shows).
 */
export const storeList = <T, X extends object>(
  newestFirst: readonly T[],
  pageSize: number,
  extra: (items: readonly T[]) => X,
): StoredList<ListHead<T> & X, ListPart<T> & X> => {
  const oldestFirst = [...newestFirst].reverse();
  const parts: (ListPart<T> & X)[] = [];
  for (let first = 0; first < oldestFirst.length; first += pageSize) {
    const items = oldestFirst.slice(first, first + pageSize);
    parts.push({ first, items, ...extra(items) });
  }
  const items = newestFirst.slice(0, pageSize);
  return { head: { total: newestFirst.length, pageSize, items, versions: versionsOf(parts), ...extra(items) }, parts };
};

const noExtra = (): Record<string, never> => ({});

/** A list whose pages carry nothing but their items. */
export const storePlainList = <T>(newestFirst: readonly T[], pageSize: number) => storeList(newestFirst, pageSize, noExtra);

/**
 * Reader page `page` of a list among derived files (by path), put together from its head and parts as the
 * app does; undefined when the list or the page does not exist. For tests and tools that read the output.
 */
export const readListPage = <A extends unknown[], T>(
  files: ReadonlyMap<string, unknown>,
  list: { head: DataFile<A, ListHead<T>>; part: DataFile<[...A, number], ListPart<T>> },
  args: A,
  page: number,
): ListPage<T> | undefined => {
  const head = files.get(list.head.file(...args)) as ListHead<T> | undefined;
  if (!head) return undefined;
  const first = headPage(head);
  if (page === 1) return first;
  if (page > first.pageCount) return undefined;
  const parts = pageRange(head.total, head.pageSize, page).parts.map((number) => files.get(list.part.file(...args, number)) as ListPart<T>);
  return partsPage(first, page, parts);
};

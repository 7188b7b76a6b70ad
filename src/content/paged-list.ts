// A list that grows at its newest end (the latest articles, the quotes, the grants of an award), stored so
// that adding to it changes few files. The items are cut into parts of one page each, numbered from the
// oldest end, so a new item lands in the last part and every older part keeps its bytes; a small head holds
// the newest page and the counts. The reader still sees pages newest first: page 1 is the head, a later page
// is made of the one or two parts that hold its items. The head also gives a version of each group of parts
// (a hash of their bytes), which goes into their addresses: a part's address changes whenever its content
// does (a correction, a removal), so the servers can let browsers and CDNs keep any part for good.
import * as v from 'valibot';
import { Count } from './fields';
import type { ShownEntities } from './schema';

/** Parts per version in a head: 64 parts of 20 items share one, so a head grows by a few bytes per 1,280 items. */
export const PARTS_PER_VERSION = 64;

const PageSize = v.pipe(v.number(), v.integer(), v.minValue(1));
export const VersionSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{8,64}$/, 'a hexadecimal version'));

/** The head of a list: how many items, the page size, the newest page (newest first), the parts' versions. */
export const listHeadSchema = <S extends v.GenericSchema, E extends v.ObjectEntries>(item: S, extra: E) =>
  v.object({ total: Count, pageSize: PageSize, items: v.array(item), versions: v.array(VersionSchema), ...extra });

/** One part: the items from the `first`-th from the oldest end on, oldest first. */
export const listPartSchema = <S extends v.GenericSchema, E extends v.ObjectEntries>(item: S, extra: E) =>
  v.object({ first: Count, items: v.array(item), ...extra });

export interface ListHead<T> {
  total: number;
  pageSize: number;
  items: T[];
  versions: string[];
  entities?: ShownEntities;
}

export interface ListPart<T> {
  first: number;
  items: T[];
  entities?: ShownEntities;
}

/** One page of a list as the reader sees it, newest first. */
export interface ListPage<T> {
  page: number;
  pageCount: number;
  total: number;
  items: T[];
  /** The names of the people and awards the page shows (none for a list that shows no names). */
  entities: ShownEntities;
  /** How the list is stored, for the pages after the first: they are read from its parts. */
  stored: { pageSize: number; versions: string[] };
}

const NO_NAMES: ShownEntities = { people: {}, awards: {} };

export const pageCountOf = (total: number, pageSize: number): number => Math.max(1, Math.ceil(total / pageSize));

/** Which part holds an item, by its place from the oldest end. */
const partOf = (index: number, pageSize: number): number => Math.floor(index / pageSize);

/**
 * The items of reader page `page` (1 = newest) by their places from the oldest end, `from` included and
 * `to` not; the parts that hold them, ascending. Page 1 is the head and needs no part.
 */
export const pageRange = (total: number, pageSize: number, page: number): { from: number; to: number; parts: number[] } => {
  const to = Math.max(0, total - (page - 1) * pageSize);
  const from = Math.max(0, to - pageSize);
  if (page === 1 || to === 0) return { from, to, parts: [] };
  const parts: number[] = [];
  for (let part = partOf(from, pageSize); part <= partOf(to - 1, pageSize); part++) parts.push(part);
  return { from, to, parts };
};

/** The version of a part that its address carries. */
export const partVersion = (versions: readonly string[], part: number): string | undefined =>
  versions[Math.floor(part / PARTS_PER_VERSION)];

/** The first page: the head as it is. */
export const headPage = <T>(head: ListHead<T>): ListPage<T> => ({
  page: 1,
  pageCount: pageCountOf(head.total, head.pageSize),
  total: head.total,
  items: head.items,
  entities: head.entities ?? NO_NAMES,
  stored: { pageSize: head.pageSize, versions: head.versions },
});

/** A later page, from the first one and the parts `pageRange` named (in its order). */
export const partsPage = <T>(first: ListPage<T>, page: number, parts: readonly ListPart<T>[]): ListPage<T> => {
  const { from, to } = pageRange(first.total, first.stored.pageSize, page);
  const items: T[] = [];
  for (const part of parts)
    part.items.forEach((item, offset) => {
      const index = part.first + offset;
      if (index >= from && index < to) items.push(item);
    });
  return {
    ...first,
    page,
    items: items.reverse(),
    entities: {
      people: Object.assign({}, ...parts.map((part) => part.entities?.people)) as ShownEntities['people'],
      awards: Object.assign({}, ...parts.map((part) => part.entities?.awards)) as ShownEntities['awards'],
    },
  };
};

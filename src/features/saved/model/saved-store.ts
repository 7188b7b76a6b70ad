// The reader's saved articles, kept in this browser's IndexedDB (through `idb`): nothing is sent anywhere.
// Each entry holds what the saved list shows without the network: the headline of every language version.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Lang } from '../../../shared/languages';

export interface SavedArticle {
  id: string;
  /** When the reader saved it (ms since the epoch); the list shows the last saved first. */
  savedAt: number;
  publishedAt: string;
  /** The language it was written in: its headline is shown where the reader's language has none. */
  original: Lang;
  /** The headline of each language version. */
  headlines: Partial<Record<Lang, string>>;
}

interface SavedSchema extends DBSchema {
  articles: { key: string; value: SavedArticle };
}

const DB_NAME = 'reader-saved';
const STORE = 'articles';

let db: Promise<IDBPDatabase<SavedSchema>> | undefined;
const open = () =>
  (db ??= openDB<SavedSchema>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(STORE, { keyPath: 'id' });
    },
  }));

/** The saved articles, the last saved first. */
export const listSaved = async (): Promise<SavedArticle[]> =>
  (await (await open()).getAll(STORE)).sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : 1));

export const putSaved = async (article: SavedArticle): Promise<void> => {
  await (await open()).put(STORE, article);
};

export const deleteSaved = async (id: string): Promise<void> => {
  await (await open()).delete(STORE, id);
};

/** The headline a reader of `lang` is shown, and its language: their own version's, else the original's. */
export const headlineIn = (article: SavedArticle, lang: Lang): { text: string; lang: Lang } => {
  const own = article.headlines[lang];
  if (own !== undefined) return { text: own, lang };
  const original = article.headlines[article.original];
  if (original !== undefined) return { text: original, lang: article.original };
  const [first] = Object.entries(article.headlines) as [Lang, string][];
  return first ? { text: first[1], lang: first[0] } : { text: article.id, lang: article.original };
};

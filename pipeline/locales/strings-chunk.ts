// The build names each language's strings chunk `locale-<tag>-[hash].js` (vite.config.ts). Tags can
// begin with another tag (`kk-Latn`, `kk`) and a hash can hold `-`, so a prefix match is ambiguous; the
// hash has a fixed length (Vite's `[hash]`: 8 characters), so the tag is exactly what lies before it.
import { isLang, type Lang } from '../../src/shared/languages.ts';

const STRINGS_CHUNK = /^locale-(.+)-[\w-]{8}\.js$/;

/** Whose strings a built file holds, by its name or path (`/assets/locale-kk-Latn-CYYqWTn8.js` → `kk-Latn`); none for other files. */
export const stringsChunkLanguage = (file: string): Lang | undefined => {
  const tag = STRINGS_CHUNK.exec(file.slice(file.lastIndexOf('/') + 1))?.[1];
  return tag !== undefined && isLang(tag) ? tag : undefined;
};

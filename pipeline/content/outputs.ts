// What the build writes from the content besides the public folder's own files: the derived data, the
// JSON Schema, the articles whose photos carry their sizes, the derived (kk-Latn) versions, entities.json with
// the derived editions' names, and the photos' variants. The Vite plugin emits
// them in a full build; the incremental build (scripts/build.ts) writes the ones whose bytes changed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataFiles } from '../../src/content/data-files.ts';
import { SIDECAR } from '../../src/content/drafts.ts';
import { deriveFiles } from './derive.ts';
import { jsonSchemas } from './json-schema.ts';
import type { Content } from './load.ts';
import { photoVariants, withPhotoSizes, type Photo } from './photos.ts';

/**
 * The versions the public folder does not bring as the app receives them, by path under the site root:
 * those that show photos (with their sizes) and those the build derives (kk-Latn from kk); and
 * entities.json with the derived editions' names.
 */
export const builtFiles = (
  content: Pick<Content, 'entities'>,
  articles: Content['articles'],
  photos: Map<string, Photo>,
): Map<string, string> => {
  const files = new Map<string, string>([[dataFiles.entities.file(), JSON.stringify(content.entities)]]);
  for (const [id, versions] of articles)
    for (const { article } of versions)
      if (article.transliteratedFrom || (photos.size > 0 && article.body.some((block) => block.type === 'image')))
        files.set(dataFiles.article.file(id, article.lang), JSON.stringify(withPhotoSizes(article, photos)));
  return files;
};

/** Every file the content adds to the output, by path under the site root, in the order the build writes them. */
export const contentOutputs = async (
  content: Pick<Content, 'articles' | 'entities'>,
  photos: Map<string, Photo>,
  photoCache: string,
): Promise<Map<string, string | Buffer>> => {
  const files = new Map<string, string | Buffer>();
  for (const [fileName, data] of deriveFiles(content.articles, content.entities)) files.set(fileName, JSON.stringify(data));
  // The content format for editors' tools, made from the schema module at every build.
  for (const [name, schema] of Object.entries(jsonSchemas())) files.set(`schema/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  // Written over the editor's copy that the public folder brings (the same article, with its photos'
  // sizes; entities.json with the derived editions' names), or where it brings none (kk-Latn versions).
  for (const [fileName, source] of builtFiles(content, content.articles, photos)) files.set(fileName, source);
  for (const [fileName, source] of await photoVariants(photos.values(), photoCache)) files.set(fileName, source);
  return files;
};

/**
 * The public folder's files that are published as they are, by path under the site root: all but the
 * drafts and the importer's files (`unpublishDrafts` removes the same from a full build's output).
 */
export const publishedPublicFiles = (publicDir: string, drafts: Content['drafts']): Map<string, string> => {
  const files = new Map<string, string>();
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
      else files.set(path, join(folder, entry.name));
    }
  };
  walk(publicDir, '');
  for (const path of files.keys()) {
    const match = /^articles\/([^/]+)\/([^/]+)$/.exec(path);
    if (!match) continue;
    const [, id, name] = match;
    const draft = (drafts.get(id!) ?? []).some(({ article }) => `${article.lang}.json` === name);
    if (draft || SIDECAR.test(name!)) files.delete(path);
  }
  return files;
};

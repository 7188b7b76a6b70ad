// Validates the content at the start of every build and emits the data derived from it: the indexes, the
// photos' sizes and formats, and the articles as the app receives them (each photo with its size). In
// development the same is served from memory, so `npm run dev` and the production build cannot disagree.
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatFinding } from './content/check.ts';
import { deriveFiles } from './content/derive.ts';
import { unpublishDrafts } from './content/drafts.ts';
import { loadContent, withDrafts, type Content } from './content/load.ts';
import { builtFiles, contentOutputs } from './content/outputs.ts';
import { photoVariants, readPhotos, type Photo } from './content/photos.ts';
import { exitOnInvalidContent } from './content/refuse.ts';
import { dataFiles } from '../src/content/data-files.ts';

const report = (content: Content, warn: (line: string) => void): void => {
  for (const finding of content.warnings) warn(`warning: ${formatFinding(finding)}`);
};

export class ContentInvalidError extends Error {
  constructor(readonly lines: string[]) {
    super(`Invalid content (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'ContentInvalidError';
  }
}

export const contentPlugin = (root = process.cwd()): Plugin => {
  let content: Content | undefined;
  let photos = new Map<string, Photo>();
  let publicDir = `${root}/public`;
  const photoCache = join(root, 'node_modules/.cache/reader-photos');
  let outDir = `${root}/dist`;
  let building = false;
  const load = (): Content => {
    const loaded = loadContent(root, publicDir);
    // A build stops at invalid content with its problem lines alone; the dev server shows the error.
    if (building) exitOnInvalidContent(loaded.errors);
    if (loaded.errors.length) throw new ContentInvalidError(loaded.errors.map(formatFinding));
    return loaded;
  };
  return {
    name: 'reader-content',
    // The server renderer (built separately for prerendering) needs no content of its own, nor does the
    // app alone that the incremental build makes (READER_APP_ONLY, scripts/build.ts: it writes the content itself).
    apply: (_config, env) => !env.isSsrBuild && !process.env.READER_APP_ONLY,
    configResolved(config) {
      publicDir = config.publicDir;
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : `${config.root}/${config.build.outDir}`;
      building = config.command === 'build';
    },
    async buildStart() {
      content = load();
      photos = await readPhotos(publicDir, content.articles);
      report(content, (line) => this.warn(line));
      for (const file of content.articles.values()) for (const { file: name } of file) this.addWatchFile(`${root}/${name}`);
    },
    async generateBundle() {
      if (!content) return;
      for (const [fileName, source] of await contentOutputs(content, photos, photoCache))
        this.emitFile({ type: 'asset', fileName, source });
    },
    // The content folder is copied whole into the output; drafts and the importer's files leave it again.
    closeBundle() {
      if (content) unpublishDrafts(outDir, content.drafts);
    },
    configureServer(server) {
      // Derived anew only after a content file changes: the search index takes seconds at scale.
      let derived: Promise<{ data: Map<string, unknown>; files: Map<string, string | Buffer> }> | undefined;
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(publicDir)) derived = undefined;
      });
      const derive = async () => {
        // Development shows drafts too, so an editor can review them in place before publishing.
        const loaded = load();
        const articles = withDrafts(loaded);
        const shown = await readPhotos(publicDir, articles);
        const files = new Map<string, string | Buffer>([
          ...builtFiles(loaded, articles, shown),
          ...(await photoVariants(shown.values(), photoCache)),
        ]);
        return { data: deriveFiles(articles, loaded.entities), files };
      };
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '');
        if (!path?.startsWith('data/') && !path?.startsWith('articles/') && path !== dataFiles.entities.file()) return next();
        (derived ??= derive())
          .then(({ data, files }) => {
            const json = data.get(path);
            const file = files.get(path);
            if (json === undefined && file === undefined) return next();
            response.setHeader('content-type', typeof file === 'object' ? `image/${path.split('.').pop()}` : 'application/json');
            response.end(json === undefined ? file : JSON.stringify(json));
          })
          .catch(next);
      });
    },
  };
};

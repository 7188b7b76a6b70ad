// Validates the content at the start of every build and emits the data derived from it; in development
// the same data is served from memory, so `npm run dev` and the production build cannot disagree.
import type { Plugin } from 'vite';
import { formatFinding } from './content/check.ts';
import { deriveFiles } from './content/derive.ts';
import { unpublishDrafts } from './content/drafts.ts';
import { loadContent, withDrafts, type Content } from './content/load.ts';

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
  let publicDir = `${root}/public`;
  let outDir = `${root}/dist`;
  const load = (): Content => {
    const loaded = loadContent(root, publicDir);
    if (loaded.errors.length) throw new ContentInvalidError(loaded.errors.map(formatFinding));
    return loaded;
  };
  return {
    name: 'reader-content',
    // The server renderer (built separately for prerendering) needs no content of its own.
    apply: (_config, env) => !env.isSsrBuild,
    configResolved(config) {
      publicDir = config.publicDir;
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : `${config.root}/${config.build.outDir}`;
    },
    buildStart() {
      content = load();
      report(content, (line) => this.warn(line));
      for (const file of content.articles.values()) for (const { file: name } of file) this.addWatchFile(`${root}/${name}`);
    },
    generateBundle() {
      if (!content) return;
      for (const [fileName, data] of deriveFiles(content.articles, content.entities)) {
        this.emitFile({ type: 'asset', fileName, source: JSON.stringify(data) });
      }
    },
    // The content folder is copied whole into the output; drafts and the importer's files leave it again.
    closeBundle() {
      if (content) unpublishDrafts(outDir, content.drafts);
    },
    configureServer(server) {
      // Derived anew only after a content file changes: the search index takes seconds at scale.
      let derived: Map<string, unknown> | undefined;
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(publicDir)) derived = undefined;
      });
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '');
        if (!path?.startsWith('data/')) return next();
        try {
          if (!derived) {
            // Development shows drafts too, so an editor can review them in place before publishing.
            const loaded = load();
            derived = deriveFiles(withDrafts(loaded), loaded.entities);
          }
          const data = derived.get(path);
          if (data === undefined) return next();
          response.setHeader('content-type', 'application/json');
          response.end(JSON.stringify(data));
        } catch (error) {
          next(error);
        }
      });
    },
  };
};

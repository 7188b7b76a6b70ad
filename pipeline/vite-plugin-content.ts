// Validates the content at the start of every build and emits the data derived from it; in development
// the same data is served from memory, so `npm run dev` and the production build cannot disagree.
import type { Plugin } from 'vite';
import { formatFinding } from './content/check.ts';
import { deriveFiles } from './content/derive.ts';
import { loadContent, type Content } from './content/load.ts';
import { exitOnInvalidContent } from './content/refuse.ts';

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
    // The server renderer (built separately for prerendering) needs no content of its own.
    apply: (_config, env) => !env.isSsrBuild,
    configResolved(config) {
      publicDir = config.publicDir;
      building = config.command === 'build';
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
            const { articles, entities } = load();
            derived = deriveFiles(articles, entities);
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

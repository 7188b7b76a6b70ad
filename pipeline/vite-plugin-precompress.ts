// The app's code and styles never change under their hashed names, so they are compressed once, at the
// build, as hard as gzip goes (level 9), and the servers send those files (nginx: gzip_static; Node:
// scripts/serve.mjs) instead of compressing every response at a faster, weaker level.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSED = /\.(js|css|svg)$/;

export const precompressPlugin = (): Plugin => {
  let outDir = 'dist';
  let skip = false;
  return {
    name: 'reader-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      skip = Boolean(config.build.ssr);
    },
    writeBundle(_options, bundle) {
      if (skip) return;
      for (const fileName of Object.keys(bundle)) {
        if (!fileName.startsWith('assets/') || !COMPRESSED.test(fileName)) continue;
        const file = join(outDir, fileName);
        writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: constants.Z_BEST_COMPRESSION }));
      }
    },
  };
};

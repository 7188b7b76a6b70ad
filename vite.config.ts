import { dirname, relative, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './pipeline/vite-plugin-content.ts';
import { inlineHeadPlugin } from './pipeline/vite-plugin-inline-head.ts';
import { languageRulesPlugin } from './pipeline/vite-plugin-language-rules.ts';
import { precompressPlugin } from './pipeline/vite-plugin-precompress.ts';
import { DEFAULT_SITE_URL } from './src/shared/config/site.ts';

const siteDir = process.env.READER_SITE_DIR;
/** A source's path in a source map as seen from where the map is copied to (READER_SITE_DIR). */
const fromSite = (source: string, map: string): string => {
  const mapInSite = resolve(siteDir!, relative(resolve(process.env.READER_OUT_DIR ?? 'dist'), map));
  return relative(dirname(mapInSite), resolve(dirname(map), source))
    .split('\\')
    .join('/');
};

// READER_PUBLIC_DIR / READER_OUT_DIR build another content folder elsewhere (the test corpus).
export default defineConfig(({ isSsrBuild }) => ({
  publicDir: process.env.READER_PUBLIC_DIR ?? 'public',
  plugins: [react(), contentPlugin(), inlineHeadPlugin(), languageRulesPlugin(), precompressPlugin()],
  // One site URL for the prerendered head and the share links the pages render.
  define: { __SITE_URL__: JSON.stringify((process.env.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/$/, '')) },
  build: {
    outDir: process.env.READER_OUT_DIR ?? 'dist',
    rollupOptions: {
      output: {
        // Each language's strings get a findable name, so the prerender can preload the page's own (a
        // derived edition's strings are made by a module of their own: src/shared/i18n/messages-<tag>.ts).
        chunkFileNames: (chunk) => {
          const match = /(?:locales\/([^/]+)\/translation\.json|i18n\/messages-([^/]+)\.ts)$/.exec(chunk.facadeModuleId ?? '');
          const lang = match?.[1] ?? match?.[2];
          return lang ? `assets/locale-${lang}-[hash].js` : 'assets/[name]-[hash].js';
        },
        // The incremental build (scripts/build.ts) builds the app elsewhere and copies it into READER_SITE_DIR:
        // the source maps name the sources from there, and list the same ones as ignored, as a build straight into it does.
        ...(siteDir && {
          sourcemapPathTransform: fromSite,
          sourcemapIgnoreList: (source: string, map: string) => /node_modules/.test(fromSite(source, map)),
        }),
      },
    },
    target: 'es2022',
    // One stylesheet for the whole app, linked from index.html (and inlined there by the build): a lazily
    // loaded module's styles must not wait for its code.
    cssCodeSplit: false,
    // Which files each module needs: the prerender preloads a lazily loaded page's code with the page.
    manifest: true,
    sourcemap: true,
    // The server renderer reads content from the client build's output: a copy of the content folder
    // next to it (24,000 files at 10,000 articles) would only cost time.
    // The incremental build (scripts/build.ts) builds the app alone and copies only changed content itself.
    copyPublicDir: !isSsrBuild && !process.env.READER_APP_ONLY,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'pipeline/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
  },
}));

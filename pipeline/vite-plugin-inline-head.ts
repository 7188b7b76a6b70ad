// What every page needs before its first paint goes into its <head>, so that nothing but the HTML stands
// between the response and the headline: the reading settings as a script compiled from the app's own
// settings module, and, in the build, the whole stylesheet. The strict script and style policy allows
// exactly these two blocks by their SHA-256 hashes, which the build writes for both servers to send
// (deploy/inline-hashes.conf, read with deploy/security-headers.conf). The head also lists the app's
// code for preloading: the entry starts it only after the first paint (src/app/main.tsx).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';

/** The marker in index.html where the settings script goes. */
export const BEFORE_PAINT_MARKER = '<!--before-paint-->';
export const BEFORE_PAINT_ENTRY = 'src/features/reader-settings/model/before-paint.ts';

/** The settings module compiled into one small classic script (no modules: it runs while the parser waits). */
export const compileBeforePaint = async (root: string): Promise<string> => {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry: join(root, BEFORE_PAINT_ENTRY), formats: ['iife'], name: 'beforePaint' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${BEFORE_PAINT_ENTRY}: expected one script, got ${chunks.length}`);
  return chunks[0]!.code.trim();
};

/** A CSP source for exactly these bytes. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The contents of every inline `<script>` (not data blocks) and `<style>` element of a page. */
export const inlineBlocks = (html: string): { scripts: string[]; styles: string[] } => ({
  scripts: [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map(
    ([, text]) => text!,
  ),
  styles: [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, text]) => text!),
});

/**
 * The nginx variables that deploy/security-headers.conf puts into the policy, one `map` each (a constant:
 * every page carries the same blocks). scripts/serve.mjs reads the same file.
 */
export const renderInlineHashes = ({ scripts, styles }: { scripts: string[]; styles: string[] }): string =>
  [
    '# Written by the build (pipeline/vite-plugin-inline-head.ts): the hashes of the script and style every',
    '# page carries inline, for the policy in security-headers.conf. Do not edit; run `npm run build`.',
    `map $host $inline_script_hashes { default "${[...new Set(scripts.map(cspHash))].join(' ')}"; }`,
    `map $host $inline_style_hashes { default "${[...new Set(styles.map(cspHash))].join(' ')}"; }`,
    '',
  ].join('\n');

/** The chunks the entry imports dynamically, with everything they import statically, in load order. */
export const appCode = (bundle: Rollup.OutputBundle, entry: Rollup.OutputChunk | undefined): Set<string> => {
  const files = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (files.has(fileName) || chunk?.type !== 'chunk') return;
    files.add(fileName);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const fileName of entry?.dynamicImports ?? []) visit(fileName);
  for (const fileName of entry?.imports ?? []) files.delete(fileName);
  return files;
};

export const writeAtomically = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
};

export const inlineHeadPlugin = (root = process.cwd(), hashesFile = join(root, 'deploy/inline-hashes.conf')): Plugin => {
  let script: Promise<string> | undefined;
  let outDir = 'dist';
  let skip = false;
  return {
    name: 'reader-inline-head',
    configResolved(config) {
      outDir = config.build.outDir;
      // The server renderer has no page of its own; the settings script's own build has no index.html.
      skip = Boolean(config.build.ssr) || Boolean(config.build.lib);
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (skip) return html;
        if (!html.includes(BEFORE_PAINT_MARKER)) throw new Error(`index.html: no ${BEFORE_PAINT_MARKER} marker for the settings script`);
        script ??= compileBeforePaint(root);
        const code = await script;
        const page = html.replace(BEFORE_PAINT_MARKER, () => `<script>${code}</script>`);
        if (!context.bundle) return page;
        // The build: the stylesheet Vite linked goes into the page itself, and the code the entry imports
        // once the page is painted is fetched from the start (modulepreload fetches and compiles a module
        // without running it).
        const bundle = context.bundle;
        const preloads = [...appCode(bundle, context.chunk)]
          .map((fileName) => `<link rel="modulepreload" crossorigin href="/${fileName}">`)
          .join('\n    ');
        return page
          .replace('</head>', () => `  ${preloads}\n  </head>`)
          .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_link, fileName: string) => {
            const asset = bundle[fileName];
            if (asset?.type !== 'asset') throw new Error(`index.html links ${fileName}, which the build did not write`);
            const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
            if (/<\/style/i.test(css)) throw new Error(`${fileName} cannot be inlined: it contains </style`);
            return `<style>${css.trim()}</style>`;
          });
      },
    },
    writeBundle() {
      if (skip) return;
      const html = readFileSync(resolve(root, outDir, 'index.html'), 'utf8');
      writeAtomically(hashesFile, renderInlineHashes(inlineBlocks(html)));
    },
  };
};

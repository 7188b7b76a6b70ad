// The peer: the same article as a Next.js static export (`output: 'export'`, system fonts, no web fonts),
// the way a team would publish it with the most common React framework. Built in .bench/peer/ (git-ignored)
// with its own package.json, so Next.js is never a dependency of the reader: `npm install` there, then
// `next build`. Both are skipped when nothing changed since the last run (the install takes about a
// minute, the build half of one).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL_CSS, type Markup } from './article-markup.ts';

/** The Next.js major compared with: the current one when this was written. */
export const NEXT_MAJOR = 16;
const DIR = '.bench/peer';
/** Where the pages are served from: the export's asset addresses carry it. */
export const PEER_PREFIX = '/__peer';

const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, {
    cwd: DIR,
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0)
    throw new Error(
      `peer: ${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n')}`,
    );
};

/** The peer's source: a layout with the page's head and the shared CSS, and a page that renders the markup. */
const sources = ({ markup, title, description, lang }: { markup: Markup; title: string; description: string; lang: string }) => ({
  'package.json': `${JSON.stringify({ name: 'reader-bench-peer', private: true, dependencies: { next: `^${NEXT_MAJOR}`, react: '^19', 'react-dom': '^19' } }, null, 2)}\n`,
  'next.config.mjs': `export default { output: 'export', basePath: '${PEER_PREFIX}' };\n`,
  'app/globals.css': `${MINIMAL_CSS}\n`,
  'app/article.json': JSON.stringify(markup),
  'app/layout.jsx': `import './globals.css';

export const metadata = ${JSON.stringify({ title, description })};

export default function RootLayout({ children }) {
  return (
    <html lang="${lang}">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.jsx': `import { createElement } from 'react';
import article from './article.json';

const PROPS = { datetime: 'dateTime' };
const render = (node) =>
  typeof node === 'string'
    ? node
    : createElement(
        node.tag,
        Object.fromEntries(Object.entries(node.attrs ?? {}).map(([name, value]) => [PROPS[name] ?? name, value])),
        ...node.children.map(render),
      );

export default function Page() {
  return <main>{render(article)}</main>;
}
`,
});

/**
 * Writes the peer, installs and builds it where needed, and copies its export to `into` (served at
 * /__peer/). Returns the Next.js version it was built with.
 */
export const buildPeer = (input: Parameters<typeof sources>[0], into: string): { version: string; built: boolean } => {
  mkdirSync(join(DIR, 'app'), { recursive: true });
  const files = sources(input);
  const installed = join(DIR, 'node_modules/next/package.json');
  const packageChanged =
    !existsSync(join(DIR, 'package.json')) || readFileSync(join(DIR, 'package.json'), 'utf8') !== files['package.json'];
  for (const [name, text] of Object.entries(files)) writeFileSync(join(DIR, name), text);
  if (packageChanged || !existsSync(installed)) {
    console.log(`peer: installing Next.js ${NEXT_MAJOR} into ${DIR} (npm install)`);
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  }
  const { version } = JSON.parse(readFileSync(installed, 'utf8')) as { version: string };
  const stamp = createHash('sha256')
    .update(JSON.stringify([files, version]))
    .digest('hex');
  const stampFile = join(DIR, 'out/.bench-stamp');
  const built = !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp;
  if (built) {
    console.log(`peer: building the article with Next.js ${version} (next build, output: 'export')`);
    rmSync(join(DIR, 'out'), { recursive: true, force: true });
    run('npx', ['--no-install', 'next', 'build']);
    writeFileSync(stampFile, stamp);
  }
  rmSync(into, { recursive: true, force: true });
  cpSync(join(DIR, 'out'), into, { recursive: true });
  return { version, built };
};

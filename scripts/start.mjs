// `npm start`: builds when the sources are newer than the last build, then serves it on Node alone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveOrExit } from './serve.mjs';

const SOURCES = ['src', 'public', 'locales', 'pipeline', 'scripts', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];
const STAMP = 'dist/.build-stamp';

const newest = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
};

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
if (!built || SOURCES.some((source) => newest(source) > built)) {
  console.log('Building the reader…');
  // The build says what is wrong itself (invalid content: one line per problem, then a summary).
  const { status } = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (status !== 0) {
    console.error('npm start: the reader was not built, so it is not served.');
    process.exit(status ?? 1);
  }
  writeFileSync(STAMP, new Date().toISOString());
}
await serveOrExit({ root: 'dist' }, 'PORT=8080 npm start');

// `npm start`: builds when the sources are newer than the last build, then serves it on Node alone.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';

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
  execSync('npm run build', { stdio: 'inherit' });
  writeFileSync(STAMP, new Date().toISOString());
}
await serve({ root: 'dist' });

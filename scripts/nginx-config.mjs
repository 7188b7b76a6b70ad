// deploy/nginx.conf for a server started from this project (the end-to-end tests, the bench): the same
// config as production, on another port, for another build folder, with its pid file and included files
// found from .nginx/, where the copy is written. `locations` are added to the server block as they are.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Writes the config and returns the nginx arguments that start it. */
export const nginxConfig = ({ name, port, root, locations = '' }) => {
  const deploy = resolve('deploy');
  // Started as root, nginx's worker would drop to an unprivileged user, which cannot enter a checkout in a
  // private folder (a root user's home, any `mktemp -d`): a server started from here stays root, as its
  // master is. Started by anyone else, it runs as that user, who can read their own checkout.
  const asRoot = process.getuid?.() === 0;
  const config = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/^daemon off;$/m, asRoot ? 'daemon off;\nuser root;' : 'daemon off;')
    .replace(/listen 127\.0\.0\.1:\d+;/, `listen 127.0.0.1:${port};`)
    .replace(/pid [^;]+;/, `pid .nginx/${name}.pid;`)
    .replace(/root dist;/, `root ${root};`)
    // The copy lives in .nginx/, so the shared files are included by their full path.
    .replace(/include ([\w-]+)\.conf;/g, (_, file) => `include ${deploy}/${file}.conf;`)
    .replace(/(\n {2}server \{\n)/, (server) => `${server}${locations}`);
  mkdirSync('.nginx', { recursive: true });
  const file = `.nginx/${name}.conf`;
  writeFileSync(file, config);
  return ['-p', `${process.cwd()}/`, '-e', 'stderr', '-c', file];
};

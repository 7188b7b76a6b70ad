// Serves the production build for the end-to-end tests: with nginx and the real deploy/nginx.conf where
// nginx is installed, else with the Node server that `npm start` uses.
// `node scripts/e2e-server.mjs PORT [DIR]` (DIR defaults to dist).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serveOrExit } from './serve.mjs';

const port = Number(process.argv[2] ?? 4174);
const root = process.argv[3] ?? 'dist';
// Debian installs nginx in /usr/sbin, which is on root's PATH but not on other users'.
const nginxCommand =
  process.env.E2E_SERVER === 'node' ? undefined : ['nginx', '/usr/sbin/nginx'].find((command) => spawnSync(command, ['-v']).status === 0);

if (nginxCommand) {
  // The same config as production, on the test port: only the `listen` line differs, and whose files
  // it serves. Started as root, nginx's worker would drop to an unprivileged user, which cannot enter a
  // checkout in a private folder (a root user's home, any `mktemp -d`): the test server stays root, as
  // its master is. Started by anyone else, it runs as that user, who can read their own checkout.
  mkdirSync('.nginx', { recursive: true });
  const asRoot = process.getuid?.() === 0;
  const config = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/^daemon off;$/m, asRoot ? 'daemon off;\nuser root;' : 'daemon off;')
    .replace(/listen 127\.0\.0\.1:\d+;/, `listen 127.0.0.1:${port};`)
    .replace(/pid [^;]+;/, `pid .nginx/e2e-${port}.pid;`)
    .replace(/root dist;/, `root ${root};`)
    // The copy lives in .nginx/, so the shared headers are included by their full path.
    .replaceAll('include security-headers.conf;', `include ${process.cwd()}/deploy/security-headers.conf;`);
  const file = `.nginx/e2e-${port}.conf`;
  writeFileSync(file, config);
  console.log(`e2e server: nginx (deploy/nginx.conf) on port ${port} for ${root}/`);
  const nginx = spawn(nginxCommand, ['-p', `${process.cwd()}/`, '-e', 'stderr', '-c', file], { stdio: 'inherit' });
  const stop = () => nginx.kill('SIGQUIT');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  nginx.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`e2e server: Node (scripts/serve.mjs) on port ${port} for ${root}/`);
  await serveOrExit({ root, port }, `E2E_PORT=${port + 100} npm run test:e2e`);
}

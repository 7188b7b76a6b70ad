// Serves the production build for the end-to-end tests: with nginx and the real deploy/nginx.conf where
// nginx is installed, else with the Node server that `npm start` uses. `node scripts/e2e-server.mjs PORT`
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serve } from './serve.mjs';

const port = Number(process.argv[2] ?? 4174);
const hasNginx = spawnSync('nginx', ['-v']).status === 0 && process.env.E2E_SERVER !== 'node';

if (hasNginx) {
  // The same config as production, on the test port: only the `listen` line differs.
  mkdirSync('.nginx', { recursive: true });
  const config = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/listen 127\.0\.0\.1:\d+;/, `listen 127.0.0.1:${port};`)
    .replace(/pid [^;]+;/, `pid .nginx/e2e-${port}.pid;`);
  writeFileSync('.nginx/e2e.conf', config);
  console.log(`e2e server: nginx (deploy/nginx.conf) on port ${port}`);
  const nginx = spawn('nginx', ['-p', `${process.cwd()}/`, '-e', 'stderr', '-c', '.nginx/e2e.conf'], { stdio: 'inherit' });
  const stop = () => nginx.kill('SIGQUIT');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  nginx.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`e2e server: Node (scripts/serve.mjs) on port ${port}`);
  await serve({ root: 'dist', port });
}

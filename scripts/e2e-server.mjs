// Serves the production build for the end-to-end tests: with nginx and the real deploy/nginx.conf where
// nginx is installed, else with the Node server that `npm start` uses.
// `node scripts/e2e-server.mjs PORT [DIR]` (DIR defaults to dist).
import { spawn, spawnSync } from 'node:child_process';
import { nginxConfig } from './nginx-config.mjs';
import { serveOrExit } from './serve.mjs';

const port = Number(process.argv[2] ?? 4174);
const root = process.argv[3] ?? 'dist';
// Debian installs nginx in /usr/sbin, which is on root's PATH but not on other users'.
const nginxCommand =
  process.env.E2E_SERVER === 'node' ? undefined : ['nginx', '/usr/sbin/nginx'].find((command) => spawnSync(command, ['-v']).status === 0);

if (nginxCommand) {
  // The same config as production, on the test port (scripts/nginx-config.mjs).
  console.log(`e2e server: nginx (deploy/nginx.conf) on port ${port} for ${root}/`);
  const nginx = spawn(nginxCommand, nginxConfig({ name: `e2e-${port}`, port, root }), { stdio: 'inherit' });
  const stop = () => nginx.kill('SIGQUIT');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  nginx.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`e2e server: Node (scripts/serve.mjs) on port ${port} for ${root}/`);
  await serveOrExit({ root, port }, `E2E_PORT=${port + 100} npm run test:e2e`);
}

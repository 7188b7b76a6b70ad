// Serves the production build for the end-to-end tests: with nginx and the real deploy/nginx.conf where
// nginx is installed, else with the Node server that `npm start` uses.
// `node scripts/e2e-server.mjs PORT [DIR]` (DIR defaults to dist).
import { spawn, spawnSync } from 'node:child_process';
import { nginxConfig } from './nginx-config.mjs';
import { serve } from './serve.mjs';

const port = Number(process.argv[2] ?? 4174);
const root = process.argv[3] ?? 'dist';
const hasNginx = spawnSync('nginx', ['-v']).status === 0 && process.env.E2E_SERVER !== 'node';

if (hasNginx) {
  // The same config as production, on the test port.
  console.log(`e2e server: nginx (deploy/nginx.conf) on port ${port} for ${root}/`);
  const nginx = spawn('nginx', nginxConfig({ name: `e2e-${port}`, port, root }), { stdio: 'inherit' });
  const stop = () => nginx.kill('SIGQUIT');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  nginx.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`e2e server: Node (scripts/serve.mjs) on port ${port} for ${root}/`);
  await serve({ root, port });
}

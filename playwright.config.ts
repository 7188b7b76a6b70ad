import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromium, defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4174);
/** The same app built with the synthetic test corpus (`npm run build:fixtures`), never shipped. */
const FIXTURES_PORT = PORT + 1;

/** Debian's Chromium where it is installed (CI), else Playwright's own browser on a contributor's machine. */
const executablePath = (): string | undefined => {
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(system)) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    `No Chromium found. Install one of: \`apt-get install chromium\` (then it is used from ${system}, or set CHROMIUM_PATH) or \`npx playwright install chromium\`.`,
  );
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Budgets, not measurements: time for a test to finish on a shared, busy machine (2 cores, others'
  // suites running). A passing test takes what it takes; only a failing one waits this long.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two per core (at most 8): a test spends much of its time waiting (for the page, the network, a
  // retry's delay), and another test's work fills that time.
  workers: Math.min(8, 2 * availableParallelism()),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  projects: [
    { name: 'site', testIgnore: 'corpus/**', use: { baseURL: `http://127.0.0.1:${PORT}` } },
    { name: 'corpus', testMatch: 'corpus/**/*.spec.ts', use: { baseURL: `http://127.0.0.1:${FIXTURES_PORT}` } },
  ],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: executablePath(),
      args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1', '--disable-gpu', '--disable-quic'],
    },
    trace: 'retain-on-failure',
    // The service worker answers requests once it has taken over, which happens at its own pace after the
    // first load: a test that intercepts requests would race it. Registration still runs (under the
    // content security policy); the specs about reading offline allow the worker (e2e/corpus/offline.spec.ts).
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `node scripts/e2e-server.mjs ${PORT} dist`,
      url: `http://127.0.0.1:${PORT}/en/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      command: `node scripts/e2e-server.mjs ${FIXTURES_PORT} dist-fixtures`,
      url: `http://127.0.0.1:${FIXTURES_PORT}/en/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});

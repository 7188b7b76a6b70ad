// `npm run bench`: measures what a reader's browser loads, against budgets. Builds first, serves the
// production build with the Node server on a free port, and opens pages in Chromium.
// Prints one line per measure and exits non-zero when a budget is exceeded.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const SEED = '/en/articles/2023-04-27-assembly-32nd-session';
const BUDGETS = {
  /** Issue budget now; the product target is 110 KB. */
  articleJsGzipKB: 130,
};

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

if (!process.argv.includes('--no-build')) execSync('npm run --silent build', { stdio: 'inherit' });
const server = await serve({ root: 'dist', port: 0 });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath,
  args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1', '--disable-gpu'],
});
const failures = [];

const check = (label, value, unit, budget) => {
  const ok = budget === undefined || value <= budget;
  if (!ok) failures.push(label);
  console.log(`${label}: ${value.toFixed(1)} ${unit}${budget === undefined ? '' : ` (budget ${budget} ${unit}${ok ? '' : ', OVER'})`}`);
};

try {
  // All JavaScript the article page loads, gzip-compressed as a server would send it.
  const page = await browser.newPage();
  const scripts = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script')
      scripts.push(response.body().then((body) => ({ url: response.url(), bytes: gzipSync(body, { level: 9 }).length })));
  });
  await page.goto(`${base}${SEED}`, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  const sizes = await Promise.all(scripts);
  for (const { url, bytes } of sizes) console.log(`  ${new URL(url).pathname}: ${(bytes / 1024).toFixed(1)} KB gzip`);
  check('article page JavaScript', sizes.reduce((sum, s) => sum + s.bytes, 0) / 1024, 'KB gzip', BUDGETS.articleJsGzipKB);
} finally {
  await browser.close();
  server.close();
}

console.log(failures.length ? `bench: over budget: ${failures.join(', ')}` : 'bench: all budgets met');
process.exit(failures.length ? 1 : 0);

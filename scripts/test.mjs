// `npm test`: every check a reviewer needs, in order, with one plain summary line per suite.
// Runs on: type-check, lint, formatting, unit tests, locale parity, content check, the importer's evaluation,
// build (the site, and
// the same app with a synthetic test corpus), HTML validity of every built page, incremental builds equal to
// full ones, end-to-end.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = [];
const run = (name, command, args, { summary } = {}) => {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const ok = status === 0;
  const line = summary?.(ok) ?? `${name}: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`;
  results.push({ name, ok, line, seconds: ((Date.now() - started) / 1000).toFixed(1) });
  return ok;
};

const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

const vitestSummary = (ok) => {
  const report = readJson('test-results/unit.json');
  if (!report) return `unit: 0 passed, 1 failed (no report${ok ? '' : '; the run failed before reporting'})`;
  // A suite that fails to load counts as a failure even when no single test failed.
  return `unit: ${report.numPassedTests} passed, ${report.numFailedTests || (ok ? 0 : 1)} failed`;
};

const htmlSummary = (ok) =>
  readJson('test-results/html.json')?.line ?? `html: 0 passed, 1 failed (no report${ok ? '' : '; the check failed before reporting'})`;

const playwrightSummary = (ok) => {
  const report = readJson('test-results/e2e.json');
  if (!report) return 'e2e: 0 passed, 1 failed (no report)';
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  const failed = unexpected || (ok ? 0 : 1);
  return `e2e: ${expected + flaky} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
};

rmSync('test-results/unit.json', { force: true });
rmSync('test-results/e2e.json', { force: true });
rmSync('test-results/html.json', { force: true });
rmSync('test-results/incremental.json', { force: true });

const npx = (...args) => ['npx', ['--no-install', ...args]];
run('types', ...npx('tsc', '-p', '.'));
run('lint', ...npx('eslint', '.', '--max-warnings', '0'));
run('format', ...npx('prettier', '--check', '.', '--log-level', 'warn'));
run('unit', ...npx('vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'), {
  summary: vitestSummary,
});
run('locales', ...npx('tsx', 'scripts/check-locales.ts'), { summary: (ok) => `locales: ${ok ? 2 : 0} passed, ${ok ? 0 : 2} failed` });
run('content', ...npx('tsx', 'scripts/check-content.ts'));
// Fast (about 3 s) and deterministic: the importer's held-out figures are a check like any other.
run('import-eval', ...npx('tsx', 'scripts/import-eval.ts'));
const built = run('build', 'npm', ['run', '--silent', 'build']) && run('build (test corpus)', 'npm', ['run', '--silent', 'build:fixtures']);
if (built)
  run('html', ...npx('tsx', 'scripts/check-html.ts', 'dist', 'dist-fixtures', '--report', 'test-results/html.json'), {
    summary: htmlSummary,
  });
// Small corpus, six edits: an incremental build after each equals a full one, byte for byte (about 3 minutes).
if (built)
  run('incremental', ...npx('tsx', 'scripts/check-incremental.ts', '--report', 'test-results/incremental.json'), {
    summary: (ok) =>
      readJson('test-results/incremental.json')?.line ??
      `incremental: 0 passed, 1 failed (no report${ok ? '' : '; the check failed before reporting'})`,
  });
if (built) run('e2e', ...npx('playwright', 'test'), { summary: playwrightSummary });
else results.push({ name: 'e2e', ok: false, line: 'e2e: 0 passed, 1 failed (not run: the build failed)', seconds: '0.0' });

console.log('\nSummary');
for (const { line, seconds } of results) console.log(`${line}  (${seconds} s)`);
const failed = results.filter((r) => !r.ok).map((r) => r.name);
console.log(failed.length ? `FAILED: ${failed.join(', ')}` : 'All checks passed.');
process.exit(failed.length ? 1 : 0);

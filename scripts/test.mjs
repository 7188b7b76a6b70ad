// `npm test`: every check a reviewer needs, in order, with one plain summary line per suite.
// Runs on: type-check, lint, formatting, unit tests, locale parity, content check, the importer's evaluation,
// build (the site, and
// the same app with a synthetic test corpus), HTML validity of every built page, incremental builds equal to
// full ones, end-to-end.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/** Clock ticks per second, the unit of /proc's CPU times (100 on every Linux we run on). */
const ticksPerSecond = () => {
  const { stdout, status } = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  return status === 0 && Number(stdout) > 0 ? Number(stdout) : 100;
};
const TICKS = process.platform === 'linux' ? ticksPerSecond() : 0;

/**
 * CPU seconds (user + system) of the child processes this process has waited for, or undefined off Linux.
 * Fields 16 and 17 of /proc/self/stat (cutime, cstime) count a child once it has ended, with its own waited-for
 * children: a stage's CPU time is what the suite itself cost, whatever the machine's load made its wall time.
 */
const childCpuSeconds = () => {
  if (!TICKS) return undefined;
  // The command name (field 2) may hold spaces; the fields after it start past its closing parenthesis.
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / TICKS;
};

const results = [];
const run = (name, command, args, { summary } = {}) => {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const cpuBefore = childCpuSeconds();
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const cpuAfter = childCpuSeconds();
  const ok = status === 0;
  const line = summary?.(ok) ?? `${name}: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`;
  const cpu = cpuBefore === undefined ? undefined : cpuAfter - cpuBefore;
  results.push({ name, ok, line, seconds: (Date.now() - started) / 1000, cpu });
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
else results.push({ name: 'e2e', ok: false, line: 'e2e: 0 passed, 1 failed (not run: the build failed)', seconds: 0, cpu: 0 });

// Wall time depends on what else the machine runs; CPU time (user + system of the stage's processes) is what
// the stage itself costs.
const times = ({ seconds, cpu }) => `${seconds.toFixed(1)} s${cpu === undefined ? '' : `, CPU ${cpu.toFixed(1)} s`}`;
const total = (key) => results.reduce((sum, result) => sum + (result[key] ?? 0), 0);
console.log('\nSummary');
for (const result of results) console.log(`${result.line}  (${times(result)})`);
console.log(`total: ${times({ seconds: total('seconds'), cpu: TICKS ? total('cpu') : undefined })}`);
const failed = results.filter((r) => !r.ok).map((r) => r.name);
console.log(failed.length ? `FAILED: ${failed.join(', ')}` : 'All checks passed.');
process.exit(failed.length ? 1 : 0);

// Content the build refuses: the problem lines and a one-line summary, and the process ends there. Neither
// Vite's nor Node's stack trace follows: they would only say where the build stopped, not what to fix.
import { formatFinding, type Finding } from './check.ts';

/** The summary under the problem lines. */
export const refusalSummary = (count: number): string =>
  `content: ${count} error${count === 1 ? '' : 's'}, the site was not built. Fix the lines above; \`npm run content:check\` checks again.`;

/** Prints every error and the summary, then exits with status 1; does nothing when there are none. */
export const exitOnInvalidContent = (errors: readonly Finding[]): void => {
  if (!errors.length) return;
  for (const error of errors) console.error(`error: ${formatFinding(error)}`);
  console.error(refusalSummary(errors.length));
  process.exit(1);
};

// Property tests are reproducible by default and random on purpose:
//   npm test                       the same seed every run (DEFAULT_SEED), so a failure is the code's, not the dice's
//   npm run test:properties        a fresh seed per file and ten times the cases
//   PROPERTY_SEED=… PROPERTY_PATH=… npx vitest run <file>   replays one failure (every failure prints this line)
import fc from 'fast-check';
import { expect } from 'vitest';

/** The seed `npm test` uses; any 32-bit integer would do. */
export const DEFAULT_SEED = 20230427;

const readSeed = (value: string | undefined): number => {
  if (value === undefined || value === '') return DEFAULT_SEED;
  if (value === 'random') return (Date.now() ^ (Math.random() * 0x1_0000_0000)) | 0;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`PROPERTY_SEED must be an integer or "random", not ${JSON.stringify(value)}`);
  return seed;
};

const readScale = (value: string | undefined): number => {
  if (value === undefined || value === '') return 1;
  const scale = Number(value);
  if (!(scale > 0)) throw new Error(`PROPERTY_SCALE must be a positive number, not ${JSON.stringify(value)}`);
  return scale;
};

const seed = readSeed(process.env.PROPERTY_SEED);
const path = process.env.PROPERTY_PATH || undefined;
/** How many times the cases each property states: more with PROPERTY_SCALE. */
export const PROPERTY_SCALE = readScale(process.env.PROPERTY_SCALE);

if (process.env.PROPERTY_SEED === 'random') console.log(`property tests: seed ${seed}, ${PROPERTY_SCALE}× the cases`);

/** A test's time limit, grown with the number of cases. */
export const scaledTimeout = (ms: number): number => Math.round(ms * PROPERTY_SCALE);

const quote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The one command that runs the failed case again, and nothing else of the file's properties. */
const replayCommand = (failedSeed: number, failedPath: string): string => {
  const { testPath, currentTestName } = expect.getState();
  const file = testPath ? testPath.replace(`${process.cwd()}/`, '') : '<test file>';
  // Vitest matches -t against the describe and test names joined by spaces.
  const name = currentTestName ? ` -t ${quote(`^${escapeRegExp(currentTestName.replaceAll(' > ', ' '))}$`)}` : '';
  return `PROPERTY_SEED=${failedSeed} PROPERTY_PATH=${quote(failedPath)} npx vitest run ${file}${name}`;
};

/**
 * `fc.assert` with the suite's seed and `runs` cases (times PROPERTY_SCALE). A failure names its seed and
 * path, the smallest input found, and the command that replays it.
 */
export const assertProperty = <Ts>(property: fc.IProperty<Ts>, { runs }: { runs: number }): void =>
  fc.assert(property, {
    seed,
    path,
    numRuns: Math.max(1, Math.round(runs * PROPERTY_SCALE)),
    reporter: (details) => {
      if (!details.failed) return;
      const report = fc.defaultReportMessage(details) ?? 'the property failed';
      throw new Error(`${report}\n\nReplay: ${replayCommand(details.seed, details.counterexamplePath ?? '')}`, {
        cause: details.errorInstance,
      });
    },
  });

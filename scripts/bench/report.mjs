// How the bench prints: one line per measure, its budget and OVER when exceeded; failures collected for
// the last line and the exit code. Also the machine-load line printed after each timing group.
import { availableParallelism } from 'node:os';
import { otherProcessesLoad } from './machine.mjs';

export const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

export const spread = (xs, digits = 0) =>
  ` (median of ${xs.length}, min ${Math.min(...xs).toFixed(digits)}, max ${Math.max(...xs).toFixed(digits)})`;

export const createReport = () => {
  const failures = [];
  /** One line: `label: value unit note (budget …[, OVER])`. `ok: false` fails it whatever the value. */
  const check = (label, value, unit, budget, { digits = 1, note = '', ok: alsoOk = true } = {}) => {
    const ok = alsoOk && (budget === undefined || value <= budget);
    if (!ok) failures.push(label);
    const limit = budget === undefined ? '' : ` (budget ${budget} ${unit}${ok ? '' : ', OVER'})`;
    console.log(`${label}: ${value.toFixed(digits)} ${unit}${note}${limit}`);
    return ok;
  };
  /**
   * Starts counting other processes' CPU for one group of timings; the function it returns prints the
   * machine line for that group.
   */
  const machine = (group) => {
    const stop = otherProcessesLoad();
    return () => {
      const others = stop();
      if (others === null) return;
      const busy = others > 0.25;
      console.log(
        `machine (${group}): other processes used ${others.toFixed(2)} of ${availableParallelism()} cores while measuring${busy ? ' (busy: timings are not reliable, run again on a quiet machine)' : ''}`,
      );
    };
  };
  return { check, machine, failures };
};

// The bench's report: one printed line per measure with its budget and OVER or UNDER when missed, the
// failures collected for the last line and the exit code, and the machine-load line after each group of
// timings. Every line is also kept, for the written report (docs/bench/).
import { availableParallelism } from 'node:os';
import { otherProcessesLoad } from './machine.ts';

/** Cores that other processes may use on average while the bench times something, before it says "busy". */
export const BUSY_CORES = 0.25;

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export const spread = (xs: readonly number[], digits = 0): string =>
  ` (median of ${xs.length}, min ${Math.min(...xs).toFixed(digits)}, max ${Math.max(...xs).toFixed(digits)})`;

/** A budget: a most (`max`), the default, or a least (`min`, for scores). */
export type Budget = { max: number } | { min: number };

export interface CheckOptions {
  digits?: number;
  note?: string;
  /** `false` fails the line whatever its value. */
  ok?: boolean;
}

export interface Line {
  label: string;
  value: number;
  unit: string;
  digits: number;
  budget?: Budget;
  ok: boolean;
  note: string;
}

export interface MachineLoad {
  group: string;
  /** Cores other processes used on average while the group was measured. */
  others: number;
  busy: boolean;
}

export const withinBudget = (value: number, budget: Budget | undefined): boolean =>
  budget === undefined || ('max' in budget ? value <= budget.max : value >= budget.min);

const withUnit = (value: string, unit: string) => (unit ? `${value} ${unit}` : value);

export const budgetText = (budget: Budget, unit: string): string =>
  'max' in budget ? `at most ${withUnit(String(budget.max), unit)}` : `at least ${withUnit(String(budget.min), unit)}`;

export const lineValue = (line: Pick<Line, 'value' | 'digits' | 'unit'>): string => withUnit(line.value.toFixed(line.digits), line.unit);

export const createReport = () => {
  const failures: string[] = [];
  const lines: Line[] = [];
  const loads: MachineLoad[] = [];
  /** One line: `label: value unit note (budget …[, OVER])`; a number alone is a maximum. */
  const check = (
    label: string,
    value: number,
    unit: string,
    limit?: number | Budget,
    { digits = 1, note = '', ok: alsoOk = true }: CheckOptions = {},
  ): boolean => {
    const budget = typeof limit === 'number' ? { max: limit } : limit;
    const ok = alsoOk && withinBudget(value, budget);
    if (!ok) failures.push(label);
    lines.push({ label, value, unit, digits, ...(budget && { budget }), ok, note });
    const missed = budget && 'min' in budget ? 'UNDER' : 'OVER';
    const shown = budget ? ` (budget ${budgetText(budget, unit)}${ok ? '' : `, ${missed}`})` : ok ? '' : ' (FAILED)';
    console.log(`${label}: ${lineValue({ value, digits, unit })}${note}${shown}`);
    return ok;
  };
  /**
   * Starts counting other processes' CPU for one group of timings; the function it returns prints the
   * machine line for that group.
   */
  const machine = (group: string) => {
    const stop = otherProcessesLoad();
    return () => {
      const others = stop();
      if (others === null) return;
      const busy = others > BUSY_CORES;
      loads.push({ group, others, busy });
      console.log(
        `machine (${group}): other processes used ${others.toFixed(2)} of ${availableParallelism()} cores while measuring${busy ? ' (busy: timings are not reliable, run again on a quiet machine)' : ''}`,
      );
    };
  };
  return { check, machine, failures, lines, loads };
};

export type Report = ReturnType<typeof createReport>;

// How much CPU other processes took while the bench measured. On a busy machine (another build or test run
// on the same 2 cores) the app's extra work competes for CPU and its LCP ratio rises well past what a quiet
// machine shows, so the timings need this next to them. Linux only (/proc); elsewhere it reports nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: /proc counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

const machineBusy = (): number => {
  const [total = ''] = readFileSync('/proc/stat', 'utf8').split('\n');
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = total.trim().split(/\s+/).slice(1).map(Number);
  return user + nice + system + irq + softirq + steal;
};

/**
 * pid → { ppid, ticks } for every process that can still be read; ticks are its user and system time and
 * that of its children it has reaped (cutime, cstime), so a process that ran and exited between two looks
 * is still counted: in the ticks of the parent that waited for it.
 */
const processes = (): Map<number, { ppid: number; ticks: number }> => {
  const all = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name in parentheses may hold spaces: the fields start after its closing one.
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]!.split(' ');
      all.set(Number(name), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // exited meanwhile
    }
  }
  return all;
};

/**
 * CPU ticks of this process and all its descendants so far: those alive, with everything they reaped.
 * Chromium's renderers are children of its zygote, not of this process, so this process's own cutime
 * alone would miss them; the zygote's counts them.
 */
const ownTicks = (): number => {
  const all = processes();
  const ours = (pid: number) => {
    for (let p = pid; p > 1; p = all.get(p)?.ppid ?? 0) if (p === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, entry] of all) if (ours(pid)) ticks += entry.ticks;
  return ticks;
};

/**
 * Starts counting; the function it returns stops and gives the cores other processes used on average
 * meanwhile: the machine's busy time less that of this process and its descendants (browser, builds).
 */
export const otherProcessesLoad = (): (() => number | null) => {
  if (!existsSync('/proc/stat')) return () => null;
  const startedAt = performance.now();
  const startBusy = machineBusy();
  const startOwn = ownTicks();
  return () => {
    const own = ownTicks() - startOwn;
    const others = machineBusy() - startBusy - own;
    return Math.max(0, others / TICKS_PER_SECOND / ((performance.now() - startedAt) / 1000));
  };
};

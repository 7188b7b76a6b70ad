// How much CPU other processes took while the bench measured. On a busy machine (another build or test run
// on the same 2 cores) the app's extra work competes for CPU and its LCP ratio rises well past what a quiet
// machine shows, so the timings need this next to them. Linux only (/proc); elsewhere it reports nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: /proc counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;
const SAMPLE_MS = 200;

const machineBusy = () => {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return user + nice + system + irq + softirq + steal;
};

/** pid → { ppid, ticks (user + system) } for every process that can still be read. */
const processes = () => {
  const all = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ');
      all.set(Number(name), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // exited meanwhile
    }
  }
  return all;
};

/**
 * Starts counting; the function it returns stops and gives the cores other processes used on average.
 * Our own CPU (this process, the browser and its renderers) is sampled per process: Chromium's renderers
 * are children of its zygote and never reach this process's cutime, so /proc/self/stat alone misses them.
 */
export const otherProcessesLoad = () => {
  if (!existsSync('/proc/stat')) return () => null;
  const startedAt = performance.now();
  const startBusy = machineBusy();
  const first = new Map();
  const last = new Map();
  const sample = (atStart = false) => {
    const all = processes();
    const ours = (pid) => {
      for (let p = pid; p > 1; p = all.get(p)?.ppid ?? 0) if (p === process.pid) return true;
      return false;
    };
    for (const [pid, { ticks }] of all) {
      if (!ours(pid)) continue;
      // A process started after us counts from zero, one running already from where it was.
      if (!first.has(pid)) first.set(pid, atStart ? ticks : 0);
      last.set(pid, ticks);
    }
  };
  sample(true);
  const timer = setInterval(sample, SAMPLE_MS).unref();
  return () => {
    clearInterval(timer);
    sample();
    let own = 0;
    for (const [pid, ticks] of last) own += ticks - first.get(pid);
    const others = machineBusy() - startBusy - own;
    return Math.max(0, others / TICKS_PER_SECOND / ((performance.now() - startedAt) / 1000));
  };
};

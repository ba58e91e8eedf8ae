import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** CPU time and memory of a process and its children, read from Linux's /proc. */

const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

function statFields(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after it are plain.
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** The process and every descendant still alive. */
export function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const fields = statFields(pid);
    if (fields) parentOf.set(pid, Number(fields[1]));
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++)
    for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  return tree.filter((pid) => parentOf.has(pid));
}

/** User plus system CPU milliseconds used so far by the process tree. */
export function cpuMs(root: number): number {
  let ticks = 0;
  for (const pid of processTree(root)) {
    const fields = statFields(pid);
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat (11 and 12 after the name).
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / ticksPerSecond;
}

function statusKb(pid: number, key: 'VmRSS' | 'VmHWM'): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${key}:`));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of the process tree now, in MB. */
export function rssMb(root: number): number {
  const kb = processTree(root).reduce((sum, pid) => sum + statusKb(pid, 'VmRSS'), 0);
  return Math.round(kb / 102.4) / 10;
}

/** The highest resident memory each process of the tree ever had, added up, in MB. */
export function peakRssMb(root: number): number {
  const kb = processTree(root).reduce((sum, pid) => sum + statusKb(pid, 'VmHWM'), 0);
  return Math.round(kb / 102.4) / 10;
}

/** Samples the tree's RSS every `everyMs` until stopped; reports the highest seen. */
export function sampleRss(root: number, everyMs = 200): { stop(): number } {
  let max = rssMb(root);
  const timer = setInterval(() => (max = Math.max(max, rssMb(root))), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(max, rssMb(root));
    },
  };
}

/** CPU milliseconds the whole machine has spent busy (all cores, all processes) since boot. */
export function machineBusyMs(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  // user nice system idle iowait irq softirq steal: all but idle and iowait are work.
  const busy = fields
    .slice(0, 8)
    .reduce((sum, v, i) => (i === 3 || i === 4 ? sum : sum + Number(v)), 0);
  return (busy * 1000) / ticksPerSecond;
}

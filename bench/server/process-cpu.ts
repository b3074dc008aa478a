/**
 * CPU seconds used so far by processes, read from /proc (Linux only; null elsewhere, printed as NaN). Divided by the
 * requests served, CPU time gives a cost per request that depends much less than requests/s on how busy the rest of
 * the machine is.
 */
import { readFileSync } from 'node:fs';

/** utime + stime of /proc/<pid>[/task/<tid>]/stat, in seconds (fields 14 and 15; clock ticks of 1/100 s). */
function seconds(file: string): number {
  // After the ")" that ends the command name (which may hold spaces).
  const fields = readFileSync(file, 'utf8').split(')').at(-1)!.trim().split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The whole process and its main thread (the event loop, which bounds the requests/s of a Node server). */
export function processCpu(pid: number): { process: number; main: number } | null {
  try {
    return { process: seconds(`/proc/${pid}/stat`), main: seconds(`/proc/${pid}/task/${pid}/stat`) };
  } catch {
    return null;
  }
}

/** CPU seconds of each of `pids` (processes that are gone are left out). */
export function cpuOf(pids: number[]): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const pid of pids) {
    try {
      cpu.set(pid, seconds(`/proc/${pid}/stat`));
    } catch {
      // Exited meanwhile (a pool connection closed): its CPU is no longer readable, and is left out.
    }
  }
  return cpu;
}

/** CPU seconds used between two `cpuOf` readings; a process absent before started since, from zero. */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, used] of after) total += used - (before.get(pid) ?? 0);
  return total;
}

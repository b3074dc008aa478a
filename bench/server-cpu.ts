import { readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by the server: the whole process and its main thread (the event loop, which bounds the
 * requests/s). Read from /proc, so Linux only (NaN in the report elsewhere). Divided by the requests served, it gives
 * a cost per request that depends much less than requests/s on how busy the rest of the machine is.
 */
export function serverCpu(pid: number): { process: number; main: number } | null {
  const seconds = (file: string) => {
    // Fields 14 and 15 (utime, stime) after the ")" that ends the command name; clock ticks of 1/100 s.
    const fields = readFileSync(file, 'utf8').split(')').at(-1)!.trim().split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  try {
    return { process: seconds(`/proc/${pid}/stat`), main: seconds(`/proc/${pid}/task/${pid}/stat`) };
  } catch {
    return null;
  }
}

/** Runs the real server process (`node --import tsx server/main.ts`), for the crash and start-up tests. */
import { type ChildProcess, spawn } from 'node:child_process';

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the first stdout/stderr text matching `pattern` (rejects after `ms`). */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnServer(args: string[], env: Record<string, string> = {}): Spawned {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: process.cwd(),
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (chunk) => {
    out += chunk;
    for (const listener of listeners) listener();
  });
  child.stderr!.on('data', (chunk) => {
    err += chunk;
    for (const listener of listeners) listener();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      resolve({ code, signal });
      for (const listener of listeners) listener();
    }),
  );
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor(pattern, ms = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error(`Timed out waiting for ${pattern}. stdout: ${out} stderr: ${err}`)), ms);
        const check = () => {
          const match = (out + err).match(pattern);
          if (match) return done(null, match);
          if (child.exitCode !== null || child.signalCode !== null) done(new Error(`Server exited before ${pattern}. stdout: ${out} stderr: ${err}`));
        };
        const done = (error: Error | null, match?: RegExpMatchArray) => {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve(match!);
        };
        listeners.add(check);
        check();
      });
    },
  };
}

/** Starts the server on a free port and returns its URL and, on a first start, the admin token it printed. */
export async function startSpawned(db: string, env: Record<string, string> = {}) {
  const server = spawnServer(['--db', db, '--port', '0'], env);
  const [, url] = await server.waitFor(/directory server: (http:\/\/\S+)/);
  const token = /^ {2}(cc_\S+)$/m.exec(server.stdout())?.[1] ?? null;
  return { server, url: url!, token };
}

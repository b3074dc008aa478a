/**
 * The processes of `npm run bench:server`: the real server (node --import tsx server/main.ts, LOG_LEVEL=warn so no
 * line per request, a rate limit high enough not to refuse the bench) and the floor server, each its own process so
 * the load generator (this process) and the server each get an event loop instead of taking turns on one.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface BenchProcess {
  child: ChildProcess;
  url: string;
  /** The admin token a first start printed, else the one passed in. */
  token: string;
  stop(): Promise<void>;
}

/** Spawns `args` and resolves once stdout matches `ready` (the server's URL, and its token on a first start). */
function start(args: string[], ready: RegExp, env: Record<string, string> = {}): Promise<{ child: ChildProcess; out: string }> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, LOG_LEVEL: 'warn', CONTACTS_RATE_LIMIT: '100000000', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (ready.test(out)) resolve({ child, out });
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}): ${out}`)));
  });
}

const stopper = (child: ChildProcess) => async () => {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
};

/** The directory server on `db`; without `token` it must be a first start, which prints the admin token. */
export async function startBenchServer(db: string, nodeFlags: string[], token?: string, env: Record<string, string> = {}): Promise<BenchProcess> {
  const { child, out } = await start([...nodeFlags, '--import', 'tsx', 'server/main.ts', '--db', db, '--port', '0'], token ? /http:\/\/\S+/ : /cc_\S+/, env);
  return { child, url: /(http:\/\/\S+)/.exec(out)![1]!, token: token ?? /(cc_\S+)/.exec(out)![1]!, stop: stopper(child) };
}

/** The floor server answering the bytes in `file` (floor-server.ts). */
export async function startFloorServer(file: string): Promise<BenchProcess> {
  const { child, out } = await start(['--import', 'tsx', 'bench/server/floor-server.ts', file], /http:\/\/\S+/);
  return { child, url: /(http:\/\/\S+)/.exec(out)![1]!, token: '', stop: stopper(child) };
}

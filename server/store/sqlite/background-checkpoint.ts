/**
 * WAL checkpoints off the request path. By default SQLite checkpoints inside the COMMIT that grows the WAL past 1,000
 * pages, so that one write answers late (a 1,000-line import wrote enough to pay ~50–100 ms of copying and fsync in
 * its own commit). The store turns that off on its writer (`wal_autocheckpoint = 0`) and, after each commit, asks a
 * worker thread with its own connection for a PASSIVE checkpoint, which runs beside readers and writers.
 *
 * Durability is unchanged: a commit is durable once its WAL frames are fsynced (synchronous = FULL), before the
 * answer; a checkpoint only copies committed frames into the main file (and fsyncs it). If the worker fails, the
 * writer goes back to SQLite's own automatic checkpoints.
 */
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// Plain CommonJS run by the worker (no TypeScript loader needed there).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = FULL');
parentPort.on('message', (message) => {
  if (message === 'close') { db.close(); parentPort.close(); return; }
  let frames = 0;
  try { frames = db.pragma('wal_checkpoint(PASSIVE)')[0].checkpointed; } catch (error) { parentPort.postMessage({ error: String(error) }); return; }
  parentPort.postMessage({ frames });
});
`;

interface Checkpointer {
  /** Call after each commit: a checkpoint follows soon, never more than one at a time. */
  committed(): void;
  /** Resolves when no checkpoint is running or wanted (tests; close). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function backgroundCheckpoint(writer: Database.Database, file: string, driver: string): Checkpointer {
  writer.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver } });
  // A store left open (a test that forgets close) must not keep the process alive.
  worker.unref();
  let running = false;
  let wanted = false;
  let failed = false;
  let waiters: (() => void)[] = [];
  const settle = () => {
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };
  const fallBack = () => {
    if (failed) return;
    failed = true;
    running = false;
    wanted = false;
    if (writer.open) writer.pragma('wal_autocheckpoint = 1000');
    settle();
  };
  const start = () => {
    running = true;
    wanted = false;
    worker.postMessage('checkpoint');
  };
  worker.on('message', (message: { frames?: number; error?: string }) => {
    if (message.error !== undefined) return fallBack();
    running = false;
    if (wanted) start();
    else settle();
  });
  worker.on('error', fallBack);
  worker.on('exit', fallBack);

  return {
    committed() {
      if (failed) return;
      if (running) wanted = true;
      else start();
    },
    idle() {
      if (failed || (!running && !wanted)) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    async close() {
      if (failed) return;
      await this.idle();
      failed = true;
      // Referenced again, or a process with nothing else to do would exit before the worker has closed its connection.
      worker.ref();
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('close');
      await exited;
    },
  };
}

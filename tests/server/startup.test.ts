import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/server-fixture';
import { spawnServer, startSpawned } from '../fixtures/spawn-server';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../fixtures/test-databases';
import { describeStores } from '../fixtures/test-stores';

const dir = tempDir();
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describeStores('server start-up and shutdown', (store) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(store);
  });
  afterEach(() => database.drop());

  it('prints the admin token on the first start only', async () => {
    // A SQLite file in a folder that does not exist yet: the server creates both.
    const db = store === 'sqlite' ? path.join(database.dir, 'first', 'contacts.sqlite') : database.db;
    const first = await startSpawned(db);
    first.server.child.kill('SIGTERM');
    await first.server.exited;
    const second = await startSpawned(db);
    second.server.child.kill('SIGTERM');
    await second.server.exited;
    expect([typeof first.token, second.token]).toEqual(['string', null]);
  });

  it('starts two instances at once on a new database: both serve it, and only one creates the admin token', async () => {
    const [a, b] = await Promise.all([startSpawned(database.db), startSpawned(database.db)]);
    const statuses = await Promise.all(
      [a.url, b.url].map(async (url) => (await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${a.token ?? b.token}` } })).status),
    );
    for (const { server } of [a, b]) server.child.kill('SIGTERM');
    await Promise.all([a.server.exited, b.server.exited]);
    const tokens = (await queryDatabase(database.db, 'SELECT name FROM tokens')).map((row) => row.name);
    expect({ printed: [a.token, b.token].filter(Boolean).length, statuses, tokens }).toEqual({ printed: 1, statuses: [200, 200], tokens: ['admin'] });
  });

  it('finishes an in-flight request on SIGTERM, then exits 0', async () => {
    const { server, url, token } = await startSpawned(database.db, { CONTACTS_TEST_IMPORT_PAUSE_MS: '1500' });
    const body = 'contact-name,position,email,work-phone,optional-phone-1,optional-phone-2\nAna,,ana@example.com,,,\nBo,,bo@example.com,,,\n';
    const pending = fetch(`${url}/api/v1/imports?file=a.csv`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body });
    await server.waitFor(/paused inside its transaction/);
    server.child.kill('SIGTERM');
    const answer = await pending;
    const exit = await server.exited;
    expect([answer.status, exit.code]).toEqual([201, 0]);
  });
});

describe('server start-up on a SQLite file', () => {
  it('creates the folder and the file on the first start', async () => {
    const db = path.join(dir, 'new-folder', 'contacts.sqlite');
    const first = await startSpawned(db);
    first.server.child.kill('SIGTERM');
    await first.server.exited;
    expect(fs.existsSync(db)).toBe(true);
  });

  it('says the port is in use and exits non-zero', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const server = spawnServer(['--db', path.join(dir, 'port.sqlite'), '--port', String(port)]);
    const exit = await server.exited;
    blocker.close();
    expect([exit.code, server.stderr().trim()]).toEqual([1, `error: Port ${port} is in use: stop the other server or pass --port`]);
  });

  it('says which database file cannot be opened, and how to fix it', async () => {
    const notAFolder = path.join(dir, 'not-a-folder');
    fs.writeFileSync(notAFolder, '');
    const db = path.join(notAFolder, 'contacts.sqlite');
    const server = spawnServer(['--db', db, '--port', '0']);
    const exit = await server.exited;
    const message = server.stderr();
    expect([exit.code, message.includes(db), message.includes('--db FILE')]).toEqual([1, true, true]);
  });
});

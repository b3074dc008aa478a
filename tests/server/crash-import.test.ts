/**
 * An import is one transaction: a server killed with SIGKILL in the middle of it restarts with none of its lines,
 * and a committed import survives a SIGKILL whole. To land the kill mid-transaction, the test-only setting
 * CONTACTS_TEST_IMPORT_PAUSE_MS makes the import pause half-way through its writes, inside the transaction, and say
 * so on stderr (server/directory/run-import.ts). With two instances on one database (issue 10), killing the one
 * importing leaves the other answering, reads and writes, during the import and after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvOf } from '../fixtures/server-fixture';
import { startSpawned, type Spawned } from '../fixtures/spawn-server';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-databases';
import { describeStores } from '../fixtures/test-stores';

describeStores('SIGKILL mid-import', (store) => {
  let database: TestDatabase;
  const running: Spawned[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(store);
  });
  afterAll(async () => {
    for (const server of running) server.child.kill('SIGKILL');
    await Promise.all(running.map((server) => server.exited));
    await database.drop();
  });

  async function count(url: string, token: string) {
    const page = await (await fetch(`${url}/api/v1/contacts/changes?limit=5000`, { headers: { authorization: `Bearer ${token}` } })).json();
    const audit = await (await fetch(`${url}/api/v1/audit`, { headers: { authorization: `Bearer ${token}` } })).json();
    return { contacts: page.contacts.length, auditEntries: audit.entries.length };
  }

  const upload = (url: string, token: string) =>
    fetch(`${url}/api/v1/imports?file=big.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: csvOf(1000),
    });

  describe('an import of 1,000 lines and SIGKILL', () => {
    it('keeps none of the lines when the process dies mid-transaction, and all of them once committed', async () => {
      const first = await startSpawned(database.db, { CONTACTS_TEST_IMPORT_PAUSE_MS: '20000' });
      running.push(first.server);
      const token = first.token!;
      const pending = upload(first.url, token).catch((error: unknown) => error);
      const [, writes] = await first.server.waitFor(/paused inside its transaction after (\d+) writes/);
      first.server.child.kill('SIGKILL');
      await first.server.exited;
      const killedUpload = await pending;

      const second = await startSpawned(database.db);
      running.push(second.server);
      const afterCrash = await count(second.url, token);
      const committed = await upload(second.url, token);
      const status = committed.status;
      second.server.child.kill('SIGKILL');
      await second.server.exited;

      const third = await startSpawned(database.db);
      running.push(third.server);
      const afterCommit = await count(third.url, token);
      third.server.child.kill('SIGKILL');

      const actual = { writesBeforeKill: Number(writes), killedUpload: killedUpload instanceof Error, afterCrash, status, afterCommit };
      const expected = {
        writesBeforeKill: 500,
        killedUpload: true,
        afterCrash: { contacts: 0, auditEntries: 0 },
        status: 201,
        afterCommit: { contacts: 1000, auditEntries: 1 },
      };
      expect(actual).toEqual(expected);
    }, 90_000);
  });

  describe('two instances, one killed with SIGKILL mid-import', () => {
    it('keeps none of the batch, and the other instance answers during and after, its writes included', async () => {
      const other = await createTestDatabase(store);
      const importing = await startSpawned(other.db, { CONTACTS_TEST_IMPORT_PAUSE_MS: '20000' });
      running.push(importing.server);
      const serving = await startSpawned(other.db);
      running.push(serving.server);
      const token = importing.token!;
      const contacts = async () => (await count(serving.url, token)).contacts;
      const write = (name: string) =>
        fetch(`${serving.url}/api/v1/contacts`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ name, email: `${name.toLowerCase()}@example.com` }),
        }).then((answer) => answer.status);
      try {
        const before = await contacts();
        const pending = upload(importing.url, token).catch((error: unknown) => error);
        const [, writes] = await importing.server.waitFor(/paused inside its transaction after (\d+) writes/);
        const readDuring = await contacts();
        // Sent while the import holds the writer lock: it waits for it, and goes through once the kill releases it.
        const writeDuring = write('During');
        importing.server.child.kill('SIGKILL');
        await importing.server.exited;
        const killedUpload = await pending;
        const actual = {
          writesBeforeKill: Number(writes),
          killedUpload: killedUpload instanceof Error,
          before,
          readDuring,
          writeDuring: await writeDuring,
          afterKill: await contacts(),
          importAfter: (await upload(serving.url, token)).status,
          afterImport: await contacts(),
        };
        // Contacts seen by the other instance: the batch adds 0 or all of its 1,000 lines, never a part; killed at
        // line 500 of its transaction, it adds 0.
        expect(actual).toEqual({
          writesBeforeKill: 500,
          killedUpload: true,
          before: 0,
          readDuring: 0,
          writeDuring: 201,
          afterKill: 1,
          importAfter: 201,
          afterImport: 1001,
        });
      } finally {
        serving.server.child.kill('SIGKILL');
        await serving.server.exited;
        await other.drop();
      }
    }, 90_000);
  });
});

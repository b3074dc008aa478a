/**
 * An import is one transaction: a server killed with SIGKILL in the middle of it restarts with none of its lines,
 * and a committed import survives a SIGKILL whole. To land the kill mid-transaction, the test-only setting
 * CONTACTS_TEST_IMPORT_PAUSE_MS makes the import pause half-way through its writes, inside the transaction, and say
 * so on stderr (server/directory/run-import.ts).
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
});

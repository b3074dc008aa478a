import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../../lib/api/api-client';
import type { ContactInput } from '../../../lib/api/api';
import { readAllContacts, readContactsSorted } from '../../../extension/storage/contact-table';
import { openContactsDb, readSyncState, type ContactsDb } from '../../../extension/storage/db';
import { enqueue } from '../../../extension/storage/outbox';
import { pullChanges, syncNow, type SyncDeps } from '../../../extension/sync/sync-engine';
import { startRealServer, type RealServer } from '../../fixtures/real-server';

let server: RealServer;
let db: ContactsDb;
let clock: number;
let ids: number;

beforeEach(async () => {
  server = await startRealServer();
  db = await openContactsDb(`test-${Math.random()}`);
  clock = Date.parse('2026-11-25T12:00:00Z');
  ids = 0;
});
afterEach(async () => {
  db.close();
  await server.close();
});

function deps(overrides: Partial<SyncDeps> = {}, token = server.member): SyncDeps {
  return {
    db,
    api: createApiClient({ baseUrl: server.url, token, fetch }),
    serverUrl: server.url,
    now: () => clock,
    random: () => 0.5,
    pageSize: 2,
    ...overrides,
  };
}
const adminApi = () => createApiClient({ baseUrl: server.url, token: server.admin, fetch });
const person = (n: number): ContactInput => ({ name: `Person ${n}`, email: `p${n}@example.org`, phones: [{ type: 'work', number: `+1555123${String(n).padStart(4, '0')}`, display: 'a display the server must not trust' }] });
const storedNames = async () => (await readContactsSorted(db)).map((c) => c.name);
const enqueueDeps = () => ({ db, now: () => clock, newId: () => `id-${++ids}` });

describe('syncNow pulling the change feed', () => {
  it('stores every contact of a multi-page feed with the display phones the server computed and its search key', async () => {
    for (let n = 1; n <= 5; n += 1) await adminApi().createContact(person(n));
    const report = await syncNow(deps());
    const stored = (await readContactsSorted(db))[0];
    const expected = { pulled: 5, names: ['Person 1', 'Person 2', 'Person 3', 'Person 4', 'Person 5'], display: ['+1 555 123 0001'], key: 'person 1', ok: true };
    expect({ pulled: report.pulled, names: await storedNames(), display: stored!.phones.map((phone) => phone.display), key: stored!.key.name, ok: report.ok }).toEqual(expected);
  });

  it('applies updates and deletions (tombstones) on the next sync', async () => {
    const a = await adminApi().createContact(person(1));
    const b = await adminApi().createContact(person(2));
    await syncNow(deps());
    await adminApi().updateContact(a.id, a.version, { ...person(1), name: 'Renamed' });
    await adminApi().deleteContact(b.id, b.version);
    await syncNow(deps());
    expect(await storedNames()).toEqual(['Renamed']);
  });

  it('resumes from the last stored page after an interruption, losing and repeating nothing', async () => {
    for (let n = 1; n <= 5; n += 1) await adminApi().createContact(person(n));
    let calls = 0;
    // The "worker" dies while fetching the second page.
    const dying: typeof fetch = (input, init) => (++calls === 2 ? Promise.reject(new TypeError('worker stopped')) : fetch(input, init));
    await pullChanges(deps({ api: createApiClient({ baseUrl: server.url, token: server.member, fetch: dying }) })).catch(() => undefined);
    const afterCrash = await storedNames();
    const seen: number[] = [];
    const counting: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      seen.push(((await response.clone().json()) as { contacts: unknown[] }).contacts.length);
      return response;
    };
    await pullChanges(deps({ api: createApiClient({ baseUrl: server.url, token: server.member, fetch: counting }) }));
    const expected = { afterCrash: ['Person 1', 'Person 2'], resumedPages: [2, 1], all: 5 };
    expect({ afterCrash, resumedPages: seen, all: (await storedNames()).length }).toEqual(expected);
  });

  it('asks for the next page before storing the current one, so the server works while the extension writes', async () => {
    for (let n = 1; n <= 5; n += 1) await adminApi().createContact(person(n));
    // What is stored when each page is asked for (a read started then sees only the transactions already opened).
    const storedAtRequest: Promise<number>[] = [];
    const watching: typeof fetch = (input, init) => {
      storedAtRequest.push(readAllContacts(db).then((all) => all.length));
      return fetch(input, init);
    };
    await pullChanges(deps({ api: createApiClient({ baseUrl: server.url, token: server.member, fetch: watching }) }));
    const expected = [0, 0, 2];
    expect(await Promise.all(storedAtRequest)).toEqual(expected);
  });

  it('records the error and keeps the copy when the server is down', async () => {
    await adminApi().createContact(person(1));
    await syncNow(deps());
    await server.stop();
    clock += 60_000;
    const report = await syncNow(deps());
    const state = await readSyncState(db);
    const expected = { ok: false, code: 'offline', lastSuccessAt: clock - 60_000, names: ['Person 1'] };
    expect({ ok: report.ok, code: state.lastError?.code, lastSuccessAt: state.lastSuccessAt, names: await storedNames() }).toEqual(expected);
  });
});

describe('syncNow pushing the outbox', () => {
  it('delivers a write made while the server is down exactly once when it comes back, with backoff in between', async () => {
    await server.stop();
    const entry = await enqueue(enqueueDeps(), { op: 'create', input: person(7) });
    const down = await syncNow(deps({}, server.admin));
    const pendingWhileDown = await db.count('outbox');
    const waiting = (await db.getAll('outbox'))[0]!;
    await server.start();
    const tooEarly = await syncNow(deps({}, server.admin));
    clock = waiting.nextAttemptAt;
    const up = await syncNow(deps({}, server.admin));
    const onServer = (await adminApi().changes('', 100)).contacts.map((c) => c.name);
    const expected = {
      down: { ok: false, pending: 1 },
      backoffMs: 2000,
      tooEarly: 1,
      up: { ok: true, pushed: 1 },
      onServer: ['Person 7'],
      local: [{ name: 'Person 7', local: false }],
      outbox: 0,
    };
    const actual = {
      down: { ok: down.ok, pending: pendingWhileDown },
      backoffMs: waiting.nextAttemptAt - entry.enqueuedAt,
      tooEarly: tooEarly.pending,
      up: { ok: up.ok, pushed: up.pushed },
      onServer,
      local: (await readAllContacts(db)).map((c) => ({ name: c.name, local: c.id.startsWith('local-') })),
      outbox: await db.count('outbox'),
    };
    expect(actual).toEqual(expected);
  });

  it('creates once when the answer is lost and the write is retried', async () => {
    await enqueue(enqueueDeps(), { op: 'create', input: person(8) });
    let calls = 0;
    // The server gets the first POST but its answer never arrives.
    const losing: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && ++calls === 1) throw new TypeError('connection reset');
      return response;
    };
    await syncNow(deps({ api: createApiClient({ baseUrl: server.url, token: server.admin, fetch: losing }) }, server.admin));
    clock += 10 * 60_000;
    await syncNow(deps({ api: createApiClient({ baseUrl: server.url, token: server.admin, fetch: losing }) }, server.admin));
    const expected = { onServer: ['Person 8'], local: ['Person 8'], outbox: 0 };
    const onServer = (await adminApi().changes('', 100)).contacts.map((c) => c.name);
    expect({ onServer, local: await storedNames(), outbox: await db.count('outbox') }).toEqual(expected);
  });

  it('pushes in order: an edit made before the create was sent goes to the new server id', async () => {
    const created = await enqueue(enqueueDeps(), { op: 'create', input: person(1) });
    await enqueue(enqueueDeps(), { op: 'update', contactId: created.contactId, baseVersion: 0, input: { ...person(1), position: 'Boss' } });
    const report = await syncNow(deps({}, server.admin));
    const onServer = (await adminApi().changes('', 100)).contacts.map((c) => [c.name, c.position, c.version]);
    expect({ pushed: report.pushed, onServer }).toEqual({ pushed: 2, onServer: [['Person 1', 'Boss', 2]] });
  });

  it('keeps the server version on 409 and records the conflict for the admin', async () => {
    const original = await adminApi().createContact(person(1));
    await syncNow(deps({}, server.admin));
    await enqueue(enqueueDeps(), { op: 'update', contactId: original.id, baseVersion: 1, input: { ...person(1), position: 'Mine' } });
    await adminApi().updateContact(original.id, 1, { ...person(1), position: 'Theirs' });
    const report = await syncNow(deps({}, server.admin));
    const conflict = (await db.getAll('conflicts'))[0]!;
    const local = (await readAllContacts(db)).find((c) => c.id === original.id)!;
    const expected = { conflicts: 1, status: 409, serverPosition: 'Theirs', localPosition: 'Theirs', outbox: 0 };
    const actual = { conflicts: report.conflicts, status: conflict.status, serverPosition: conflict.serverContact?.position, localPosition: local.position, outbox: await db.count('outbox') };
    expect(actual).toEqual(expected);
  });
});

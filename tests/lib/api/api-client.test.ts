import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient, NetworkError } from '../../../lib/api/api-client';
import { decodeConnectionCode } from '../../../lib/connection-code/connection-code';
import { GUIDE_EXAMPLE } from '../../fixtures/contacts';
import { maria, startTestServer, type TestServer } from '../../fixtures/server-fixture';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const client = (token = server.admin, baseUrl = `${server.url}/`) => createApiClient({ baseUrl, token, fetch: globalThis.fetch });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof ApiError ? ['ApiError', error.status, error.code] : error instanceof NetworkError ? ['NetworkError', error.cause !== undefined] : error),
  );

describe('createApiClient', () => {
  it('round-trips a contact through create, update, feed, delete and audit', async () => {
    const api = client();
    const created = await api.createContact({ ...maria, phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }] }, { idempotencyKey: 'k-1' });
    const retried = await api.createContact({ ...maria, phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }] }, { idempotencyKey: 'k-1' });
    const updated = await api.updateContact(created.id, created.version, { ...maria, position: 'Achats', phones: created.phones });
    const deleted = await api.deleteContact(updated.id, updated.version);
    const feed = await api.changes('', 10);
    const audit = await api.auditNewest();
    const actual = {
      retried: retried.id === created.id,
      versions: [created.version, updated.version, deleted.version],
      feed: feed.contacts.map((c) => [c.id === created.id, c.deleted]),
      fetched: (await api.getContact(created.id)).deleted,
      audit: audit.entries.map((e) => e.action),
      me: await api.me(),
      health: (await api.health()).status,
    };
    const expected = {
      retried: true,
      versions: [1, 2, 3],
      feed: [[true, true]],
      fetched: true,
      audit: ['contact.delete', 'contact.update', 'contact.create'],
      me: { name: 'alice', role: 'admin', organisation: { id: 'default', name: 'default' }, rules: { maxContacts: 1000, defaultCountry: null } },
      health: 'ok',
    };
    expect(actual).toEqual(expected);
  });

  it('reads the audit newest first with filters, and the next page with the returned cursor (issue 11)', async () => {
    const api = client();
    const a = await api.createContact({ name: 'Audit A', email: 'audit.a@example.com', phones: [] });
    await api.createContact({ name: 'Audit B', email: 'audit.b@example.com', phones: [] });
    await api.updateContact(a.id, a.version, { name: 'Audit A2', email: 'audit.a@example.com', phones: [] });
    const first = await api.auditNewest({ contact: a.id, limit: 1 });
    const next = await api.auditNewest({ contact: a.id, limit: 1, before: first.cursor });
    const refused = await failure(api.auditNewest({ token: 'no spaces' }));
    expect({
      pages: [first, next].map((page) => ({ actions: page.entries.map((e) => e.action), more: page.more, total: page.total })),
      change: first.entries[0]!.change,
      refused,
    }).toEqual({
      pages: [
        { actions: ['contact.update'], more: true, total: 2 },
        { actions: ['contact.create'], more: false, total: 2 },
      ],
      change: { before: { name: 'Audit A' }, after: { name: 'Audit A2' } },
      refused: ['ApiError', 400, 'invalid-audit-query'],
    });
  });

  it('creates, lists and revokes a token (issue 11), its connection code holding this server and the secret', async () => {
    const api = client();
    const created = await api.createToken({ name: 'client-test', role: 'member' });
    const listed = (await api.listTokens()).tokens.map((token) => token.name);
    await api.revokeToken(created.id);
    const after = (await api.listTokens()).tokens.map((token) => token.name);
    const decoded = decodeConnectionCode(created.connectionCode);
    const actual = { listed: listed.includes('client-test'), after: after.includes('client-test'), decoded, refused: await failure(api.revokeToken(created.id)) };
    expect(actual).toEqual({
      listed: true,
      after: false,
      decoded: { ok: true, connection: { server: server.url, token: created.secret } },
      refused: ['ApiError', 404, expect.any(String)],
    });
  });

  it('imports CSV and JSON, and undoes an import', async () => {
    const api = client();
    const dry = await api.importCsv('guide.csv', GUIDE_EXAMPLE, { dryRun: true });
    const csv = await api.importCsv('guide.csv', new TextEncoder().encode(GUIDE_EXAMPLE));
    const json = await api.importJson([{ name: 'Hans', email: 'hans@example.com' }]);
    const undo = await api.undoImport(csv.importId!);
    expect([dry.importId, csv.counts.created, json.counts.created, undo.undone.length]).toEqual([null, 2, 1, 2]);
  });

  it('throws a named ApiError for 401, 403, 404, 409 and 422, and a NetworkError when the server is unreachable', async () => {
    const created = await client().createContact({ name: 'Ida', email: 'ida@example.com' });
    const actual = [
      await failure(client('cc_wrong').me()),
      await failure(client(server.member).createContact({ name: 'X', email: 'x@example.com' })),
      await failure(client().getContact('missing')),
      await failure(client().updateContact(created.id, 7, { name: 'Ida', email: 'ida@example.com' })),
      await failure(client().importCsv('bad.csv', 'not,a,header\n')),
      await failure(client(server.admin, 'http://127.0.0.1:9').health()),
    ];
    const expected = [
      ['ApiError', 401, 'unknown-token'],
      ['ApiError', 403, 'forbidden'],
      ['ApiError', 404, 'not-found'],
      ['ApiError', 409, 'version-conflict'],
      ['ApiError', 422, 'not-header'],
      ['NetworkError', true],
    ];
    expect(actual).toEqual(expected);
  });

  it('hands the current contact of a 409 to the caller in the error body', async () => {
    const created = await client().createContact({ name: 'Jo', email: 'jo@example.com' });
    await client().updateContact(created.id, 1, { name: 'Jo', email: 'jo@example.com', position: 'Boss' });
    const error = await client().deleteContact(created.id, 1).catch((e: ApiError) => e);
    expect((error as ApiError).body).toEqual({ error: expect.objectContaining({ code: 'version-conflict', contact: expect.objectContaining({ version: 2, position: 'Boss' }) }) });
  });
});

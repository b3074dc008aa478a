import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeConnectionCode } from '../../lib/connection-code/connection-code';
import { issueToken } from '../../server/auth/tokens';
import { DEFAULT_ORGANISATION_ID } from '../../server/store/store';
import { startTestServer, type TestServer } from '../fixtures/server-fixture';
import { describeStores } from '../fixtures/test-stores';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describeStores('the token API (issue 11)', (store) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({}, store);
  });
  afterEach(() => server.close());

  const idOf = async (name: string) => ((await server.call('/tokens')).body.tokens as { id: string; name: string }[]).find((t) => t.name === name)!.id;

  describe('POST /api/v1/tokens', () => {
    it('creates a token whose secret, shown once, works at once, with a connection code to this server', async () => {
      const expiresAt = inDays(30);
      const created = await server.call('/tokens', { method: 'POST', json: { name: 'maria', role: 'member', expiresAt } });
      const me = await server.call('/me', { token: created.body.secret });
      const expected = {
        status: 201,
        body: {
          id: expect.stringMatching(/^[0-9a-f]{32}$/u),
          name: 'maria',
          role: 'member',
          createdAt: expect.any(String),
          expiresAt,
          expired: false,
          lastUsedAt: null,
          owner: null,
          secret: expect.stringMatching(/^cc_/u),
          connectionCode: expect.stringMatching(/^cc1:/u),
        },
        code: { ok: true, connection: { server: server.url, token: created.body.secret } },
        me: [200, 'maria', 'member'],
      };
      const actual = { status: created.status, body: created.body, code: decodeConnectionCode(created.body.connectionCode), me: [me.status, me.body.name, me.body.role] };
      expect(actual).toEqual(expected);
    });

    it('builds the connection code from --public-url when set', async () => {
      const proxied = await startTestServer({ publicUrl: 'https://contacts.example.com' }, store);
      try {
        const created = await proxied.call('/tokens', { method: 'POST', json: { name: 'maria', role: 'member' } });
        expect(decodeConnectionCode(created.body.connectionCode)).toEqual({ ok: true, connection: { server: 'https://contacts.example.com', token: created.body.secret } });
      } finally {
        await proxied.close();
      }
    });

    it('refuses a taken name (409, revoked names included), a bad name, role or expiry (400), saying what to send', async () => {
      await server.call('/tokens', { method: 'POST', json: { name: 'gone', role: 'member' } });
      await server.call(`/tokens/${await idOf('gone')}`, { method: 'DELETE' });
      const answers = await Promise.all([
        server.call('/tokens', { method: 'POST', json: { name: 'max', role: 'member' } }),
        server.call('/tokens', { method: 'POST', json: { name: 'gone', role: 'member' } }),
        server.call('/tokens', { method: 'POST', json: { name: 'two words', role: 'member' } }),
        server.call('/tokens', { method: 'POST', json: { name: 'x', role: 'owner' } }),
        server.call('/tokens', { method: 'POST', json: { name: 'x', role: 'member', expiresAt: 'next week' } }),
        server.call('/tokens', { method: 'POST', json: { name: 'x', role: 'member', expiresAt: '2020-01-01T00:00:00Z' } }),
        server.call('/tokens', { method: 'POST', json: { name: 'x', role: 'member', expiresAt: '2030-01-01T00:00:00' } }),
        server.call('/tokens', { method: 'POST', json: { name: 'x', role: 'member', expiresAt: '+010000-01-01T00:00:00Z' } }),
        server.call('/tokens', { method: 'POST', json: { name: 'dated', role: 'member', expiresAt: '2099-06-30' } }),
        server.call('/tokens', { method: 'POST', json: { name: 'offset', role: 'member', expiresAt: '2099-06-30T12:00:00+02:00' } }),
      ]);
      const actual = answers.map((answer) => [answer.status, answer.body.error?.code]);
      expect(actual).toEqual([
        [409, 'token-name-taken'],
        [409, 'token-name-taken'],
        [400, 'token-name-invalid'],
        [400, 'invalid-request'],
        [400, 'invalid-expires-at'],
        [400, 'invalid-expires-at'],
        [400, 'invalid-expires-at'],
        [400, 'invalid-expires-at'],
        [201, undefined],
        [201, undefined],
      ]);
      expect(answers[4]!.body.error.message).toMatch(/"next week" is not an ISO 8601 date-time with its time zone: send e\.g\./u);
      expect([answers[8]!.body.expiresAt, answers[9]!.body.expiresAt]).toEqual(['2099-06-30T00:00:00.000Z', '2099-06-30T10:00:00.000Z']);
    });
  });

  describe('GET /api/v1/tokens', () => {
    it('lists the tokens not revoked, oldest first, with no secret and no hash', async () => {
      const created = (await server.call('/tokens', { method: 'POST', json: { name: 'laptop', role: 'admin' } })).body;
      const listed = await server.call('/tokens');
      const text = JSON.stringify(listed.body);
      const actual = {
        names: listed.body.tokens.map((t: { name: string; role: string }) => `${t.name}:${t.role}`),
        keys: Object.keys(listed.body.tokens[2]).sort(),
        leaks: [server.admin, server.member, created.secret].filter((secret) => text.includes(secret.slice(3))),
      };
      expect(actual).toEqual({
        names: ['alice:admin', 'max:member', 'laptop:admin'],
        keys: ['createdAt', 'expired', 'expiresAt', 'id', 'lastUsedAt', 'name', 'owner', 'role'],
        leaks: [],
      });
    });

    it('records when a token was last used, within a minute', async () => {
      const before = (await server.call('/tokens')).body.tokens.find((t: { name: string }) => t.name === 'max').lastUsedAt;
      const startedAt = new Date(Date.now() - 1000).toISOString();
      await server.call('/me', { token: server.member });
      // The write follows the answer (it is not awaited by the request): wait for it, briefly.
      let after: string | null = null;
      for (let i = 0; i < 50 && after === null; i++) {
        after = (await server.call('/tokens')).body.tokens.find((t: { name: string }) => t.name === 'max').lastUsedAt;
        if (after === null) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect({ before, recent: after !== null && after >= startedAt }).toEqual({ before: null, recent: true });
    });
  });

  describe('DELETE /api/v1/tokens/:id', () => {
    it('revokes at once: the next request with the token is refused; an unknown or revoked id is 404', async () => {
      const laptop = (await server.call('/tokens', { method: 'POST', json: { name: 'laptop', role: 'member' } })).body;
      const first = await server.call('/me', { token: laptop.secret });
      const revoked = await server.call(`/tokens/${laptop.id}`, { method: 'DELETE' });
      const next = await server.call('/me', { token: laptop.secret });
      const again = await server.call(`/tokens/${laptop.id}`, { method: 'DELETE' });
      const unknown = await server.call('/tokens/0123', { method: 'DELETE' });
      const listed = (await server.call('/tokens')).body.tokens.map((t: { name: string }) => t.name);
      const actual = [first.status, revoked.status, revoked.body, next.status, next.body.error.code, again.status, unknown.status, unknown.body.error.code, listed];
      expect(actual).toEqual([200, 204, undefined, 401, 'unknown-token', 404, 404, 'token-not-found', ['alice', 'max']]);
    });

    it('refuses to revoke the last admin token (409, saying to create another first), then allows it once there is one', async () => {
      const alice = await idOf('alice');
      const refused = await server.call(`/tokens/${alice}`, { method: 'DELETE' });
      const bob = (await server.call('/tokens', { method: 'POST', json: { name: 'bob', role: 'admin' } })).body;
      const allowed = await server.call(`/tokens/${alice}`, { method: 'DELETE', token: bob.secret });
      const bobAlone = await server.call(`/tokens/${bob.id}`, { method: 'DELETE', token: bob.secret });
      const actual = [refused.status, refused.body.error.code, allowed.status, bobAlone.status];
      expect(actual).toEqual([409, 'last-admin-token', 204, 409]);
      expect(refused.body.error.message).toMatch(/Create another admin token first/u);
    });

    it('does not count an expired admin token as another admin', async () => {
      await issueToken(server.app.store.forOrg(DEFAULT_ORGANISATION_ID), { name: 'old-admin', role: 'admin', expiresAt: new Date(Date.now() - 60_000).toISOString() }, new Date().toISOString());
      const refused = await server.call(`/tokens/${await idOf('alice')}`, { method: 'DELETE' });
      expect([refused.status, refused.body.error.code]).toEqual([409, 'last-admin-token']);
    });
  });

  describe('expiry', () => {
    it('refuses an expired token with 401 saying it expired, and lists it as expired', async () => {
      const expiresAt = new Date(Date.now() - 1000).toISOString();
      const { secret } = await issueToken(server.app.store.forOrg(DEFAULT_ORGANISATION_ID), { name: 'temp', role: 'member', expiresAt }, new Date(Date.now() - 60_000).toISOString());
      const answer = await server.call('/me', { token: secret });
      const listed = (await server.call('/tokens')).body.tokens.find((t: { name: string }) => t.name === 'temp');
      const actual = [answer.status, answer.body.error.code, answer.body.error.message, listed.expired];
      expect(actual).toEqual([401, 'expired-token', `Token "temp" expired on ${expiresAt}: ask an admin for a new one.`, true]);
    });
  });

  describe('members and their device tokens', () => {
    it('lets a member create, list and revoke its own device tokens, owned by its token', async () => {
      const phone = await server.call('/tokens', { method: 'POST', token: server.member, json: { name: 'max-phone', role: 'member' } });
      // A device token manages its owner's devices too (the phone can list and revoke the mail client's token).
      const mail = await server.call('/tokens', { method: 'POST', token: phone.body.secret, json: { name: 'max-mail', role: 'member' } });
      const listed = await server.call('/tokens', { token: server.member });
      const revoked = await server.call(`/tokens/${mail.body.id}`, { method: 'DELETE', token: phone.body.secret });
      const after = await server.call('/tokens', { token: server.member });
      const maxId = await idOf('max');
      const actual = {
        created: [phone.status, phone.body.owner, mail.status, mail.body.owner],
        listed: listed.body.tokens.map((t: { name: string }) => t.name),
        revoked: revoked.status,
        after: after.body.tokens.map((t: { name: string }) => t.name),
      };
      expect(actual).toEqual({
        created: [201, { id: maxId, name: 'max' }, 201, { id: maxId, name: 'max' }],
        listed: ['max-phone', 'max-mail'],
        revoked: 204,
        after: ['max-phone'],
      });
    });

    it("refuses a member an admin token (403) and someone else's tokens (404, as unknown)", async () => {
      await issueToken(server.app.store.forOrg(DEFAULT_ORGANISATION_ID), { name: 'eve', role: 'member' }, new Date().toISOString());
      const eve = await idOf('eve');
      const admin = await server.call('/tokens', { method: 'POST', token: server.member, json: { name: 'max-root', role: 'admin' } });
      const others = await server.call(`/tokens/${eve}`, { method: 'DELETE', token: server.member });
      const own = await server.call(`/tokens/${await idOf('max')}`, { method: 'DELETE', token: server.member });
      const stillThere = (await server.call('/tokens')).body.tokens.map((t: { name: string }) => t.name);
      const actual = [admin.status, admin.body.error.message, others.status, own.status, stillThere];
      expect(actual).toEqual([
        403,
        'Token "max" is a member token: it can create device tokens with role member only. Ask an admin for an admin token.',
        404,
        404,
        ['alice', 'max', 'eve'],
      ]);
    });

    it("revokes a member's device tokens with the member's token", async () => {
      const phone = (await server.call('/tokens', { method: 'POST', token: server.member, json: { name: 'max-phone', role: 'member' } })).body;
      const revoked = await server.call(`/tokens/${await idOf('max')}`, { method: 'DELETE' });
      const fromPhone = await server.call('/me', { token: phone.secret });
      expect([revoked.status, fromPhone.status]).toEqual([204, 401]);
    });
  });

  describe("an admin's own device tokens", () => {
    it('creates with device true a member token owned by the admin, listed with that owner, revoked with the admin token', async () => {
      const bob = (await server.call('/tokens', { method: 'POST', json: { name: 'bob', role: 'admin' } })).body;
      const phone = await server.call('/tokens', { method: 'POST', json: { name: 'alice-phone', role: 'member', device: true } });
      const invite = await server.call('/tokens', { method: 'POST', json: { name: 'carol', role: 'member' } });
      const listed = (await server.call('/tokens', { token: bob.secret })).body.tokens.map((t: { name: string; owner: { name: string } | null }) => [t.name, t.owner?.name ?? null]);
      const revoked = await server.call(`/tokens/${await idOf('alice')}`, { method: 'DELETE', token: bob.secret });
      const fromPhone = await server.call('/me', { token: phone.body.secret });
      const actual = { created: [phone.status, phone.body.role, phone.body.owner?.name, invite.body.owner], listed, after: [revoked.status, fromPhone.status] };
      expect(actual).toEqual({
        created: [201, 'member', 'alice', null],
        listed: [
          ['alice', null],
          ['max', null],
          ['bob', null],
          ['alice-phone', 'alice'],
          ['carol', null],
        ],
        after: [204, 401],
      });
    });

    it('refuses a device token with role admin (400), saying to send role member', async () => {
      const answer = await server.call('/tokens', { method: 'POST', json: { name: 'alice-root', role: 'admin', device: true } });
      expect([answer.status, answer.body.error.code, answer.body.error.message]).toEqual([
        400,
        'device-token-role',
        'A device token has role member (it only reads the directory): send role "member" with device true, or leave device out for an admin token.',
      ]);
    });
  });

  describe('the audit', () => {
    it('records token.create and token.revoke with who did it and which token', async () => {
      const phone = (await server.call('/tokens', { method: 'POST', token: server.member, json: { name: 'max-phone', role: 'member' } })).body;
      await server.call('/tokens', { method: 'POST', json: { name: 'bob', role: 'admin' } });
      await server.call(`/tokens/${await idOf('max')}`, { method: 'DELETE' });
      const entries = (await server.call('/audit')).body.entries;
      const actual = entries.map((e: { token: string; action: string; targetToken?: string; contactIds: string[] }) => [e.token, e.action, e.targetToken, e.contactIds]);
      expect({ actual, phone: phone.name }).toEqual({
        actual: [
          ['max', 'token.create', 'max-phone', []],
          ['alice', 'token.create', 'bob', []],
          ['alice', 'token.revoke', 'max', []],
          ['alice', 'token.revoke', 'max-phone', []],
        ],
        phone: 'max-phone',
      });
    });
  });
});

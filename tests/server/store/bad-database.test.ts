/**
 * A database the server cannot use (issue 10, bad input): PostgreSQL unreachable, a user it refuses, a database that
 * does not exist, a schema newer than this code. The server and the token CLI refuse to start with one line saying
 * what and how to fix it, and write nothing.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../../server/store/open-store';
import { migrations as postgresMigrations } from '../../../server/store/postgres/migrations';
import { migrations as sqliteMigrations } from '../../../server/store/sqlite/migrations';
import { spawnServer, startSpawned } from '../../fixtures/spawn-server';
import { createTestDatabase, postgresAdminUrl, queryDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeStores } from '../../fixtures/test-stores';
import { runCli } from '../../fixtures/run-cli';

/** How the server and `token list` answer a --db: exit codes, and stderr if it is one line containing `needle`. */
async function refusals(db: string, needle: string) {
  const server = spawnServer(['--db', db, '--port', '0']);
  const exit = await server.exited;
  const list = await runCli(['token', 'list', '--db', db]);
  const oneLine = (text: string) => text.trim().split('\n').length === 1 && text.includes(needle);
  return { server: [exit.code, oneLine(server.stderr())], token: [list.code, oneLine(list.stderr)] };
}

const withUrl = (change: (url: URL) => void) => {
  const url = new URL(postgresAdminUrl);
  change(url);
  return url.toString();
};

describeStores('a database whose schema is newer than the server knows', (store) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(store);
    const opened = await openStore(database.db, { now: () => '2026-01-01T00:00:00.000Z' });
    await opened.close();
    await queryDatabase(database.db, "INSERT INTO schema_migrations (version, applied_at) VALUES (99, '2027-01-01') RETURNING version", { write: true });
  });
  afterEach(() => database.drop());

  it('is refused by the server and the token CLI, in one line that says what to do, and nothing is written', async () => {
    const actual = await refusals(database.db, 'has schema version 99, newer than this server knows');
    const written = {
      tokens: (await queryDatabase(database.db, 'SELECT name FROM tokens')).length,
      versions: (await queryDatabase(database.db, 'SELECT version FROM schema_migrations ORDER BY version')).map((row) => Number(row.version)),
    };
    const known = [...(store === 'sqlite' ? sqliteMigrations : postgresMigrations).map((migration) => migration.version), 99];
    expect({ ...actual, written }).toEqual({ server: [1, true], token: [1, true], written: { tokens: 0, versions: known } });
  });
});

describeStores('a PostgreSQL --db the server cannot use', () => {
  it('names an unreachable server and says to start it', async () => {
    const actual = await refusals('postgres://postgres@127.0.0.1:1/contacts', 'Cannot reach PostgreSQL at 127.0.0.1:1 (ECONNREFUSED): start it');
    expect(actual).toEqual({ server: [1, true], token: [1, true] });
  });

  it('names a user PostgreSQL refuses and says to fix the URL', async () => {
    const db = withUrl((url) => {
      url.username = 'no_such_user';
      url.password = 'wrong';
    });
    const actual = await refusals(db, 'refused user "no_such_user"');
    const passwordShown = (await runCli(['token', 'list', '--db', db])).stderr.includes('wrong');
    expect({ ...actual, passwordShown }).toEqual({ server: [1, true], token: [1, true], passwordShown: false });
  });

  it('names a database that does not exist and says how to create it', async () => {
    const db = withUrl((url) => {
      url.pathname = '/no_such_database';
    });
    const actual = await refusals(db, 'has no database "no_such_database": create it (createdb');
    expect(actual).toEqual({ server: [1, true], token: [1, true] });
  });
}, ['postgres']);

describeStores('the token CLI on the server database', (store) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(store);
  });
  afterEach(() => database.drop());

  it('creates a token in the database --db names, which the server then accepts', async () => {
    const created = await runCli(['token', 'create', '--name', 'ci-bot', '--role', 'member', '--db', database.db]);
    const { server, url } = await startSpawned(database.db);
    const me = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${created.stdout.trim()}` } });
    server.child.kill('SIGTERM');
    await server.exited;
    expect([created.code, me.status]).toEqual([0, 200]);
  });
});

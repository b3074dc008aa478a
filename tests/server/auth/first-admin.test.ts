import { afterEach, beforeEach, expect, it } from 'vitest';
import { issueToken } from '../../../server/auth/tokens';
import { defaults } from '../../../server/config';
import { runServer } from '../../../server/run-server';
import { openStore } from '../../../server/store/open-store';
import { DEFAULT_ORGANISATION_ID } from '../../../server/store/store';
import { createTestDatabase, type TestDatabase } from '../../fixtures/test-databases';
import { describeStores } from '../../fixtures/test-stores';

describeStores('the admin token printed at start (issue 11: expiry)', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
  });
  afterEach(() => database.drop());

  it('prints a new admin token, under a free name, when every admin token has expired', async () => {
    const store = await openStore(database.db, { now: defaults.now });
    const expiresAt = new Date(Date.now() - 1000).toISOString();
    await issueToken(store.forOrg(DEFAULT_ORGANISATION_ID), { name: 'admin', role: 'admin', expiresAt }, new Date(Date.now() - 60_000).toISOString());
    await store.close();
    const printed: string[] = [];
    const started = await runServer({ ...defaults, db: database.db, port: 0, logLevel: 'silent' }, (line) => printed.push(line));
    await started.app.close();
    const lines = printed.join('\n').split('\n');
    expect([lines[1], lines[2] === `  ${started.adminToken}`]).toEqual([
      'No usable admin token: created the admin token "admin-2". Keep it now, it will not be shown again:',
      true,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { describeStore, storeKind } from '../../../server/store/open-store';

describe('storeKind', () => {
  it('takes a postgres:// or postgresql:// URL for PostgreSQL and anything else for a SQLite file', () => {
    const values = ['postgres://u@h/db', 'postgresql://u:p@h:5433/db', 'POSTGRES://h/db', 'data/contacts.sqlite', '/srv/postgres/contacts.sqlite', 'postgres.sqlite'];
    const actual = values.map(storeKind);
    expect(actual).toEqual(['postgres', 'postgres', 'postgres', 'sqlite', 'sqlite', 'sqlite']);
  });
});

describe('describeStore', () => {
  it('prints a PostgreSQL URL without its password', () => {
    const actual = describeStore('postgres://contacts:s3cret@db.example.com:5432/contacts');
    expect(actual).toEqual('postgres://contacts:***@db.example.com:5432/contacts');
  });
});

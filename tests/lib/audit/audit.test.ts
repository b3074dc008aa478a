import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../lib/api/api';
import { auditImports, auditPeople, undoneImports } from '../../../lib/audit/audit-facets';
import { filterAudit, noAuditFilter } from '../../../lib/audit/filter-audit';

const entry = (id: string, overrides: Partial<AuditEntry>): AuditEntry => ({
  id,
  at: `2026-01-0${id}T08:00:00.000Z`,
  token: 'admin',
  action: 'contact.create',
  contactIds: [],
  importId: null,
  ...overrides,
});

const log = [
  entry('1', { token: 'zoe', contactIds: ['c1'] }),
  entry('2', { token: 'admin', action: 'import', contactIds: ['c2', 'c3'], importId: 'i1' }),
  entry('3', { token: 'admin', action: 'import', contactIds: ['c4'], importId: 'i2' }),
  entry('4', { token: 'bob', action: 'import.undo', contactIds: ['c2', 'c3'], importId: 'i1' }),
  entry('5', { token: 'zoe', action: 'contact.update', contactIds: ['c3'] }),
];
const ids = (entries: AuditEntry[]) => entries.map((e) => e.id);

describe('filterAudit', () => {
  it('lets everything through with no filter', () => {
    expect(ids(filterAudit(log, noAuditFilter))).toEqual(['1', '2', '3', '4', '5']);
  });

  it('keeps one person’s writes', () => {
    expect(ids(filterAudit(log, { ...noAuditFilter, person: 'zoe' }))).toEqual(['1', '5']);
  });

  it('keeps the writes that touched a contact, imports included', () => {
    expect(ids(filterAudit(log, { ...noAuditFilter, contactIds: new Set(['c3']) }))).toEqual(['2', '4', '5']);
  });

  it('keeps an import and its undo', () => {
    expect(ids(filterAudit(log, { ...noAuditFilter, importId: 'i1' }))).toEqual(['2', '4']);
  });

  it('combines filters', () => {
    expect(ids(filterAudit(log, { person: 'bob', contactIds: new Set(['c2']), importId: 'i1' }))).toEqual(['4']);
  });
});

describe('audit facets', () => {
  it('lists the people who wrote, the imports newest first, and the undone imports', () => {
    const actual = { people: auditPeople(log), imports: ids(auditImports(log)), undone: [...undoneImports(log)] };
    expect(actual).toEqual({ people: ['admin', 'bob', 'zoe'], imports: ['3', '2'], undone: ['i1'] });
  });
});

import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../lib/api/api';
import { importBatches } from '../../../lib/audit/import-batches';
import { MAX_CONTACT_FILTER, matchingContacts } from '../../../lib/audit/matching-contacts';

const entry = (id: string, overrides: Partial<AuditEntry>): AuditEntry => ({
  id,
  at: `2026-01-0${id}T08:00:00.000Z`,
  token: 'admin',
  action: 'contact.create',
  contactIds: [],
  importId: null,
  ...overrides,
});


describe('importBatches', () => {
  it('turns the import entries into history rows in the order given, with their file and undone state', () => {
    const entries = [
      entry('3', { action: 'import', contactIds: ['c4'], importId: 'i2', batch: { file: 'new.csv', at: '2026-01-03T08:00:00.000Z', undoneAt: null } }),
      entry('2', { action: 'import', contactIds: ['c2', 'c3'], importId: 'i1', batch: { file: 'old.vcf', at: '2026-01-02T08:00:00.000Z', undoneAt: '2026-01-04T08:00:00.000Z' } }),
      entry('4', { token: 'bob', action: 'import.undo', contactIds: ['c2', 'c3'], importId: 'i1' }),
      entry('1', { action: 'import', contactIds: ['c9'], importId: 'i0' }),
    ];
    expect(importBatches(entries)).toEqual([
      { id: 'i2', at: '2026-01-03T08:00:00.000Z', who: 'admin', file: 'new.csv', count: 1, undone: false },
      { id: 'i1', at: '2026-01-02T08:00:00.000Z', who: 'admin', file: 'old.vcf', count: 2, undone: true },
      { id: 'i0', at: '2026-01-01T08:00:00.000Z', who: 'admin', file: null, count: 1, undone: false },
    ]);
  });
});

describe('matchingContacts', () => {
  const names = new Map([
    ['c1', 'Ada Lovelace'],
    ['c2', 'Élise Núñez'],
    ['c3', 'Adam Smith'],
  ]);

  it('names every contact whose name holds the text, case and accents ignored', () => {
    const actual = [matchingContacts(names, ' ADA '), matchingContacts(names, 'nunez'), matchingContacts(names, 'zed'), matchingContacts(names, '  ')];
    expect(actual).toEqual([{ kind: 'ids', ids: ['c1', 'c3'] }, { kind: 'ids', ids: ['c2'] }, { kind: 'none' }, { kind: 'any' }]);
  });

  it('says how many match past the limit, unless the contacts named exactly so fit in it', () => {
    const many = new Map<string, string>(Array.from({ length: MAX_CONTACT_FILTER + 1 }, (_, i) => [`m${i}`, `Martin ${i}`]));
    many.set('exact', 'Martin');
    const actual = { partial: matchingContacts(many, 'mart'), exact: matchingContacts(many, 'martin') };
    expect(actual).toEqual({ partial: { kind: 'too-many', count: MAX_CONTACT_FILTER + 2 }, exact: { kind: 'ids', ids: ['exact'] } });
  });
});

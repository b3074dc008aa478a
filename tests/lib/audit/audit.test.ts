import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../lib/api/api';
import { auditImports, undoneImports } from '../../../lib/audit/audit-facets';
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

const log = [
  entry('1', { token: 'zoe', contactIds: ['c1'] }),
  entry('2', { token: 'admin', action: 'import', contactIds: ['c2', 'c3'], importId: 'i1' }),
  entry('3', { token: 'admin', action: 'import', contactIds: ['c4'], importId: 'i2' }),
  entry('4', { token: 'bob', action: 'import.undo', contactIds: ['c2', 'c3'], importId: 'i1' }),
  entry('5', { token: 'zoe', action: 'contact.update', contactIds: ['c3'] }),
];
const ids = (entries: AuditEntry[]) => entries.map((e) => e.id);

describe('audit facets', () => {
  it('lists the imports newest first, and the undone imports', () => {
    const actual = { imports: ids(auditImports(log)), undone: [...undoneImports(log)] };
    expect(actual).toEqual({ imports: ['3', '2'], undone: ['i1'] });
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

import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import { directoryLookupFromList } from '../../../lib/contact/directory-lookup';
import { findDuplicate } from '../../../lib/contact/find-duplicate';
import { csvFile, makeFields, makeExisting } from '../../fixtures/contacts';

/** What happened to each line: [line, outcome]. */
function outcomes(lines: string[], options = {}) {
  const report = checkContactsCsv(csvFile(lines), options);
  return [
    ...report.contacts.map((c) => [c.line, 'new']),
    ...report.updates.map((u) => [u.line, `update ${u.id}`]),
    ...report.duplicates.map((d) => [d.line, 'of' in d && 'line' in d.of ? `duplicate of line ${d.of.line}` : `duplicate of ${(d.of as { id: string }).id}`]),
    ...report.rejected.map((r) => [r.line, r.code]),
    ...report.warnings.map((w) => [w.line, `warning ${w.code}`]),
  ];
}

describe('findDuplicate', () => {
  const directory = directoryLookupFromList([makeExisting({ id: 'x', name: 'Élise Dupont', email: 'elise@example.com', phones: [{ type: 'work', number: '+33612345678' }] })]);

  it('finds the same person by email in any case', () => {
    expect(findDuplicate(makeFields({ name: 'Other', email: 'ELISE@example.com', phones: [] }), directory)?.kind).toEqual('same');
  });

  it('finds the same person by name and a shared phone', () => {
    expect(findDuplicate(makeFields({ name: 'elise  dupont', email: undefined }), directory)?.kind).toEqual('same');
  });

  it('compares names ignoring case, accents and spacing', () => {
    const names = ['  ÉLISE   du Pont ', 'Elise Dupont', 'Élisé Dûpont', 'Elise Dupond'];
    expect(names.map((name) => findDuplicate(makeFields({ name, email: undefined }), directory)?.kind)).toEqual(['same', 'same', 'same', 'shared-phone']);
  });

  it('reports a shared phone alone as shared-phone', () => {
    expect(findDuplicate(makeFields({ name: 'Standard', email: undefined }), directory)?.kind).toEqual('shared-phone');
  });

  it('finds nothing for a different person', () => {
    expect(findDuplicate(makeFields({ name: 'Bob', email: 'bob@example.com', phones: [{ type: 'work', number: '+33612345679', display: '+33 6 12 34 56 79' }] }), directory)).toEqual(null);
  });
});

describe('checkContactsCsv duplicates within the file', () => {
  it('makes the later line a duplicate when the email matches in any case', () => {
    expect(outcomes(['Ann Lee,,ann@example.com,,,', 'Annie,,ANN@Example.com,,,'])).toEqual([
      [2, 'new'],
      [3, 'duplicate of line 2'],
    ]);
  });

  it('makes the later line a duplicate when name (case, accents, spacing) and a phone match', () => {
    expect(outcomes(['Élise Dupont,,,+33612345678,,', 'elise  DUPONT,,,+33699999999,+33 6 12 34 56 78,'])).toEqual([
      [2, 'new'],
      [3, 'duplicate of line 2'],
    ]);
  });

  it('imports contacts that only share a phone, with a warning', () => {
    expect(outcomes(['Reception,,,+33140000000,,', 'Ann Lee,,ann@example.com,+33140000000,,'])).toEqual([
      [2, 'new'],
      [3, 'new'],
      [3, 'warning shared-phone'],
    ]);
  });

  it('says which line is duplicated and why', () => {
    const actual = checkContactsCsv(csvFile(['Ann Lee,,ann@example.com,,,', 'Annie,,ANN@Example.com,,,'])).duplicates;
    expect(actual).toEqual([
      {
        line: 3,
        of: { line: 2 },
        code: 'duplicate-of-line',
        params: { line: 3, ofLine: 2, reason: 'email' },
        message: 'Line 3: is the same person as line 2 (same email); it was not imported. Merge the two lines.',
      },
    ]);
  });
});

describe('checkContactsCsv duplicates against the existing directory', () => {
  const existing = directoryLookupFromList([makeExisting({ id: 'c7', name: 'Ann Lee', email: 'ann@example.com', phones: [{ type: 'work', number: '+33140000000' }] })]);

  it('skips a line that is an existing contact by default', () => {
    expect(outcomes(['Ann Lee,,ANN@example.com,,,'], { existing })).toEqual([[2, 'duplicate of c7']]);
  });

  it('updates the existing contact under the update policy', () => {
    const report = checkContactsCsv(csvFile(['ann lee,CEO,,+33 1 40 00 00 00,,']), { existing, onDuplicate: 'update' });
    expect(report.updates).toEqual([{ line: 2, id: 'c7', name: 'ann lee', position: 'CEO', phones: [{ type: 'work', number: '+33140000000', display: '+33 1 40 00 00 00' }] }]);
  });

  it('updates an existing contact once: a second line for it is a duplicate of the first', () => {
    expect(outcomes(['Ann Lee,,ann@example.com,,,', 'Ann Lee,,,+33140000000,,'], { existing, onDuplicate: 'update' })).toEqual([
      [2, 'update c7'],
      [3, 'duplicate of line 2'],
    ]);
  });

  it('imports a contact that only shares a phone with an existing one, with a warning naming it', () => {
    const report = checkContactsCsv(csvFile(['Bob,,bob@example.com,+33140000000,,']), { existing });
    expect(report.warnings.map((w) => w.message)).toEqual([
      'Line 2: shares the phone +33 1 40 00 00 00 with "Ann Lee", already in the directory. Both are kept (a switchboard?); if they are one person, give both the same email.',
    ]);
  });
});

describe('checkContactsCsv accounting', () => {
  it('puts every line in exactly one of contacts, updates, rejected, duplicates or blank', () => {
    const existing = directoryLookupFromList([makeExisting({ id: 'c7', email: 'ann@example.com' })]);
    const lines = ['Ann,,ann@example.com,,,', '', 'Bob,,bob@example.com,,,', 'Bob,,bob@example.com,,,', 'Cy,,,0612345678,,', ',,,,,', 'Di,,di@example.com,,,'];
    const report = checkContactsCsv(csvFile(lines), { existing, onDuplicate: 'update' });
    const actual = [report.contacts.length, report.updates.length, report.rejected.length, report.duplicates.length, report.blank];
    expect(actual).toEqual([2, 1, 1, 1, 2]);
  });
});

describe('directoryLookupFromList', () => {
  it('finds every contact sharing a number, and emails in any case', () => {
    const a = makeExisting({ id: 'a', email: 'a@example.com' });
    const b = makeExisting({ id: 'b', email: 'b@example.com' });
    const lookup = directoryLookupFromList([a, b]);
    expect([lookup.findByPhone('+33612345678').map((c) => c.id), lookup.findByEmail('A@EXAMPLE.COM')?.id, lookup.findByPhone('+33000')]).toEqual([['a', 'b'], 'a', []]);
  });
});

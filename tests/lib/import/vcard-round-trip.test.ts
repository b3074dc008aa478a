/**
 * Issue 13's property: any directory exported as vCard (lib/export/export-contacts-vcard.ts) imports back to the
 * same contacts. fast-check is not used for this one: a seeded generator loop over tests/fixtures/generate-contacts.ts,
 * varied with the shapes the rules allow (no work phone but an email and optional phones, no email, no position,
 * names and positions holding the characters vCard escapes).
 */
import { describe, expect, it } from 'vitest';
import type { ContactFields } from '../../../lib/contact/contact';
import { exportContactsVcard } from '../../../lib/export/export-contacts-vcard';
import { checkContactsFile } from '../../../lib/import/check-contacts-file';
import { validateContact } from '../../../lib/rules/validate-contact';
import { generateContacts, seeded } from '../../fixtures/generate-contacts';
import { makePhone } from '../../fixtures/contacts';

const RUNS = 25;
const TRICKY = ['Smith, Jr', 'R&D; Lab', 'C:\\Team', 'Ünïcödé 東京', 'A "quoted" name', 'Line=End='];

/** A directory of up to `count` contacts whose emails and numbers are all distinct (else the import finds duplicates). */
function directory(seed: number, count: number): ContactFields[] {
  const random = seeded(seed);
  const seen = new Set<string>();
  const contacts: ContactFields[] = [];
  for (const { name, position, email, phones } of generateContacts(count, seed)) {
    const keys = [email ?? '', ...phones.map((phone) => phone.number)].filter((key) => key !== '');
    if (keys.some((key) => seen.has(key))) continue;
    keys.forEach((key) => seen.add(key));
    const shape = random();
    let fields: ContactFields = { name, phones: [...phones], ...(position ? { position } : {}), ...(email ? { email } : {}) };
    if (shape < 0.15 && email) {
      // An email and optional phones only: the work phone becomes an optional one, and a second one joins it.
      const extra = makePhone(`+4917${String(Math.floor(random() * 1e9)).padStart(9, '0')}`, 'other');
      const fresh = !seen.has(extra.number);
      seen.add(extra.number);
      fields = { ...fields, phones: [{ ...phones[0]!, type: 'other' as const }, ...(fresh ? [extra] : [])].slice(0, 2) };
    } else if (shape < 0.3) {
      const { email: _email, ...rest } = fields;
      fields = rest;
    } else if (shape < 0.45) {
      fields = { ...fields, name: `${TRICKY[Math.floor(random() * TRICKY.length)]} ${name}`, position: TRICKY[Math.floor(random() * TRICKY.length)]! };
    }
    // A directory only holds what the rules accept (the generator's `société.fr` addresses are not): keep those, as stored.
    const valid = validateContact(fields);
    if (valid.ok) contacts.push(valid.contact);
  }
  return contacts;
}

describe('a directory exported as vCard', () => {
  it(`imports back to the same contacts (${RUNS} seeded directories)`, () => {
    const shapes = { contacts: 0, noWorkPhone: 0, noEmail: 0, escaped: 0 };
    for (let run = 0; run < RUNS; run++) {
      const contacts = directory(1000 + run, 40);
      shapes.contacts += contacts.length;
      shapes.noWorkPhone += contacts.filter((c) => c.phones.length > 0 && c.phones.every((p) => p.type === 'other')).length;
      shapes.noEmail += contacts.filter((c) => c.email === undefined).length;
      shapes.escaped += contacts.filter((c) => /[,;\\]/.test(c.name + (c.position ?? ''))).length;
      const text = exportContactsVcard(contacts);
      const report = checkContactsFile({ name: 'export.vcf', bytes: new TextEncoder().encode(text) });
      const actual = { seed: 1000 + run, ok: report.ok, rejected: report.rejected, duplicates: report.duplicates, contacts: report.contacts.map(({ line: _line, ...contact }) => contact) };
      expect(actual).toEqual({ seed: 1000 + run, ok: true, rejected: [], duplicates: [], contacts });
    }
    // The loop did meet every shape it is meant to check.
    expect(Object.values(shapes).every((count) => count > 0)).toEqual(true);
  });
});

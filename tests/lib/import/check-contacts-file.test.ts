import { describe, expect, it } from 'vitest';
import { checkContactsFile } from '../../../lib/import/check-contacts-file';
import { GUIDE_EXAMPLE, makePhone, textFile } from '../../fixtures/contacts';
import { importFile } from '../../fixtures/import-files';

const contactsOf = (name: string, defaultCountry?: string) =>
  checkContactsFile(importFile(name), defaultCountry ? { defaultCountry } : {}).contacts.map(({ line: _line, ...contact }) => contact);

describe('checkContactsFile recognises the format', () => {
  it.each([
    ['google-current.csv', 'google-csv', 'google-current'],
    ['google-older.csv', 'google-csv', 'google-older'],
    ['outlook-en.csv', 'outlook-csv', 'outlook-en'],
    ['outlook-fr.csv', 'outlook-csv', 'outlook-fr'],
    ['outlook-de.csv', 'outlook-csv', 'outlook-de'],
    ['phone-2.1.vcf', 'vcard', 'vcard'],
    ['outlook-2.1.vcf', 'vcard', 'vcard'],
    ['apple-3.0.vcf', 'vcard', 'vcard'],
    ['contacts-4.0.vcf', 'vcard', 'vcard'],
  ])('reads %s as %s (%s)', (name, format, variant) => {
    const report = checkContactsFile(importFile(name), { defaultCountry: 'FR' });
    expect({ ok: report.ok, format: report.format, variant: report.mapping?.variant }).toEqual({ ok: true, format, variant });
  });

  it("reads our own CSV exactly as before, as contacts-csv with no mapping", () => {
    const report = checkContactsFile(textFile(GUIDE_EXAMPLE, 'exemple.csv'));
    expect({ format: report.format, mapping: report.mapping, names: report.contacts.map((c) => c.name) }).toEqual({
      format: 'contacts-csv',
      mapping: undefined,
      names: ['John Smith', 'Maria Beck'],
    });
  });

  it('refuses a name that ends in neither .csv nor .vcf, naming both', () => {
    const error = checkContactsFile(textFile(GUIDE_EXAMPLE, 'contacts.xlsx')).error;
    expect({ code: error?.code, both: /\.csv.*\.vcf/.test(error?.message ?? '') }).toEqual({ code: 'not-csv-name', both: true });
  });

  it('reads a file as vCard whatever its name when told so (the server got text/vcard)', () => {
    const report = checkContactsFile({ ...importFile('phone-2.1.vcf'), name: 'upload' }, { as: 'vcard' });
    expect({ format: report.format, count: report.contacts.length }).toEqual({ format: 'vcard', count: 2 });
  });

  it('refuses a .vcf without any card, showing its first line', () => {
    const error = checkContactsFile(textFile('name,email\nAnn,ann@example.com\n', 'contacts.vcf')).error;
    expect({ code: error?.code, found: error?.params?.found }).toEqual({ code: 'not-vcard', found: 'name,email' });
  });

  it('keeps the not-header refusal of our CSV for a header nobody wrote', () => {
    expect(checkContactsFile(textFile('Full name,Phone\nAnn,+33612345678\n', 'x.csv')).error?.code).toEqual('not-header');
  });
});

describe('checkContactsFile maps each export to the same contacts', () => {
  it("maps Google's current export: primary email, ' ::: ' values, work phone by label, mobile first, a switchboard", () => {
    expect(contactsOf('google-current.csv', 'FR')).toEqual([
      {
        name: 'Ana María López',
        position: 'Head of Sales',
        email: 'ana.lopez@acme.test',
        phones: [makePhone('+33140000001'), makePhone('+33612345678', 'other'), makePhone('+33145000002', 'other')],
      },
      { name: 'Acme Reception', phones: [makePhone('+33140000000')] },
      { name: 'Bob Martin', email: 'bob.martin@example.org', phones: [makePhone('+33611223344')] },
      { name: 'Chloé Durand', email: 'chloe.durand@acme.test', phones: [makePhone('+33699887766'), makePhone('+33140000009', 'other')] },
    ]);
  });

  it('warns about every value Google had that does not fit: a second and third email, a fourth phone', () => {
    const warnings = checkContactsFile(importFile('google-current.csv'), { defaultCountry: 'FR' }).warnings.map(({ line, code, params }) => [line, code, params?.value, params?.column]);
    expect(warnings).toEqual([
      [2, 'email-not-imported', 'ana@home.test', 'E-mail 1 - Value'],
      [2, 'email-not-imported', 'ana.l@mail.test', 'E-mail 2 - Value'],
      [2, 'phone-not-imported', '+33 1 45 00 00 03', 'Phone 3 - Value'],
      [6, 'email-not-imported', 'chloe@home.test', 'E-mail 1 - Value'],
    ]);
  });

  it('follows the default-country rule for national numbers: rejected without one, with the line of the record', () => {
    const rejected = checkContactsFile(importFile('google-current.csv')).rejected.map(({ line, field, code }) => ({ line, field, code }));
    expect(rejected).toEqual([{ line: 4, field: 'work-phone', code: 'phone-not-international' }]);
  });

  it("maps Google's older export, with the full name when given and family names are empty", () => {
    expect(contactsOf('google-older.csv')).toEqual([
      { name: 'Jean Dupont', position: 'Directeur', email: 'jean.dupont@example.fr', phones: [makePhone('+33123456789'), makePhone('+33698765432', 'other')] },
      { name: 'Marie Curie', email: 'marie@example.fr', phones: [] },
    ]);
  });

  it('maps a Windows-1252 French Outlook export: the second Titre is the job title, the first Nom the last name, "Société " the switchboard', () => {
    expect(contactsOf('outlook-fr.csv', 'FR')).toEqual([
      {
        name: 'Jérôme Lefèvre',
        position: 'Responsable des achats',
        email: 'jerome.lefevre@sge.test',
        phones: [makePhone('+33142000001'), makePhone('+33612345678', 'other'), makePhone('+33143000002', 'other')],
      },
      { name: 'Éloïse Laurent', email: 'eloise.laurent@exemple.test', phones: [] },
      { name: 'Standard Société Générale', phones: [makePhone('+33142000000')] },
    ]);
  });

  it('maps an English Outlook export: Title is a salutation, not the position; Business Phone is the work phone', () => {
    expect(contactsOf('outlook-en.csv')).toEqual([
      {
        name: "Peter O'Brien",
        position: 'Help Desk Lead',
        email: 'peter.obrien@contoso.test',
        phones: [makePhone('+442079460958'), makePhone('+447700900123', 'other'), makePhone('+442079460002', 'other')],
      },
      { name: 'Zoë Hart', email: 'zoe.hart@contoso.test', phones: [] },
    ]);
  });

  it('maps a German Outlook export (UTF-8 with BOM), its national number under the DE default country, the fax last', () => {
    expect(contactsOf('outlook-de.csv', 'DE')).toEqual([
      {
        name: 'Jürgen Müller',
        position: 'Vertriebsleiter',
        email: 'j.mueller@firma.test',
        phones: [makePhone('+49301234567'), makePhone('+491712345678', 'other'), makePhone('+49301234568', 'other')],
      },
    ]);
  });

  it('maps vCard 2.1 from a phone: quoted-printable UTF-8 and ISO-8859-1, soft line breaks, PREF email, WORK phone', () => {
    expect(contactsOf('phone-2.1.vcf')).toEqual([
      {
        name: 'François Lévesque',
        position: 'Responsable de la sécurité informatique et des réseaux',
        email: 'francois@example.test',
        phones: [makePhone('+33140000001'), makePhone('+33612345678', 'other')],
      },
      { name: 'Jürgen Müller', email: 'juergen@firma.test', phones: [makePhone('+49301234567'), makePhone('+491712345678', 'other'), makePhone('+49307654321', 'other')] },
    ]);
  });

  it("maps classic Outlook's 8-bit Windows-1252 vCard 2.1", () => {
    expect(contactsOf('outlook-2.1.vcf')).toEqual([{ name: 'Hélène Lefèvre', position: 'Acheteuse', email: 'helene.lefevre@sg.test', phones: [makePhone('+33142000010')] }]);
  });

  it("maps Apple's vCard 3.0: folded lines, mixed line ends, an X-ABLabel'd work phone, an escaped comma, a switchboard card", () => {
    expect(contactsOf('apple-3.0.vcf')).toEqual([
      { name: 'Anna Maria Smith', position: 'Senior Engineer, Platform', email: 'anna.smith@acme.test', phones: [makePhone('+15551234567'), makePhone('+15559876543', 'other')] },
      { name: 'Acme Switchboard', phones: [makePhone('+15550000000')] },
    ]);
  });

  it('maps vCard 4.0 tel: URIs and PREF=1, and rejects a card cut before its END:VCARD', () => {
    const report = checkContactsFile(importFile('contacts-4.0.vcf'));
    const actual = { contacts: report.contacts.map(({ line: _line, ...contact }) => contact), rejected: report.rejected.map(({ line, code }) => ({ line, code })) };
    expect(actual).toEqual({
      contacts: [{ name: 'Noël Garnier', position: 'Chef de projet', email: 'noel.garnier@acme.test', phones: [makePhone('+33140000020'), makePhone('+33612345600', 'other')] }],
      rejected: [{ line: 11, code: 'vcard-unterminated' }],
    });
  });

  it('applies the same contact cap as our CSV to a vCard file', () => {
    const card = (i: number) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person ${i}\r\nEMAIL:p${i}@example.com\r\nEND:VCARD\r\n`;
    const text = Array.from({ length: 4 }, (_, i) => card(i)).join('');
    const error = checkContactsFile(textFile(text, 'many.vcf'), { maxContacts: 3 }).error;
    expect({ code: error?.code, params: error?.params }).toEqual({ code: 'too-many-contacts', params: { file: 'many.vcf', count: 4, max: 3, parts: 2 } });
  });

  it('applies the duplicate rule of our CSV within a Google file', () => {
    const header = 'First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value';
    const text = `${header}\nAnn,Lee,* Work,ann@example.com,,\nAnnie,Lee,Home,ANN@example.com,,\n`;
    const report = checkContactsFile(textFile(text, 'google.csv'));
    expect(report.duplicates.map(({ line, code }) => ({ line, code }))).toEqual([{ line: 3, code: 'duplicate-of-line' }]);
  });

  it('rejects a Google row that lost a separator, naming both widths, and one without any name', () => {
    const header = 'First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value';
    const text = `${header}\nAnn,Lee,,Work\n,,,Work,nobody@example.com\n`;
    const rejected = checkContactsFile(textFile(text, 'google.csv')).rejected.map(({ line, code, params }) => ({ line, code, params }));
    expect(rejected).toEqual([
      { line: 2, code: 'source-field-count', params: { count: 4, width: 5, line: 2 } },
      { line: 3, code: 'source-name-required', params: { columns: 'First Name, Last Name, Organization Name', line: 3, field: 'contact-name' } },
    ]);
  });
});

/**
 * "Add selection as contact" (issue 5): realistic signatures, as selected in a mail or a web page, read into the
 * add form's draft.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFormHash, rawContactOf, readAddFormHash } from '../../../lib/contact/contact-form-values';
import { checkEachContactField } from '../../../lib/rules/check-contact-fields';
import { isEmailShape } from '../../../lib/rules/email-shape';
import { parseSelection } from '../../../lib/selection/parse-selection';

/** Pieces signatures are made of, so random selections look like real ones often enough to find names and phones. */
const piece = fc.oneof(
  fc.constantFrom('Jane Doe', 'Jean-Pierre de la Tour', 'Hans Müller', 'Head of Sales', 'Leiter Vertrieb', 'Acme GmbH'),
  fc.constantFrom('Tel: ', 'Fax: ', 'Mob. ', 'Courriel : ', 'mailto:', 'Best regards,', 'Cordialement', 'Hi Bob,', 'www.acme.example'),
  fc.constantFrom('+49 30 1234567', '030 1234567', '00491222333444555', '+33 6 12 34 56 78', '10115 Berlin', '0171 1234567'),
  fc.constantFrom('jane.doe@acme.example', 'X@Y.example', '<a@b.example>', '"Doe, Jane"'),
  fc.constantFrom('\n', ' | ', ' • ', '\t', ', ', ' - ', ' ', '\u00a0'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const selection = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('parseSelection', () => {
  it('reads the example selection of the issue', () => {
    const expected = { name: 'Jane Doe', position: 'Head of Sales', email: 'jane.doe@acme.example', phones: ['+49 30 1234567'], nationalNumbers: [] };
    const actual = parseSelection('Jane Doe\nHead of Sales, Acme GmbH\njane.doe@acme.example | +49 30 1234567');
    expect(actual).toEqual(expected);
  });

  it('reads the same selection flattened by Chrome into one line, cutting the name at the job title', () => {
    const expected = { name: 'Jane Doe', position: 'Head of Sales', email: 'jane.doe@acme.example', phones: ['+49 30 1234567'], nationalNumbers: [] };
    const actual = parseSelection('Jane Doe Head of Sales, Acme GmbH jane.doe@acme.example | +49 30 1234567');
    expect(actual).toEqual(expected);
  });

  it('reads a French signature: closing, address, "Tél. :", "Mob.", a fax left out, "Courriel :", a website', () => {
    const selection = [
      'Cordialement,',
      '',
      'Jean Dupont',
      'Directeur commercial | Durand S.A.',
      '12 rue de la Paix, 75002 Paris',
      'Tél. : 01 42 68 53 00',
      'Mob. 06 12 34 56 78',
      'Fax : 01 42 68 53 01',
      'Courriel : Jean.Dupont@durand.example',
      'www.durand.example',
    ].join('\n');
    const expected = { name: 'Jean Dupont', position: 'Directeur commercial', email: 'jean.dupont@durand.example', phones: ['+33 1 42 68 53 00', '+33 6 12 34 56 78'], nationalNumbers: [] };
    const actual = parseSelection(selection, { defaultCountry: 'FR' });
    expect(actual).toEqual(expected);
  });

  it('reads a German signature: "Mit freundlichen Grüßen", "Handy:", a postal code that is no phone, "E-Mail:"', () => {
    const selection = [
      'Mit freundlichen Grüßen',
      'Hans Müller',
      'Leiter Vertrieb',
      'Muster GmbH',
      'Musterstraße 12, 10115 Berlin',
      'Tel.: +49 (0)30 1234567',
      'Handy: 0171 1234567',
      'Fax: +49 30 1234568',
      'E-Mail: H.Mueller@Muster.example',
    ].join('\n');
    const expected = { name: 'Hans Müller', position: 'Leiter Vertrieb', email: 'h.mueller@muster.example', phones: ['+49 30 1234567', '+49 171 1234567'], nationalNumbers: [] };
    const actual = parseSelection(selection, { defaultCountry: 'de' });
    expect(actual).toEqual(expected);
  });

  it('reads an American one-line signature with "T:", "F:" and "M:" labels, dropping the extension', () => {
    const selection = 'John Smith | CTO @ Acme Inc. | T: +1 (212) 555-0143 ext. 12 | F: +1 212 555 0144 | M: +1 917 555 0199 | john@acme.example';
    const expected = { name: 'John Smith', position: 'CTO', email: 'john@acme.example', phones: ['+1 212 555 0143', '+1 917 555 0199'], nationalNumbers: [] };
    const actual = parseSelection(selection);
    expect(actual).toEqual(expected);
  });

  it('finds a national number with the default country of the settings', () => {
    const expected = [
      { name: '', position: '', email: '', phones: ['+49 30 1234567'], nationalNumbers: [] },
      { name: '', position: '', email: '', phones: ['+33 6 12 34 56 78'], nationalNumbers: [] },
    ];
    const actual = [parseSelection('Tel: 030 1234567', { defaultCountry: 'DE' }), parseSelection('Portable : 06 12 34 56 78', { defaultCountry: 'FR' })];
    expect(actual).toEqual(expected);
  });

  it('keeps a national number as written, and reports it, without a default country or with one it does not know', () => {
    const expected = [
      { name: '', position: '', email: '', phones: ['030 1234567'], nationalNumbers: ['030 1234567'] },
      { name: '', position: '', email: '', phones: ['030 1234567'], nationalNumbers: ['030 1234567'] },
    ];
    const actual = [parseSelection('Tel: 030 1234567'), parseSelection('Tel: 030 1234567', { defaultCountry: 'ZZ' })];
    expect(actual).toEqual(expected);
  });

  it('reads a selection that is only a phone written with 00, as our users write them', () => {
    const expected = { name: '', position: '', email: '', phones: ['+49 1222333444555'], nationalNumbers: [] };
    const actual = parseSelection('Téléphone : 00491222333444555');
    expect(actual).toEqual(expected);
  });

  it('reads a selection that is only an email, behind a "mailto:"', () => {
    const expected = { name: '', position: '', email: 'support@acme.example', phones: [], nationalNumbers: [] };
    const actual = parseSelection('mailto:Support@Acme.example');
    expect(actual).toEqual(expected);
  });

  it('takes the name of a "Name <email>" line when no other line is a name, and no sentence as its position', () => {
    const expected = [
      { name: 'Jane Doe', position: 'Head of Sales', email: 'jane@acme.example', phones: [], nationalNumbers: [] },
      { name: 'Jane Doe', position: '', email: 'jane@acme.example', phones: [], nationalNumbers: [] },
    ];
    const actual = [
      parseSelection('"Jane Doe" <jane@acme.example>\nHead of Sales\nThanks for the call!'),
      parseSelection('Jane Doe <jane@acme.example>\nSee you on Monday.'),
    ];
    expect(actual).toEqual(expected);
  });

  it('skips greetings and the recipient of a mail, and takes the full name of the sender over a signed first name', () => {
    const selection = [
      'From: Jane Doe <jane@acme.example>',
      'To: Bob Martin <bob@client.example>',
      'Subject: Our call',
      '',
      'Hi Bob,',
      'see you on Monday.',
      'Best,',
      'Jane',
    ].join('\n');
    const expected = { name: 'Jane Doe', position: '', email: 'jane@acme.example', phones: [], nationalNumbers: [] };
    const actual = parseSelection(selection);
    expect(actual).toEqual(expected);
  });

  it('reads a French signature flattened into one line after its closing', () => {
    const selection = 'Cordialement, Jean Dupont Responsable commercial chez Durand Tél. 01 42 68 53 00 jean.dupont@durand.example';
    const expected = { name: 'Jean Dupont', position: 'Responsable commercial', email: 'jean.dupont@durand.example', phones: ['+33 1 42 68 53 00'], nationalNumbers: [] };
    const actual = parseSelection(selection, { defaultCountry: 'FR' });
    expect(actual).toEqual(expected);
  });

  it('finds no name in a department signature: a team, a company and an address are no one', () => {
    const selection = 'Service client\nAcme SAS\n2 place de la Défense, 92800 Puteaux\nTél : +33 1 42 68 53 00\nclients@acme.example';
    const expected = { name: '', position: '', email: 'clients@acme.example', phones: ['+33 1 42 68 53 00'], nationalNumbers: [] };
    const actual = parseSelection(selection);
    expect(actual).toEqual(expected);
  });

  it('keeps at most three phones, each once, the first as the work phone, and a "Tel/Fax" line as a phone', () => {
    const selection = [
      'Anna Schmidt',
      'Tel/Fax: +49 89 1234567',
      'Mobil: +49 171 1234567',
      'Zentrale: +49 89 1234567',
      'Büro: +49 89 7654321',
      'Privat: +49 172 7654321',
    ].join('\n');
    const expected = { name: 'Anna Schmidt', position: '', email: '', phones: ['+49 89 1234567', '+49 171 1234567', '+49 89 7654321'], nationalNumbers: [] };
    const actual = parseSelection(selection);
    expect(actual).toEqual(expected);
  });

  it('leaves out a fax marked after its number, but not an office whose name holds "fax"', () => {
    const selection = 'Fairfax office: +1 703 555 0100\n+1 703 555 0101 (fax)\n+1 703 555 0102 (mobile)';
    const expected = { name: '', position: '', email: '', phones: ['+1 703 555 0100', '+1 703 555 0102'], nationalNumbers: [] };
    const actual = parseSelection(selection);
    expect(actual).toEqual(expected);
  });

  it('takes the name without its pronouns, and no phone from the digits of a link', () => {
    const selection = 'Jane Doe (she/her)\nSenior Engineer - Platform\nhttps://acme.example/team?id=0301234567\nJane.Doe@Acme.example';
    const expected = { name: 'Jane Doe', position: 'Senior Engineer', email: 'jane.doe@acme.example', phones: [], nationalNumbers: [] };
    const actual = parseSelection(selection, { defaultCountry: 'DE' });
    expect(actual).toEqual(expected);
  });

  it('takes the full signature below a reply signed with a first name, with "(office)" and "(mobile)" asides', () => {
    const selection = "Thanks,\nMike\n\nMichael O'Brien | VP Engineering | Widgets Ltd.\n+44 20 7946 0958 (office) | +44 7911 123456 (mobile)\nmike@widgets.example";
    const expected = { name: "Michael O'Brien", position: 'VP Engineering', email: 'mike@widgets.example', phones: ['+44 20 7946 0958', '+44 7911 123456'], nationalNumbers: [] };
    const actual = parseSelection(selection);
    expect(actual).toEqual(expected);
  });

  it('reads the contact block of a web page, whose heading is not a name', () => {
    const selection = 'Contact\nEmail: info@acme.example\nPhone: +1 (415) 555-0123';
    const expected = { name: '', position: '', email: 'info@acme.example', phones: ['+1 415 555 0123'], nationalNumbers: [] };
    const actual = parseSelection(selection);
    expect(actual).toEqual(expected);
  });

  it('reads "Name, Position" on one line and the first of several emails', () => {
    const selection = 'Marie Curie, Chargée de recherche\nmarie.curie@labo.example · secretariat@labo.example\n+33 1 44 27 00 00';
    const expected = { name: 'Marie Curie', position: 'Chargée de recherche', email: 'marie.curie@labo.example', phones: ['+33 1 44 27 00 00'], nationalNumbers: [] };
    const actual = parseSelection(selection);
    expect(actual).toEqual(expected);
  });

  it('reads only the first 5,000 characters of a huge selection', () => {
    const selection = `Jane Doe\n+49 30 1234567\n${'Lorem ipsum dolor sit amet. '.repeat(400)}\nlate@acme.example +33 1 42 68 53 00`;
    const expected = { name: 'Jane Doe', position: '', email: '', phones: ['+49 30 1234567'], nationalNumbers: [] };
    const actual = parseSelection(selection);
    expect(actual).toEqual(expected);
  });

  it('gives an empty draft for an empty or blank selection', () => {
    const empty = { name: '', position: '', email: '', phones: [], nationalNumbers: [] };
    const expected = [empty, empty];
    const actual = [parseSelection(''), parseSelection(' \n\t \n')];
    expect(actual).toEqual(expected);
  });

  it('never throws, and fills the form only with what the selection holds', () => {
    const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');
    const folded = (text: string) => text.replace(/[\s\u00a0\u202f]+/gu, ' ');
    fc.assert(
      fc.property(selection, fc.constantFrom(undefined, 'DE', 'FR', 'ZZ'), (text, defaultCountry) => {
        const draft = parseSelection(text, { defaultCountry });
        const expected = { emailOk: true, phonesOk: true, nameOk: true, positionOk: true };
        const actual = {
          emailOk: draft.email === '' || (isEmailShape(draft.email) && text.toLowerCase().includes(draft.email)),
          phonesOk:
            draft.phones.length <= 3 &&
            new Set(draft.phones).size === draft.phones.length &&
            draft.phones.every((p) => /^\+\d+(?: \d+)*$/.test(p) || (draft.nationalNumbers.includes(p) && folded(text).includes(p))) &&
            draft.nationalNumbers.every((p) => draft.phones.includes(p)),
          nameOk: words(draft.name).every((word) => text.includes(word)) && draft.name === draft.name.trim(),
          positionOk: words(draft.position).every((word) => text.includes(word)) && draft.position === draft.position.trim(),
        };
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  describe('a national number no country can read (issue 9, defect 10)', () => {
    const signature = ['Marie Martin', 'Directrice commerciale', 'Port. 06 12 34 56 78', 'marie.martin@exemple.fr'];

    it('is kept as written and reported, not dropped without a word', () => {
      const expected = { name: 'Marie Martin', position: 'Directrice commerciale', email: 'marie.martin@exemple.fr', phones: ['06 12 34 56 78'], nationalNumbers: ['06 12 34 56 78'] };
      const actual = parseSelection(signature.join('\n'));
      expect(actual).toEqual(expected);
    });

    it('still cuts a selection Chrome flattened into one line, so the position before it is kept', () => {
      const expected = { name: 'Marie Martin', position: 'Directrice commerciale', email: 'marie.martin@exemple.fr', phones: ['06 12 34 56 78'], nationalNumbers: ['06 12 34 56 78'] };
      const actual = parseSelection(signature.join(' '));
      expect(actual).toEqual(expected);
    });

    it('is read, and not reported, once a country is set', () => {
      const expected = { name: 'Marie Martin', position: 'Directrice commerciale', email: 'marie.martin@exemple.fr', phones: ['+33 6 12 34 56 78'], nationalNumbers: [] };
      const actual = parseSelection(signature.join(' '), { defaultCountry: 'FR' });
      expect(actual).toEqual(expected);
    });

    it('keeps the order of the numbers, leaves a fax out, and takes no date, postal code or short number', () => {
      const selection = [
        'Hans Müller',
        'Leiter Vertrieb',
        'Musterstraße 12, 10115 Berlin',
        'Tel. 030 1234567 | Fax 030 1234568',
        'Mobil: +49 171 1234567',
        'Sent 01.02.2024 10:15, ref. 0123 4567',
      ].join('\n');
      const expected = { name: 'Hans Müller', position: 'Leiter Vertrieb', email: '', phones: ['030 1234567', '+49 171 1234567'], nationalNumbers: ['030 1234567'] };
      const actual = parseSelection(selection);
      expect(actual).toEqual(expected);
    });
  });
});

describe('parseSelection and the control-character rule (issue 9, defect 6)', () => {
  it('keeps a name holding a control character, so the form refuses it with the same code as every other way in', () => {
    const draft = parseSelection('Jean\u001b Dupont\nDirecteur commercial\njean.dupont@acme.fr\n+33 6 12 34 56 78');
    const values = readAddFormHash(addFormHash(draft));
    const problems = values ? checkEachContactField(rawContactOf(values)).problems : {};
    const actual = { name: draft.name, codes: Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problem?.code])) };
    expect(actual).toEqual({ name: 'Jean\u001b Dupont', codes: { 'contact-name': 'control-character' } });
  });
});

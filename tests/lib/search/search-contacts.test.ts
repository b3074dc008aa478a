import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../lib/contact/contact';
import { createContactSearch, searchContacts } from '../../../lib/search/search-contacts';
import { buildSearchIndex } from '../../../lib/search/search-index';
import { buildSearchKey } from '../../../lib/search/search-key';
import { isOneEditFromPrefix } from '../../../lib/search/search-one-edit';
import { makeContact } from '../../fixtures/contacts';

const directory: Contact[] = [
  makeContact({ name: 'José Núñez', position: 'Sales', email: 'jose@acme.test', phones: [{ type: 'work', number: '+4917212345678', display: '+49 172 12345678' }] }),
  makeContact({ name: 'Maria Beck', position: '', email: 'maria.beck@email.com', phones: [{ type: 'work', number: '+15551234567', display: '+1 555 123 4567' }] }),
  makeContact({ name: 'John Smith', position: 'Sécurité', email: 'jhon-smith@email.com', phones: [{ type: 'work', number: '+491222333444555', display: '+49 1222333444555' }] }),
  makeContact({ name: 'Zoé Martin', position: 'Head of Marketing', email: 'zoe@acme.test', phones: [] }),
  makeContact({ name: 'Anna Marketa', position: 'Accounts', email: 'anna@acme.test', phones: [] }),
  makeContact({ name: 'Bob Tanner', position: 'Driver', email: 'market@acme.test', phones: [{ type: 'other', number: '+33612345678', display: '+33 6 12 34 56 78' }] }),
  makeContact({ name: 'Carl Zeiss', position: 'Optics', email: 'carl@acme.test', phones: [{ type: 'work', number: '+4930999000', display: '+49 30 999000' }] }),
];

function names(text: string, contacts = directory): string[] {
  const index = buildSearchIndex(contacts.map(buildSearchKey));
  return [...searchContacts(index, text)].map((c) => contacts[c]!.name);
}

describe('searchContacts', () => {
  it('shows everyone alphabetically, ignoring accents, when the box is empty', () => {
    const expected = ['Anna Marketa', 'Bob Tanner', 'Carl Zeiss', 'John Smith', 'José Núñez', 'Maria Beck', 'Zoé Martin'];
    expect(names('  ')).toEqual(expected);
  });

  it('finds Núñez when typing nunez (case- and accent-insensitive)', () => {
    expect(names('NUNEZ')).toEqual(['José Núñez']);
  });

  it('finds the accented position Sécurité from securite', () => {
    expect(names('securite')).toEqual(['John Smith']);
  });

  it('matches word prefixes of the name, position and email', () => {
    const expected = { name: ['John Smith'], position: ['Zoé Martin'], email: ['Maria Beck'] };
    const actual = { name: names('smi'), position: names('head'), email: names('maria.beck@em') };
    expect(actual).toEqual(expected);
  });

  it('does not match inside a word', () => {
    expect(names('ith')).toEqual([]);
  });

  it('requires every word typed, in any field', () => {
    expect(names('beck email')).toEqual(['Maria Beck']);
  });

  it('finds +49 172… from the national form 0172', () => {
    expect(names('0172')).toEqual(['José Núñez']);
  });

  it('finds +1 555 123 4567 from 5551234', () => {
    expect(names('5551234')).toEqual(['Maria Beck']);
  });

  it('ignores +, 00, spaces and dashes in digits', () => {
    const expected = [['Maria Beck'], ['Maria Beck'], ['Maria Beck'], ['José Núñez']];
    const actual = [names('+1 555-123'), names('001 555 1234567'), names('(555) 123-45'), names('0049 172 123')];
    expect(actual).toEqual(expected);
  });

  it('matches digits anywhere in the number, not only at its start', () => {
    expect(names('4567')).toEqual(['Bob Tanner', 'José Núñez', 'Maria Beck']);
  });

  it('forgives one typo in words of 4+ letters', () => {
    const expected = [['John Smith'], ['José Núñez'], ['John Smith']];
    expect([names('jonh'), names('nunex'), names('smiht')]).toEqual(expected);
  });

  it('forgives no typo in words of 3 letters or fewer', () => {
    expect(names('smt')).toEqual([]);
  });

  it('does not forgive two typos', () => {
    expect(names('smoht')).toEqual([]);
  });

  it('ranks a name prefix before a position, an email and then phone digits', () => {
    const contacts = [
      makeContact({ name: 'Amy Adams', position: 'Driver', email: 'x@a.test', phones: [{ type: 'work', number: '+33123456789', display: '+33 1 23 45 67 89' }] }),
      makeContact({ name: 'Ben Bold', position: 'Dev lead', email: 'y@a.test', phones: [] }),
      makeContact({ name: 'Cat Cole', position: 'Sales', email: 'dev.ops@a.test', phones: [] }),
      makeContact({ name: 'Dev Dunn', position: 'Sales', email: 'z@a.test', phones: [] }),
    ];
    expect(names('dev', contacts)).toEqual(['Dev Dunn', 'Ben Bold', 'Cat Cole']);
  });

  it('ranks an exact prefix before a forgiven typo', () => {
    const contacts = [
      makeContact({ name: 'Mark Mann', position: '', email: 'a@a.test', phones: [] }),
      makeContact({ name: 'Mars Aldo', position: '', email: 'b@a.test', phones: [] }),
    ];
    expect(names('mars', contacts)).toEqual(['Mars Aldo', 'Mark Mann']);
  });

  it('ranks a word equal to the whole email local part first, then name before position prefixes (issue 14)', () => {
    expect(names('market')).toEqual(['Bob Tanner', 'Anna Marketa', 'Zoé Martin']);
  });

  it('finds names with markup as plain text', () => {
    const contacts = [makeContact({ name: '<img src=x onerror=alert(1)>', phones: [] })];
    expect(names('img onerror', contacts)).toEqual(['<img src=x onerror=alert(1)>']);
  });
});

describe('createContactSearch', () => {
  const word = fc.constantFrom('an', 'ma', 'mar', 'mark', 'marke', 'nu', 'nune', 'jhon', 'sm', '0', '01', '555', '+49', 'e', ' ');

  it('gives the same answers as a fresh search while the query grows letter by letter', () => {
    const index = buildSearchIndex(directory.map(buildSearchKey));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), (parts) => {
        const text = parts.join(' ');
        const search = createContactSearch(index);
        const expected = [...text].map((_, k) => [...searchContacts(index, text.slice(0, k + 1))]);
        const actual = [...text].map((_, k) => [...search(text.slice(0, k + 1))]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('searchContacts against a plain reference scan', () => {
  const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', 'd'), minLength: 1, maxLength: 6 });
  const phone = fc.stringMatching(/^\+(1|33|49)[1-9]\d{5,9}$/);
  const contact = fc.record({
    name: fc.array(letters, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
    position: fc.array(letters, { maxLength: 2 }).map((words) => words.join(' ')),
    phones: fc.array(phone.map((number) => ({ type: 'work' as const, number, display: number })), { maxLength: 2 }),
  });
  const query = fc.oneof(
    fc.array(letters, { minLength: 1, maxLength: 2 }).map((words) => words.join(' ')),
    fc.stringMatching(/^(\+|00)?\d{1,4}$/),
  );

  /** Some way to give each token its own word, tried exhaustively. */
  function assignable(tokens: string[], words: string[], matches: (token: string, word: string) => boolean): boolean {
    if (tokens.length === 0) return true;
    const [token, ...rest] = tokens;
    return words.some((word, k) => matches(token!, word) && assignable(rest, words.filter((_, j) => j !== k), matches));
  }

  /** The rule of issues 4 and 14 written the slow, obvious way (set of matching contacts, order aside). */
  function reference(contacts: Contact[], text: string): number[] {
    const keys = contacts.map(buildSearchKey);
    const phoneLike = /^[\d\s+\-().\/]+$/.test(text.trim());
    return contacts.flatMap((_, c) => {
      const key = keys[c]!;
      const words = `${key.name} ${key.position} ${key.email}`.split(' ').filter(Boolean);
      if (phoneLike) return key.digits.includes(text.replace(/\D/g, '').replace(/^00/, '')) ? [c] : [];
      const tokens = text.split(' ').map((token) => token.normalize('NFD').replace(/\p{M}/gu, ''));
      const ok = assignable(tokens, words, (token, word) => word.startsWith(token) || (token.length >= 4 && isOneEditFromPrefix(token, word)));
      return ok ? [c] : [];
    });
  }

  it('finds exactly the contacts the rule describes', () => {
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 30 }), query, (fields, text) => {
        const contacts = fields.map((f) => makeContact({ ...f, email: undefined }));
        const index = buildSearchIndex(contacts.map(buildSearchKey));
        const expected = reference(contacts, text);
        const actual = [...searchContacts(index, text)].sort((a, b) => a - b);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

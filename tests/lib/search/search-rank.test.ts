import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../lib/contact/contact';
import { createContactSearch, searchContacts } from '../../../lib/search/search-contacts';
import { buildSearchIndex } from '../../../lib/search/search-index';
import { buildSearchKey } from '../../../lib/search/search-key';
import { makeContact, makePhone } from '../../fixtures/contacts';

/** A contact with only the fields a test names: no position, an email and phone that match nothing typed. */
function person(name: string, overrides: Partial<Contact> = {}): Contact {
  return makeContact({ name, position: '', email: 'x@q.test', phones: [], ...overrides });
}

function rankedEmails(contacts: Contact[], text: string): string[] {
  const index = buildSearchIndex(contacts.map(buildSearchKey));
  return [...searchContacts(index, text)].map((c) => contacts[c]!.email!);
}

function rankedNames(contacts: Contact[], text: string): string[] {
  const index = buildSearchIndex(contacts.map(buildSearchKey));
  return [...searchContacts(index, text)].map((c) => contacts[c]!.name);
}

describe('searchContacts ranking (issue 14)', () => {
  it('puts the contact whose whole email local part was typed first (yan.liu5), not a typo of the name', () => {
    const contacts = [1, 2, 12, 50, 5].map((n) => person('Yan Liu', { email: `yan.liu${n}@corp.test` }));
    const expected = 'yan.liu5@corp.test';
    const actual = rankedEmails(contacts, 'yan.liu5')[0];
    expect(actual).toEqual(expected);
  });

  it('needs a second word for the initial of "l lefebvre": the surname cannot satisfy it too', () => {
    const contacts = ['Anne Lefebvre', 'Marc Lefebvre', 'Zoé Lefebvre', 'Louis Lefebvre'].map((name) => person(name));
    expect(rankedNames(contacts, 'l lefebvre')).toEqual(['Louis Lefebvre']);
  });

  it('puts the whole word typed before a longer word it prefixes ("f smit": Femke Smit, then Fang Smith-Williams)', () => {
    const contacts = [person('Fang Smith-Williams'), person('Femke Smit')];
    expect(rankedNames(contacts, 'f smit')).toEqual(['Femke Smit', 'Fang Smith-Williams']);
  });

  it('needs two words for the same query word typed twice ("thomas martin-thomas")', () => {
    const contacts = [person('Élodie Thomas-Martin'), person('Thomas Martin-Thomas')];
    expect(rankedNames(contacts, 'thomas martin-thomas')).toEqual(['Thomas Martin-Thomas']);
  });

  it('reads digits from inside a number both ways: 002083 finds the number holding it before those holding 2083', () => {
    const contacts = [
      person('Anna Alt', { phones: [makePhone('+4917620831234')] }),
      person('Bea Bond', { phones: [makePhone('+15552083999')] }),
      person('Zed Zorn', { phones: [makePhone('+33140020837')] }),
    ];
    expect(rankedNames(contacts, '002083')).toEqual(['Zed Zorn', 'Anna Alt', 'Bea Bond']);
  });

  it('reads a leading 00 as the international prefix too: 0049 176 puts +49 176… before a number holding 49176', () => {
    const contacts = [person('Anna Alt', { phones: [makePhone('+33149176000')] }), person('Zed Zorn', { phones: [makePhone('+4917612345678')] })];
    expect(rankedNames(contacts, '0049 176')).toEqual(['Zed Zorn', 'Anna Alt']);
  });

  it('puts a whole number typed before numbers that only contain it', () => {
    const contacts = [person('Anna Alt', { phones: [makePhone('+33612345678')] }), person('Zed Zorn', { phones: [makePhone('+3361234567')] })];
    expect(rankedNames(contacts, '+33 6 12 34 56 7')).toEqual(['Zed Zorn', 'Anna Alt']);
  });

  it('puts the full name typed in any order before names that only contain its words', () => {
    const contacts = [person('Jose Nunez Garcia'), person('José Núñez')];
    expect([rankedNames(contacts, 'jose nunez'), rankedNames(contacts, 'nunez jose')]).toEqual([
      ['José Núñez', 'Jose Nunez Garcia'],
      ['José Núñez', 'Jose Nunez Garcia'],
    ]);
  });

  it('puts the name with fewer words left over first ("j ramos": Juan Ramos before Jorge Ramos Rodríguez)', () => {
    const contacts = [person('Jorge Ramos Rodríguez'), person('Juan Ramos')];
    expect(rankedNames(contacts, 'j ramos')).toEqual(['Juan Ramos', 'Jorge Ramos Rodríguez']);
  });

  it('puts all words exact before prefixes, and prefixes before typos', () => {
    const contacts = [person('Marta Lind'), person('Mark Linde'), person('Mark Lind')];
    expect(rankedNames(contacts, 'mark lind')).toEqual(['Mark Lind', 'Mark Linde', 'Marta Lind']);
  });

  it('gives word order as typed a small bonus over the alphabet', () => {
    const contacts = [person('Martin Thomas'), person('Thomas Martin', { position: 'Sales' })];
    expect(rankedNames(contacts, 'thomas mar')).toEqual(['Thomas Martin', 'Martin Thomas']);
  });

  it('lets a boost (the favourites seam) order equal matches, never beat a better match', () => {
    const contacts = [person('Anne Smith'), person('Bob Smith'), person('Cy Smithers'), person('Di Smit')];
    const favourites = new Set(['Bob Smith', 'Cy Smithers']);
    const boost = (c: number) => (favourites.has(contacts[c]!.name) ? 5 : 0);
    const index = buildSearchIndex(contacts.map(buildSearchKey));
    const actual = [...searchContacts(index, 'smit', { boost })].map((c) => contacts[c]!.name);
    expect(actual).toEqual(['Di Smit', 'Bob Smith', 'Cy Smithers', 'Anne Smith']);
  });
});

describe('createContactSearch ordering', () => {
  const first = fc.constantFrom('Thomas', 'Martin', 'Léa', 'Lars', 'Yan', 'Fang', 'Femke');
  const last = fc.constantFrom('Martin', 'Thomas', 'Liu', 'Smit', 'Smith-Williams', 'Lefebvre', 'Thomas-Martin', 'Lind');
  const contact = fc.record({
    name: fc.tuple(first, last).map(([a, b]) => `${a} ${b}`),
    position: fc.constantFrom('', 'Sales', 'Head of Legal', 'Marketing'),
    email: fc.tuple(fc.constantFrom('yan.liu', 'l.lind', 'thomas', 'sales'), fc.nat(9)).map(([local, n]) => `${local}${n}@corp.test`),
    phones: fc.constantFrom([], [makePhone('+33140020837')], [makePhone('+4917620831234'), makePhone('+15552083999')]),
  });
  const word = fc.constantFrom('thomas', 'martin', 'mar', 'l', 'lefebvre', 'lef', 'smit', 'f', 'yan.liu5', 'lnid', 'sales', '2083', '0020', '00');

  it('gives the same order as a search from scratch at every keystroke', () => {
    fc.assert(
      fc.property(fc.array(contact, { minLength: 1, maxLength: 25 }), fc.array(word, { minLength: 1, maxLength: 3 }), (fields, words) => {
        const contacts = fields.map((f) => makeContact({ ...f, phones: [...f.phones] }));
        const index = buildSearchIndex(contacts.map(buildSearchKey));
        const text = words.join(' ');
        const search = createContactSearch(index);
        const expected = [...text].map((_, k) => [...searchContacts(index, text.slice(0, k + 1))]);
        const actual = [...text].map((_, k) => [...search(text.slice(0, k + 1))]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});

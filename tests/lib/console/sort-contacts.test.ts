import { describe, expect, it } from 'vitest';
import { nextSortOrder, sortContacts } from '../../../lib/console/sort-contacts';

const people = [
  { name: 'Émile Zola', position: 'Writer' },
  { name: 'ada Lovelace', position: '' },
  { name: 'Charles Babbage', position: 'analyst' },
  { name: 'Alan Turing', position: 'Analyst' },
];
const names = (list: { name: string }[]) => list.map((contact) => contact.name);

describe('sortContacts', () => {
  it('sorts by name as a reader does, ignoring case and accents', () => {
    const actual = names(sortContacts(people, { key: 'name', direction: 'ascending' }, 'fr'));
    expect(actual).toEqual(['ada Lovelace', 'Alan Turing', 'Charles Babbage', 'Émile Zola']);
  });

  it('sorts by name descending', () => {
    const actual = names(sortContacts(people, { key: 'name', direction: 'descending' }, 'en'));
    expect(actual).toEqual(['Émile Zola', 'Charles Babbage', 'Alan Turing', 'ada Lovelace']);
  });

  it('sorts by position, equal positions by name, and puts contacts without one last', () => {
    const actual = names(sortContacts(people, { key: 'position', direction: 'ascending' }, 'en'));
    expect(actual).toEqual(['Alan Turing', 'Charles Babbage', 'Émile Zola', 'ada Lovelace']);
  });

  it('keeps contacts without a position last when sorting by position descending', () => {
    const actual = names(sortContacts(people, { key: 'position', direction: 'descending' }, 'en'));
    expect(actual).toEqual(['Émile Zola', 'Alan Turing', 'Charles Babbage', 'ada Lovelace']);
  });

  it('leaves its input as it was', () => {
    const input = [...people];
    sortContacts(input, { key: 'name', direction: 'ascending' }, 'en');
    expect(input).toEqual(people);
  });
});

describe('nextSortOrder', () => {
  it('sorts a new column ascending, and reverses the column that already sorts', () => {
    const first = nextSortOrder(null, 'name');
    const actual = [first, nextSortOrder(first, 'name'), nextSortOrder(first, 'position')];
    expect(actual).toEqual([
      { key: 'name', direction: 'ascending' },
      { key: 'name', direction: 'descending' },
      { key: 'position', direction: 'ascending' },
    ]);
  });
});

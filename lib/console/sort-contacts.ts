/**
 * The directory table's order (issue 11): by name or by position, ascending or descending, in the reader's language
 * (accents and case as a person reads them). Contacts without a position go last either way, like an empty
 * spreadsheet cell, so sorting by position shows the filled ones first.
 */
export type SortKey = 'name' | 'position';

export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

interface Sortable {
  name: string;
  position?: string;
}

const collators = new Map<string, Intl.Collator>();

/** A sorted copy of `contacts`; ties keep the name order. */
export function sortContacts<T extends Sortable>(contacts: readonly T[], order: SortOrder, locale: string): T[] {
  let collator = collators.get(locale);
  if (collator === undefined) collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  const compare = collator.compare;
  const sign = order.direction === 'ascending' ? 1 : -1;
  const byName = (a: T, b: T) => compare(a.name, b.name);
  if (order.key === 'name') return [...contacts].sort((a, b) => sign * byName(a, b));
  return [...contacts].sort((a, b) => {
    const [left, right] = [a.position ?? '', b.position ?? ''];
    if (left === '' || right === '') return left === right ? byName(a, b) : left === '' ? 1 : -1;
    return sign * compare(left, right) || byName(a, b);
  });
}

/** The order after a click on `key`'s header: that column ascending, or reversed when it already sorts. */
export function nextSortOrder(current: SortOrder | null, key: SortKey): SortOrder {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

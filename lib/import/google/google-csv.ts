/**
 * Google Contacts CSV (issue 13): the current export (`First Name, Middle Name, Last Name, …, Organization Name,
 * Organization Title, …, E-mail 1 - Label, E-mail 1 - Value, …, Phone 1 - Label, Phone 1 - Value, …`) and the older
 * one (`Name, Given Name, Additional Name, Family Name, …, E-mail 1 - Type, E-mail 1 - Value, …, Phone 1 - Type,
 * Phone 1 - Value, …, Organization 1 - Name, Organization 1 - Title`). Google marks the primary value's label with
 * `* ` (`* Work`) and puts several values of one label in one cell separated by ` ::: `: each is a value.
 */
import type { AddressBookCsv } from '../address-book-csv';
import { columnKey } from '../column-key';
import { phoneKind } from '../phone-kind';
import type { SourceEmail, SourcePhone, SourceValue } from '../source-contact';

const MULTI_VALUE = ' ::: ';
const LABELLED = /^(e-mail|phone) (\d+) - value$/;

interface Names {
  variant: 'google-current' | 'google-older';
  nameParts: readonly string[];
  fullName?: string;
  organisation: string;
  jobTitle: string;
  /** The word of the label column: `Label` (current) or `Type` (older). */
  label: string;
}

const CURRENT: Names = { variant: 'google-current', nameParts: ['First Name', 'Middle Name', 'Last Name'], organisation: 'Organization Name', jobTitle: 'Organization Title', label: 'label' };
const OLDER: Names = {
  variant: 'google-older',
  nameParts: ['Given Name', 'Additional Name', 'Family Name'],
  fullName: 'Name',
  organisation: 'Organization 1 - Name',
  jobTitle: 'Organization 1 - Title',
  label: 'type',
};

interface Labelled {
  kind: 'e-mail' | 'phone';
  value: number;
  label: number;
}

/** The Google reader of a header whose cells are `cells`, or null when it is not a Google Contacts export. */
export function recogniseGoogleCsv(cells: readonly string[]): AddressBookCsv | null {
  const keys = cells.map(columnKey);
  const at = (name: string | undefined) => (name === undefined ? -1 : keys.indexOf(columnKey(name)));
  for (const names of [CURRENT, OLDER]) {
    const pairs: Labelled[] = [];
    keys.forEach((key, value) => {
      const match = LABELLED.exec(key);
      if (match === null) return;
      const label = keys.indexOf(`${match[1]} ${match[2]} - ${names.label}`);
      if (label !== -1) pairs.push({ kind: match[1] === 'phone' ? 'phone' : 'e-mail', value, label });
    });
    const parts = names.nameParts.map(at);
    if (pairs.length === 0 || parts.every((i) => i === -1)) continue;
    return googleReader(names, cells, parts, pairs, at);
  }
  return null;
}

function googleReader(names: Names, cells: readonly string[], parts: number[], pairs: Labelled[], at: (name: string | undefined) => number): AddressBookCsv {
  const columns = cells.map((cell) => cell.trim());
  const [fullName, organisation, jobTitle] = [at(names.fullName), at(names.organisation), at(names.jobTitle)];
  const value = (row: readonly string[], i: number): SourceValue | undefined =>
    i === -1 ? undefined : { value: row[i] ?? '', column: columns[i] ?? '' };
  return {
    format: 'google-csv',
    variant: names.variant,
    columns,
    labels: new Set(pairs.map((pair) => pair.label)),
    read(line, row) {
      const emails: SourceEmail[] = [];
      const phones: SourcePhone[] = [];
      for (const pair of pairs) {
        const label = (row[pair.label] ?? '').trim();
        const column = columns[pair.value] ?? '';
        // Only the first value of a `* ` label is the primary one.
        (row[pair.value] ?? '').split(MULTI_VALUE).forEach((text, i) => {
          if (pair.kind === 'e-mail') emails.push({ value: text, column, primary: i === 0 && label.startsWith('*') });
          else phones.push({ value: text, column, kind: phoneKind(label) });
        });
      }
      return {
        line,
        nameParts: parts.flatMap((i) => value(row, i) ?? []),
        fullName: value(row, fullName),
        organisation: value(row, organisation),
        jobTitle: value(row, jobTitle),
        emails,
        phones,
      };
    },
  };
}


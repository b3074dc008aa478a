/**
 * The structured name (vCard `N`) of a contact that only has a full name (issue 12): phones sort and show contacts
 * by family name, and vCard 3.0 requires `N`. The directory stores one name field, so this is a guess, kept simple
 * and predictable: "Family, Given" when the name has a comma, else the last word is the family name.
 */

export interface NameParts {
  family: string;
  given: string;
}

/** Splits a full name into family and given names ("Maria Beck" → Beck / Maria; "Beck, Maria" → Beck / Maria). */
export function nameParts(fullName: string): NameParts {
  const name = fullName.trim().replace(/\s+/gu, ' ');
  const comma = name.indexOf(',');
  if (comma >= 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const space = name.lastIndexOf(' ');
  if (space < 0) return { family: name, given: '' };
  return { family: name.slice(space + 1), given: name.slice(0, space) };
}

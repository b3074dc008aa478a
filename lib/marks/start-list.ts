/**
 * What the popup shows before anything is typed (issue 13): favourites, then the contacts recently called or emailed
 * from the extension, then the whole directory. A mark whose contact is gone (a sync deleted it) is skipped, not
 * shown as an empty row.
 */
import type { ContactMarks } from './contact-marks';

export type StartSection = 'favourite' | 'recent' | 'directory';

export interface StartList {
  /** Positions in the contact list, in the order shown: the favourites, then the recents, then the directory. */
  positions: Uint32Array;
  favourites: number;
  recents: number;
}

/** The section of the row at `index` of the list. */
export function sectionAt(list: StartList, index: number): StartSection {
  return index < list.favourites ? 'favourite' : index < list.favourites + list.recents ? 'recent' : 'directory';
}

/**
 * The start list: `positionOf` maps a contact id to its position in the popup's contacts (undefined when it is no
 * longer there); `directory` is the directory's own order. A favourite is not repeated among the recents.
 */
export function buildStartList(marks: ContactMarks, positionOf: (id: string) => number | undefined, directory: Uint32Array): StartList {
  const positions: number[] = [];
  const seen = new Set<number>();
  const add = (id: string) => {
    const position = positionOf(id);
    if (position === undefined || seen.has(position)) return;
    seen.add(position);
    positions.push(position);
  };
  for (const id of marks.favourites) add(id);
  const favourites = positions.length;
  for (const recent of marks.recents) add(recent.id);
  const result = new Uint32Array(positions.length + directory.length);
  result.set(positions);
  result.set(directory, positions.length);
  return { positions: result, favourites, recents: positions.length - favourites };
}

import { describe, expect, it } from 'vitest';
import { addRecent, MAX_RECENTS, readMarks, toggleFavourite } from '../../../lib/marks/contact-marks';
import { buildStartList, sectionAt } from '../../../lib/marks/start-list';

describe('toggleFavourite', () => {
  it('stars a contact at the end, and unstars it on the second toggle', () => {
    const actual = [toggleFavourite(['a'], 'b'), toggleFavourite(['a', 'b'], 'a')];
    expect(actual).toEqual([['a', 'b'], ['b']]);
  });
});

describe('addRecent', () => {
  it('puts the contact first, once, and keeps at most 20', () => {
    let recents = addRecent([], 'x', 1);
    for (let k = 0; k < 30; k += 1) recents = addRecent(recents, `c${k}`, 2 + k);
    recents = addRecent(recents, 'c25', 100);
    const actual = { length: recents.length, first: recents[0], c25: recents.filter((recent) => recent.id === 'c25').length, x: recents.some((r) => r.id === 'x') };
    expect(actual).toEqual({ length: MAX_RECENTS, first: { id: 'c25', at: 100 }, c25: 1, x: false });
  });
});

describe('readMarks', () => {
  it('keeps the well-formed marks of whatever was stored, and never throws', () => {
    const stored = { favourites: ['a', 7, 'a', 'b'], recents: [{ id: 'c', at: 3 }, { id: 4 }, null] };
    expect([readMarks(stored), readMarks(undefined), readMarks('x')]).toEqual([
      { favourites: ['a', 'b'], recents: [{ id: 'c', at: 3 }] },
      { favourites: [], recents: [] },
      { favourites: [], recents: [] },
    ]);
  });
});

describe('buildStartList', () => {
  const ids = ['ana', 'bob', 'cleo', 'dan'];
  const positionOf = (id: string) => (ids.includes(id) ? ids.indexOf(id) : undefined);
  const directory = Uint32Array.from([0, 1, 2, 3]);

  it('shows the favourites, then the recents that are not favourites, then the directory', () => {
    const list = buildStartList({ favourites: ['cleo'], recents: [{ id: 'dan', at: 2 }, { id: 'cleo', at: 1 }] }, positionOf, directory);
    const actual = { positions: [...list.positions], sections: [...list.positions.keys()].map((index) => sectionAt(list, index)) };
    expect(actual).toEqual({
      positions: [2, 3, 0, 1, 2, 3],
      sections: ['favourite', 'recent', 'directory', 'directory', 'directory', 'directory'],
    });
  });

  it('skips a favourite or recent whose contact a sync deleted', () => {
    const list = buildStartList({ favourites: ['gone'], recents: [{ id: 'also-gone', at: 1 }, { id: 'bob', at: 0 }] }, positionOf, directory);
    expect({ positions: [...list.positions], favourites: list.favourites, recents: list.recents }).toEqual({ positions: [1, 0, 1, 2, 3], favourites: 0, recents: 1 });
  });
});

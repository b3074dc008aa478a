import { describe, expect, it } from 'vitest';
import { newContactId } from '../../../server/directory/new-contact-id';

describe('newContactId', () => {
  it('makes UUID v7 ids that sort by creation time and do not repeat', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => newContactId(1_700_000_000_000 + Math.floor(i / 10)));
    const actual = {
      shape: ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)),
      distinct: new Set(ids).size,
      timeOrdered: ids.every((id, i) => i === 0 || id.slice(0, 13) >= ids[i - 1]!.slice(0, 13)),
      time: ids[0]!.slice(0, 13),
    };
    expect(actual).toEqual({ shape: true, distinct: 1000, timeOrdered: true, time: '018bcfe5-6800' });
  });
});

import { describe, expect, it } from 'vitest';
import { ownDevices } from '../../../lib/devices/own-devices';
import { makeToken } from '../../fixtures/tokens';

const alice = { id: 'a1', name: 'alice' };
const bob = { id: 'b1', name: 'bob' };

describe('ownDevices', () => {
  it("keeps, for an admin, only the tokens the admin owns: not the team's invites, not another admin's devices", () => {
    const listed = [
      makeToken({ name: 'alice', role: 'admin' }),
      makeToken({ name: 'maria.beck' }),
      makeToken({ name: 'alice-phone', owner: alice }),
      makeToken({ name: 'bob-phone', owner: bob }),
      makeToken({ name: 'alice-mail', owner: alice, expired: true }),
    ];
    const actual = ownDevices(listed, { name: 'alice', role: 'admin' }).map((token) => token.name);
    expect(actual).toEqual(['alice-phone', 'alice-mail']);
  });

  it('keeps, for a member, the whole list: the server lists a member its own device tokens only', () => {
    const listed = [makeToken({ name: 'max-phone', owner: { id: 'm1', name: 'max' } }), makeToken({ name: 'max-mail', owner: { id: 'm1', name: 'max' } })];
    const actual = ownDevices(listed, { name: 'max-phone', role: 'member' }).map((token) => token.name);
    expect(actual).toEqual(['max-phone', 'max-mail']);
  });
});

import { describe, expect, it } from 'vitest';
import { sendsTokenInClear } from '../../../lib/settings/sends-token-in-clear';

describe('sendsTokenInClear', () => {
  it('warns for plain http to another machine', () => {
    const actual = ['http://contacts.example.com', 'http://192.168.1.20:8787', 'http://[fe80::1]'].map(sendsTokenInClear);
    expect(actual).toEqual([true, true, true]);
  });

  it('does not warn for https, whatever the host', () => {
    expect(['https://contacts.example.com', 'https://192.168.1.20'].map(sendsTokenInClear)).toEqual([false, false]);
  });

  it('does not warn for plain http on loopback, which never leaves this computer', () => {
    const actual = ['http://127.0.0.1:8787', 'http://127.1.2.3', 'http://localhost:8787', 'http://app.localhost', 'http://[::1]:8787'].map(
      sendsTokenInClear,
    );
    expect(actual).toEqual([false, false, false, false, false]);
  });

  it('does not warn for local mode (no address) or text that is not an address', () => {
    expect(['', 'not a url'].map(sendsTokenInClear)).toEqual([false, false]);
  });
});

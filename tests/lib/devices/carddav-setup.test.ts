import { describe, expect, it } from 'vitest';
import { cardDavSetup } from '../../../lib/devices/carddav-setup';

describe('cardDavSetup', () => {
  it('gives the origin, its /dav/ URL and the host (with a port) for the iPhone field', () => {
    const actual = [cardDavSetup('https://contacts.example.com'), cardDavSetup('http://192.168.1.20:8787/some/path')];
    expect(actual).toEqual([
      { server: 'https://contacts.example.com', davUrl: 'https://contacts.example.com/dav/', host: 'contacts.example.com' },
      { server: 'http://192.168.1.20:8787', davUrl: 'http://192.168.1.20:8787/dav/', host: '192.168.1.20:8787' },
    ]);
  });

  it('has nothing to give in local mode (no address) or for text that is not an http(s) address', () => {
    expect(['', 'ftp://example.com', 'not a url'].map(cardDavSetup)).toEqual([null, null, null]);
  });
});

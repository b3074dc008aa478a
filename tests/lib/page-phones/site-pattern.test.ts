/** The match pattern of a site for click-to-call (issue 13): Firefox takes no port in a pattern. */
import { describe, expect, it } from 'vitest';
import { sitePattern } from '../../../lib/page-phones/site-pattern';

describe('sitePattern', () => {
  it('is the origin and every path where patterns take ports (Chrome)', () => {
    const actual = [sitePattern('https://crm.example.com', true), sitePattern('http://127.0.0.1:8080', true)];
    expect(actual).toEqual(['https://crm.example.com/*', 'http://127.0.0.1:8080/*']);
  });

  it('drops the port where patterns take none (Firefox), keeping the scheme and host', () => {
    const actual = [sitePattern('https://crm.example.com', false), sitePattern('http://127.0.0.1:8080', false), sitePattern('https://[::1]:8443', false)];
    expect(actual).toEqual(['https://crm.example.com/*', 'http://127.0.0.1/*', 'https://[::1]/*']);
  });
});

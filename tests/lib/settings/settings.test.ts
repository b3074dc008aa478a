import { describe, expect, it } from 'vitest';
import { defaults, migrateSettings, parseServerUrl, SETTINGS_VERSION } from '../../../lib/settings/settings';

describe('migrateSettings', () => {
  it('gives the defaults (local mode, tel:) when nothing is stored', () => {
    const expected = { ...defaults, version: SETTINGS_VERSION };
    expect(migrateSettings(undefined)).toEqual(expected);
  });

  it('migrates unversioned settings, keeping only the origin of the server URL', () => {
    const stored = { serverUrl: 'http://127.0.0.1:8787/api/v1/', token: ' abc ', callMethod: 'callto' };
    const expected = { serverUrl: 'http://127.0.0.1:8787', token: 'abc', callMethod: 'callto', callTemplate: '', defaultCountry: '', role: '', version: 1 };
    expect(migrateSettings(stored)).toEqual(expected);
  });

  it('keeps valid current settings as they are', () => {
    const stored = { version: 1, serverUrl: 'https://contacts.example.com', token: 't', callMethod: 'template', callTemplate: 'https://pbx.example.com/dial?n={e164}', defaultCountry: 'DE', role: 'admin' };
    expect(migrateSettings(stored)).toEqual(stored);
  });

  it('replaces invalid values by their defaults', () => {
    const stored = { version: 1, serverUrl: 'javascript:alert(1)', token: 't', callMethod: 'fax', callTemplate: 'javascript:{e164}' };
    const expected = { ...defaults, version: 1 };
    expect(migrateSettings(stored)).toEqual(expected);
  });

  it('forgets a role without a server and a country that is not an ISO code', () => {
    const stored = { version: 1, serverUrl: '', role: 'admin', defaultCountry: 'France' };
    const actual = migrateSettings(stored);
    expect({ role: actual.role, defaultCountry: actual.defaultCountry }).toEqual({ role: '', defaultCountry: '' });
  });

  it('falls back to tel: when the template method has no valid template', () => {
    const stored = { version: 1, callMethod: 'template', callTemplate: '' };
    expect(migrateSettings(stored).callMethod).toEqual('tel');
  });

  it('survives garbage', () => {
    const expected = [defaults, defaults, defaults].map((d) => ({ ...d, version: 1 }));
    expect([migrateSettings('x'), migrateSettings([1]), migrateSettings({ version: 'two', token: 5 })]).toEqual(expected);
  });
});

describe('parseServerUrl', () => {
  it('keeps the origin, accepts empty as local mode, and explains a bad address', () => {
    const expected = [
      { origin: 'https://h.example.com', error: null },
      { origin: '', error: null },
      { origin: null, error: { code: 'server-url', message: '"ftp://h" is not a server address. Write it as https://contacts.example.com or http://127.0.0.1:8787.' } },
    ];
    expect([parseServerUrl(' https://h.example.com/x?y '), parseServerUrl(''), parseServerUrl('ftp://h')]).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeConnectionCode, encodeConnectionCode } from '../../../lib/connection-code/connection-code';

const TOKEN = 'cc_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';
const code = (payload: string) => `cc1:${Buffer.from(payload, 'utf8').toString('base64url')}`;

describe('encodeConnectionCode', () => {
  it('gives cc1: followed by base64url only, so copying through mail or chat cannot change it', () => {
    const actual = encodeConnectionCode({ server: 'https://contacts.example.com', token: TOKEN });
    expect(actual).toMatch(/^cc1:[A-Za-z0-9_-]+$/u);
  });

  it('keeps the origin of the server address only', () => {
    const expected = { ok: true, connection: { server: 'https://contacts.example.com:8443', token: TOKEN } };
    const actual = decodeConnectionCode(encodeConnectionCode({ server: 'https://contacts.example.com:8443/api/v1/', token: TOKEN }));
    expect(actual).toEqual(expected);
  });

  it('throws on a server address that is not http(s) or a token with spaces (a programmer error)', () => {
    expect(() => encodeConnectionCode({ server: 'ftp://x.example', token: TOKEN })).toThrow(/not an http\(s\) address/u);
    expect(() => encodeConnectionCode({ server: 'https://x.example', token: 'a b' })).toThrow(/spaces or control/u);
  });
});

describe('decodeConnectionCode', () => {
  it('reads back what encodeConnectionCode wrote', () => {
    const expected = { ok: true, connection: { server: 'http://127.0.0.1:8787', token: TOKEN } };
    expect(decodeConnectionCode(encodeConnectionCode({ server: 'http://127.0.0.1:8787', token: TOKEN }))).toEqual(expected);
  });

  it('ignores spaces and line breaks a mail client added', () => {
    const encoded = encodeConnectionCode({ server: 'https://contacts.example.com', token: TOKEN });
    const pasted = `  ${encoded.slice(0, 20)}\r\n${encoded.slice(20, 40)} ${encoded.slice(40)}\n`;
    expect(decodeConnectionCode(pasted)).toEqual({ ok: true, connection: { server: 'https://contacts.example.com', token: TOKEN } });
  });

  it('refuses bad input with a code and a message saying what to do', () => {
    const cases: [string, string, RegExp][] = [
      ['   ', 'connection-code-empty', /paste the whole code/u],
      [TOKEN, 'connection-code-prefix', /starts with cc1:/u],
      ['cc2:eyJ9', 'connection-code-version', /format cc2:.*update the extension/u],
      ['cc1:', 'connection-code-format', /damaged/u],
      ['cc1:not+base64/', 'connection-code-format', /damaged/u],
      [code('{"server":"https://a.example"'), 'connection-code-format', /damaged/u],
      [code('[1,2]'), 'connection-code-format', /damaged/u],
      [`cc1:${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}`, 'connection-code-format', /damaged/u],
      [code(`{"server":"javascript:alert(1)","token":"${TOKEN}"}`), 'connection-code-server', /\("javascript:alert\(1\)"\) is not an http\(s\) address/u],
      [code(`{"token":"${TOKEN}"}`), 'connection-code-server', /not an http\(s\) address/u],
      [code('{"server":"https://a.example","token":"two words"}'), 'connection-code-token', /missing or malformed/u],
      [code('{"server":"https://a.example","token":"x\\u0000y"}'), 'connection-code-token', /missing or malformed/u],
      [code('{"server":"https://a.example"}'), 'connection-code-token', /missing or malformed/u],
    ];
    const actual = cases.map(([text]) => decodeConnectionCode(text));
    cases.forEach(([text, expectedCode, expectedMessage], i) => {
      const result = actual[i]!;
      expect(result.ok, text).toBe(false);
      if (result.ok) return;
      expect(result.code, text).toBe(expectedCode);
      expect(result.message, text).toMatch(expectedMessage);
    });
  });

  it('never echoes a pasted bare token in its message', () => {
    const result = decodeConnectionCode(TOKEN);
    expect(result.ok ? '' : result.message).not.toContain(TOKEN.slice(3, 12));
  });
});

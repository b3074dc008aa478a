/**
 * The connection code of an invite (issue 11): the server address and a token in one string a teammate pastes into
 * one field, `cc1:` + base64url of `{"server":"https://…","token":"cc_…"}`. Plain text on purpose: it holds a secret
 * and is shared like one (copy, paste), so it must survive mail clients and chat apps unchanged (base64url has no
 * `+`, `/` or `=` to mangle). Pure: no browser or Node API beyond `btoa`/`atob` and `TextEncoder`, present in both.
 */
import { parseServerUrl } from '../settings/settings';

/** What a connection code carries: the server's origin (`https://contacts.example.com`) and a bearer token. */
export type Connection = { server: string; token: string };

export type ConnectionCodeErrorCode =
  | 'connection-code-empty'
  | 'connection-code-prefix'
  | 'connection-code-version'
  | 'connection-code-format'
  | 'connection-code-server'
  | 'connection-code-token';

export type ConnectionCodeCheck =
  | { ok: true; connection: Connection }
  | { ok: false; code: ConnectionCodeErrorCode; message: string };

/** The prefix and version: a later format is `cc2:`, which this version refuses with a message saying so. */
export const CONNECTION_CODE_PREFIX = 'cc1:';

/** Printable ASCII without spaces, as an `Authorization: Bearer` value needs; long enough for any token we issue. */
const TOKEN = /^[\x21-\x7e]{1,512}$/u;
const BASE64URL = /^[A-Za-z0-9_-]+$/u;

/**
 * Encodes a server address and a token. Throws only on a programmer error (an address that is not an http(s)
 * origin or a token that is not one): callers pass values the server itself built.
 */
export function encodeConnectionCode(connection: Connection): string {
  const server = parseServerUrl(connection.server).origin;
  if (server === null || server === '') throw new Error(`encodeConnectionCode: "${connection.server}" is not an http(s) address`);
  if (!TOKEN.test(connection.token)) throw new Error('encodeConnectionCode: the token is empty or holds spaces or control characters');
  return CONNECTION_CODE_PREFIX + toBase64Url(JSON.stringify({ server, token: connection.token }));
}

/**
 * Decodes a pasted connection code. Spaces and line breaks a mail client or chat app added are ignored. Never
 * throws: bad input gives `{ ok: false, code, message }`, the message saying what is wrong and what to do.
 */
export function decodeConnectionCode(text: string): ConnectionCodeCheck {
  const compact = text.replace(/\s+/gu, '');
  if (compact === '') return fail('connection-code-empty', 'The connection code is empty: paste the whole code your admin sent you (it starts with cc1:).');
  const version = /^cc(\d+):/u.exec(compact);
  if (version && compact.slice(0, version[0].length) !== CONNECTION_CODE_PREFIX) {
    return fail('connection-code-version', `This connection code is in format ${version[0]}, which this version of the extension cannot read: update the extension, or ask your admin for a new code.`);
  }
  if (!compact.startsWith(CONNECTION_CODE_PREFIX)) {
    // The pasted text is not echoed: it may be a bare token, a secret.
    return fail('connection-code-prefix', 'This is not a connection code: a connection code starts with cc1:. Paste the whole code your admin sent you, or enter the server address and the token in their own fields.');
  }
  const payload = readPayload(compact.slice(CONNECTION_CODE_PREFIX.length));
  if (payload === null) return fail('connection-code-format', 'This connection code is damaged (cut short or changed while copying): copy the whole code again, or ask your admin for a new one.');
  const server = typeof payload.server === 'string' ? parseServerUrl(payload.server).origin : null;
  if (server === null || server === '') {
    return fail('connection-code-server', `The server address in this connection code ("${preview(String(payload.server ?? ''))}") is not an http(s) address: ask your admin for a new code.`);
  }
  if (typeof payload.token !== 'string' || !TOKEN.test(payload.token)) {
    return fail('connection-code-token', 'The token in this connection code is missing or malformed: ask your admin for a new code.');
  }
  return { ok: true, connection: { server, token: payload.token } };
}

function readPayload(encoded: string): Record<string, unknown> | null {
  if (!BASE64URL.test(encoded)) return null;
  try {
    const value: unknown = JSON.parse(fromBase64Url(encoded));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null; // not base64 of UTF-8 JSON: reported by the caller as a damaged code
  }
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/u, '');
}

/** Throws on bytes that are not UTF-8 or text that is not base64 (the caller reports it). */
function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The start of a bad server value, enough to recognise it in a message. */
function preview(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

function fail(code: ConnectionCodeErrorCode, message: string): ConnectionCodeCheck {
  return { ok: false, code, message };
}

/**
 * The extension's settings, in one module (STYLE.md): defaults, the `Settings` type, and versioned migrations from
 * whatever an older version stored. Pure: extension/storage/settings-storage.ts reads and writes them.
 */
import type { Role } from '../api/api';
import { checkCallTemplate, type CallMethod } from '../call/call-link';

export const defaults = {
  /** Origin of the directory server, e.g. `https://contacts.example.com`; `''` is local mode (issue 4). */
  serverUrl: '',
  /** Bearer token given by the admin. */
  token: '',
  callMethod: 'tel' as CallMethod,
  /** Web-phone URL template with `{e164}` / `{digits}`, used when `callMethod` is `template`. */
  callTemplate: '',
  /**
   * ISO 3166 alpha-2 country (`FR`) whose national numbers are read in a selection and accepted in local mode;
   * `''`: international format only. In server mode the server's rule applies to the directory (issue 5).
   */
  defaultCountry: '',
  /** The role the server gave the token at the last connection (`''`: local mode, or not known yet). Not typed by the user. */
  role: '' as '' | Role,
};

export type Settings = typeof defaults;

/** What storage holds: the settings plus the version of their shape. */
export type StoredSettings = Settings & { version: number };

export const SETTINGS_VERSION = 1;

/**
 * Each step turns version `n` into `n + 1`; a later change of shape adds a step here, never edits one.
 * 0 → 1: version 0 is anything stored without a version (hand-edited storage, a development build). Its server may
 * be a full URL with a path (`https://h/api/v1/`), while the host permission and the API client need the origin.
 */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({ ...old, serverUrl: typeof old.serverUrl === 'string' ? (parseServerUrl(old.serverUrl).origin ?? '') : '' }),
};

/**
 * Reads stored settings of any version: runs the migrations in order, then keeps each value only if it is valid,
 * falling back to its default. Never throws.
 */
export function migrateSettings(stored: unknown): StoredSettings {
  let values: Record<string, unknown> = isRecord(stored) ? stored : {};
  const from = typeof values.version === 'number' && Number.isInteger(values.version) ? values.version : 0;
  for (let version = Math.max(0, from); version < SETTINGS_VERSION; version += 1) values = migrations[version]!(values);
  return { ...sanitize(values), version: SETTINGS_VERSION };
}

/** Keeps each known value when it is valid, else its default. */
export function sanitize(values: Record<string, unknown>): Settings {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const serverUrl = parseServerUrl(text(values.serverUrl)).origin ?? defaults.serverUrl;
  const callMethod = ['tel', 'callto', 'template'].includes(values.callMethod as string) ? (values.callMethod as CallMethod) : defaults.callMethod;
  const callTemplate = checkCallTemplate(text(values.callTemplate)).ok ? text(values.callTemplate) : defaults.callTemplate;
  return {
    serverUrl,
    token: serverUrl === '' ? '' : text(values.token),
    callMethod: callMethod === 'template' && callTemplate === '' ? defaults.callMethod : callMethod,
    callTemplate,
    defaultCountry: /^[A-Z]{2}$/.test(text(values.defaultCountry)) ? text(values.defaultCountry) : defaults.defaultCountry,
    role: serverUrl !== '' && (values.role === 'admin' || values.role === 'member') ? values.role : defaults.role,
  };
}

export type ServerUrlCheck = { origin: string; error: null } | { origin: null; error: { code: 'server-url'; message: string } };

/** The origin of a server address typed by the user (`''` for local mode), or an error saying what to type. */
export function parseServerUrl(text: string): ServerUrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { origin: '', error: null };
  try {
    const url = new URL(trimmed);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '') return { origin: url.origin, error: null };
  } catch {
    // Reported below with the value.
  }
  return { origin: null, error: { code: 'server-url', message: `"${trimmed}" is not a server address. Write it as https://contacts.example.com or http://127.0.0.1:8787.` } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

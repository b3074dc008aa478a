/**
 * A typed client for the directory server's API v1 (issue 3), shared by the extension's sync and the CLI.
 * Pure: the caller injects `fetch`, so this module never touches the network itself.
 * It never swallows an HTTP error: a non-2xx answer throws `ApiError` (status, code, message, body) and a fetch that
 * fails throws `NetworkError` (with `cause`), so a caller can tell "offline" from "409 conflict" from "401".
 */
import type {
  ApiErrorBody,
  AuditQuery,
  AuditResponse,
  ChangesResponse,
  ContactInput,
  HealthResponse,
  ImportResponse,
  MeResponse,
  TokenCreateBody,
  TokenCreated,
  TokenListResponse,
  UndoResponse,
} from './api';
import type { Contact, DuplicatePolicy } from '../contact/contact';

/** The server answered with a non-2xx status. `body` is the parsed answer (an `ApiErrorBody`, or a refused import). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** The request never got an HTTP answer (server down, offline, DNS, CORS refusal). */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

interface ApiClientOptions {
  /** E.g. `http://127.0.0.1:8787`; a trailing slash is ignored. */
  baseUrl: string;
  token: string;
  fetch: typeof fetch;
}

interface WriteOptions {
  /** Sent as `Idempotency-Key`: a retried write with the same key is applied once and answers the first answer. */
  idempotencyKey?: string;
}

interface ImportOptions extends WriteOptions {
  onDuplicate?: DuplicatePolicy;
  dryRun?: boolean;
}

type Query = Record<string, string | number | boolean | undefined>;

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Query;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/** Builds the client. Every method resolves with the parsed 2xx body, or rejects with `ApiError` / `NetworkError`. */
export function createApiClient({ baseUrl, token, fetch: doFetch }: ApiClientOptions) {
  const root = baseUrl.replace(/\/+$/, '');

  async function call<T>({ method, path, query, headers = {}, body }: Call): Promise<T> {
    const url = root + '/api/v1' + path + queryString(query);
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...headers },
        // A Uint8Array is a valid BodyInit; the cast only bridges lib.dom's stricter ArrayBuffer generics.
        body: body as BodyInit | undefined,
      });
    } catch (cause) {
      throw new NetworkError(`Could not reach the directory server at ${root}: ${String(cause)}`, { cause });
    }
    const text = await response.text().catch(() => '');
    const parsed = parseJson(text);
    if (!response.ok) throw toApiError(response.status, parsed, text);
    return parsed as T;
  }

  const write = (options: WriteOptions | undefined, headers: Record<string, string> = {}) =>
    options?.idempotencyKey ? { ...headers, 'idempotency-key': options.idempotencyKey } : headers;
  const json = { 'content-type': 'application/json' };
  const ifMatch = (version: number) => ({ 'if-match': String(version) });
  const id = (value: string) => encodeURIComponent(value);

  return {
    me: () => call<MeResponse>({ method: 'GET', path: '/me' }),
    health: () => call<HealthResponse>({ method: 'GET', path: '/health' }),
    /** One page of the change feed; pass `''` to start from the beginning, then the returned cursor. */
    changes: (since: string, limit?: number) =>
      call<ChangesResponse>({ method: 'GET', path: '/contacts/changes', query: { since, limit } }),
    getContact: (contactId: string) => call<Contact>({ method: 'GET', path: `/contacts/${id(contactId)}` }),
    /**
     * 201 with the new contact (version 1). `input` holds only name, position, email, phones (other keys such as id
     * or version are refused with 422). A duplicate rejects with ApiError 409 `duplicate` (body.error.contact is the
     * existing one) unless `onDuplicate: 'update'`, which answers 200 with that contact updated.
     */
    createContact: (input: ContactInput, options?: WriteOptions & { onDuplicate?: DuplicatePolicy }) =>
      call<Contact>({
        method: 'POST',
        path: '/contacts',
        query: { onDuplicate: options?.onDuplicate },
        headers: write(options, json),
        body: JSON.stringify(input),
      }),
    /** A stale `version` rejects with ApiError 409 `version-conflict`; body.error.contact is the current contact. */
    updateContact: (contactId: string, version: number, input: ContactInput, options?: WriteOptions) =>
      call<Contact>({
        method: 'PUT',
        path: `/contacts/${id(contactId)}`,
        headers: write(options, { ...json, ...ifMatch(version) }),
        body: JSON.stringify(input),
      }),
    /** Resolves with the tombstone (`deleted: true`, next version). */
    deleteContact: (contactId: string, version: number, options?: WriteOptions) =>
      call<Contact>({ method: 'DELETE', path: `/contacts/${id(contactId)}`, headers: write(options, ifMatch(version)) }),
    /**
     * Imports a contacts file: a `.vcf` name is sent as `text/vcard`, any other as `text/csv` (ours, Google Contacts,
     * Outlook; issue 13). A refused file rejects with `ApiError` 422 whose `body` is the `ImportResponse`.
     */
    importCsv: (fileName: string, bytes: Uint8Array | string, options?: ImportOptions) =>
      call<ImportResponse>({
        method: 'POST',
        path: '/imports',
        query: { ...importQuery(options), file: fileName },
        headers: write(options, { 'content-type': fileName.toLowerCase().endsWith('.vcf') ? 'text/vcard' : 'text/csv' }),
        body: bytes,
      }),
    importJson: (list: unknown, options?: ImportOptions) =>
      call<ImportResponse>({
        method: 'POST',
        path: '/imports',
        query: importQuery(options),
        headers: write(options, json),
        body: JSON.stringify(list),
      }),
    undoImport: (importId: string, options?: WriteOptions) =>
      call<UndoResponse>({ method: 'POST', path: `/imports/${id(importId)}/undo`, headers: write(options) }),
    /** Newest first, filtered on the server (issue 11): pass the returned cursor as `before` for the next page. */
    auditNewest: (query: Omit<AuditQuery, 'order' | 'since'> = {}) =>
      call<AuditResponse>({ method: 'GET', path: '/audit', query: { order: 'desc', ...query } }),
    /** Tokens not revoked (issue 11): all for an admin, its own device tokens for a member; never a secret. */
    listTokens: () => call<TokenListResponse>({ method: 'GET', path: '/tokens' }),
    /** 201: the token with its secret (shown this once) and its connection code. */
    createToken: (body: TokenCreateBody) =>
      call<TokenCreated>({ method: 'POST', path: '/tokens', headers: json, body: JSON.stringify(body) }),
    /** Revokes at once; refused (409) for the last admin token. */
    revokeToken: (tokenId: string) => call<unknown>({ method: 'DELETE', path: `/tokens/${id(tokenId)}` }),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

function importQuery(options: ImportOptions | undefined): Query {
  return { onDuplicate: options?.onDuplicate, dryRun: options?.dryRun };
}

function queryString(query: Query | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, body: unknown, text: string): ApiError {
  const error = (body as Partial<ApiErrorBody> | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message, body);
  }
  return new ApiError(status, `http-${status}`, `The server answered ${status}: ${text.slice(0, 200)}`, body ?? text);
}

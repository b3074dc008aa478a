/**
 * Every error the API answers is `{ error: { code, message, … } }` (lib/api/api.ts `ApiErrorBody`, from its schema in lib/api/api-schemas.ts), never a stack.
 * Routes throw `HttpError`; `sendError` turns it and every Fastify/plugin error into that shape.
 */
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** An expected refusal (bad input, conflict, auth): its status, stable code, message and optional details. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const FASTIFY_CODES: Record<string, [string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['body-too-large', 'The request body is larger than the server accepts'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['malformed-json', 'The request body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['malformed-json', 'The request body is empty; send a JSON value'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported-media-type', 'This content type is not accepted'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad-content-length', 'The Content-Length header does not match the body'],
};

/**
 * Sends an error body as JSON text: the routes' `default` response schema documents the error shape, but an error
 * carries more than it lists (`params`, `skipped`, …), and a schema serialiser would drop those.
 */
function sendError(reply: FastifyReply, status: number, body: unknown) {
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/** Builds the error handler; `bodyLimit` goes into the 413 message so the user knows the size to stay under. */
export function errorHandler(bodyLimit: number) {
  return (error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof HttpError) {
      return sendError(reply, error.status, { error: { code: error.code, message: error.message, ...error.details } });
    }
    if (error.validation) {
      // An enum error names the values it takes, so the message says what to send instead.
      const allowed = (error.validation[0]?.params as { allowedValues?: unknown[] } | undefined)?.allowedValues;
      const fix = allowed ? ` (${allowed.join(', ')})` : '';
      return sendError(reply, 400, {
        error: { code: 'invalid-request', message: `The request is not valid: ${error.message}${fix}. See /api/v1/docs for each endpoint's fields.` },
      });
    }
    const known = FASTIFY_CODES[error.code];
    if (known) {
      const [code, text] = known;
      const status = error.statusCode ?? 400;
      const hint =
        code === 'body-too-large'
          ? ` (${(bodyLimit / 1024 / 1024).toFixed(0)} MB): split the file and import the parts one by one.`
          : code === 'unsupported-media-type'
            ? ` ("${request.headers['content-type'] ?? ''}"): send application/json, or text/csv for a CSV import.`
            : `: ${error.message}`;
      return sendError(reply, status, { error: { code, message: text + hint } });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return sendError(reply, 500, {
        error: { code: 'internal', message: 'The server failed on this request; its log has the details.' },
      });
    }
    return sendError(reply, status, { error: { code: `http-${status}`, message: error.message } });
  };
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, 404, {
    error: {
      code: 'no-such-endpoint',
      message: `There is no ${request.method} ${request.url.split('?')[0]}: see /api/v1/openapi.json for the API.`,
    },
  });
}

/** Errors Fastify raises before routing (a malformed URL): same shape. */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, 400, {
    error: { code: 'bad-url', message: `The URL "${request.url}" is malformed (${error.message}): check its %-encoding.` },
  });
}

const CLIENT_ERRORS: Record<string, [number, string, string, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request-timeout', 'The request took too long to arrive: retry on a faster connection.'],
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers-too-large', 'The request headers are too large.'],
};

/** Errors at the socket level (timeouts, broken HTTP), answered before any route runs: same shape, no stack. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [400, 'Bad Request', 'bad-request', 'The request is not valid HTTP.'];
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

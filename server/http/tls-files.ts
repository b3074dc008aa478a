/**
 * HTTPS served by the server itself (issue 11): `--tls-cert FILE --tls-key FILE` (PEM). Read and checked once at
 * start, so a missing, unreadable or mismatched file stops the start with one line saying which file and what to do,
 * instead of a server that fails at the first handshake.
 */
import fs from 'node:fs';
import path from 'node:path';
import tls from 'node:tls';

/** A TLS file problem, its message one line naming the file and the fix. */
export class TlsFilesError extends Error {
  override name = 'TlsFilesError';
}

function read(what: string, file: string, flag: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).message;
    throw new TlsFilesError(`Cannot read the TLS ${what} ${path.resolve(file)} (${code}): check the path and that this user may read it (${flag}).`, { cause: error });
  }
}

/** The certificate chain and private key for Fastify's `https` option; throws `TlsFilesError`. */
export function readTlsFiles(certFile: string, keyFile: string): { cert: Buffer; key: Buffer } {
  const cert = read('certificate', certFile, '--tls-cert / CONTACTS_TLS_CERT');
  const key = read('private key', keyFile, '--tls-key / CONTACTS_TLS_KEY');
  try {
    // Builds what the server would at its first handshake: it checks the PEM of both and that they belong together.
    tls.createSecureContext({ cert, key });
  } catch (error) {
    const reason = (error as Error).message;
    const mismatch = /key values mismatch/iu.test(reason);
    throw new TlsFilesError(
      mismatch
        ? `The TLS private key ${path.resolve(keyFile)} does not belong to the certificate ${path.resolve(certFile)}: pass the key the certificate was issued for.`
        : `The TLS certificate ${path.resolve(certFile)} or key ${path.resolve(keyFile)} is not usable PEM (${reason}): pass a PEM certificate (chain) and its unencrypted PEM private key.`,
      { cause: error },
    );
  }
  return { cert, key };
}

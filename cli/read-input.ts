/** Reads the file a command was given. */
import { readFile } from 'node:fs/promises';

/** The file's bytes, or the problem in words: a missing or unreadable file is the caller's mistake (exit 2). */
export async function readInput(path: string): Promise<Uint8Array | string> {
  try {
    // A Buffer is a Uint8Array: no copy of a file that may be 10 MB.
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `File not found: ${path}` : `Cannot read ${path}: ${(error as Error).message}`;
  }
}

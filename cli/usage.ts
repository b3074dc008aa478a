/** The one way a command reports a usage mistake: what is wrong, then its usage line, on stderr; exit code 2. */
export function usageError(message: string, usage: string): number {
  process.stderr.write(`${message}\nUsage: company-contacts ${usage}\n`);
  return 2;
}

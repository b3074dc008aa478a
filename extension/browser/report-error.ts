/**
 * The one handler for failures nobody waits for (issue 9: no error swallowed): a sync started by an alarm, the sync
 * after a save or a connection. It says in the console what failed and why; a failure the user must see is shown
 * by its caller as well.
 */

/** `promise.catch(reportError('the sync after a save'))`: logs "Company Contacts: <context> failed: <cause>". */
export function reportError(context: string): (error: unknown) => void {
  return (error) => {
    console.warn(`Company Contacts: ${context} failed: ${describeError(error)}`, error);
  };
}

/** The error's message (with its cause's, if any), for a log line or a message shown to the user. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : ` (cause: ${describeError(error.cause)})`;
  return `${error.name}: ${error.message}${cause}`;
}

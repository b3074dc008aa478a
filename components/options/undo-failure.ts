import { i18n } from '#i18n';

/** Why an undo could not happen, in the reader's language for the codes the server and local mode share. */
export function undoFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'nothing-to-undo') return i18n.t('undoNothing');
  if (code === 'already-undone') return i18n.t('undoAlready');
  return error instanceof Error ? error.message : String(error);
}

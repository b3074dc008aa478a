/**
 * Writes the server refused (issue 4's conflicts store, shown here for issue 5): what happened, the change that was
 * not applied (nothing is lost), and what to do — edit again from the current version, or dismiss.
 */
import { i18n } from '#i18n';
import { uiCount } from '../ui-count';
import type { ConflictRecord } from '../../extension/storage/db';

export interface ConflictListProps {
  conflicts: readonly ConflictRecord[];
  onEditAgain: (conflict: ConflictRecord) => void;
  onDismiss: (conflict: ConflictRecord) => void;
}

export function ConflictList({ conflicts, onEditAgain, onDismiss }: ConflictListProps) {
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-title" class="conflicts card">
      <h3 id="conflicts-title">{i18n.t('conflictsTitle', conflicts.length, [uiCount(conflicts.length)])}</h3>
      <ul>
        {conflicts.map((conflict) => {
          const name = conflict.entry.input?.name ?? conflict.serverContact?.name ?? conflict.entry.contactId;
          return (
            <li key={conflict.id}>
              <p>
                <strong>{name}</strong>: {explain(conflict)}
              </p>
              {conflict.entry.input ? <p class="hint">{i18n.t('conflictYourChange', [describe(conflict.entry.input)])}</p> : null}
              <div class="buttons">
                {conflict.entry.input ? (
                  <button type="button" onClick={() => onEditAgain(conflict)} aria-label={i18n.t('conflictEditAgainAria', [name])}>
                    {i18n.t('conflictEditAgain')}
                  </button>
                ) : null}
                <button type="button" onClick={() => onDismiss(conflict)} aria-label={i18n.t('conflictDismissAria', [name])}>
                  {i18n.t('conflictDismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The reason in the reader's language for the codes the server gives; its own (English) message otherwise. */
function explain(conflict: ConflictRecord): string {
  const theirs = conflict.serverContact?.name ?? '';
  if (conflict.code === 'version-conflict') return i18n.t('conflictVersion');
  if (conflict.code === 'duplicate') return i18n.t('conflictDuplicate', [theirs]);
  if (conflict.code === 'contact-deleted' || conflict.code === 'not-found') return i18n.t('conflictDeleted');
  if (conflict.code === 'server-changed') return i18n.t('conflictServerChanged');
  return conflict.message;
}

function describe(input: NonNullable<ConflictRecord['entry']['input']>): string {
  return [input.name, input.position, input.email, ...(input.phones ?? []).map((phone) => phone.number)].filter(Boolean).join(' · ');
}

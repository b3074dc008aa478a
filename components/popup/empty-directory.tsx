/** What the popup shows when the directory holds no contact yet: how to connect or add contacts (issue 4). */
import { i18n } from '#i18n';

export function EmptyDirectory({ localMode, onOpenOptions }: { localMode: boolean; onOpenOptions: () => void }) {
  return (
    <section class="empty">
      <h2>{i18n.t('emptyTitle')}</h2>
      <p>{localMode ? i18n.t('emptyServer') : i18n.t('emptySyncing')}</p>
      <button type="button" onClick={onOpenOptions}>
        {i18n.t('openOptions')}
      </button>
    </section>
  );
}

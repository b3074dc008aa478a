/** The popup's footer: when the copy was last synced, offline, or the error with a retry (issue 4). */
import { i18n } from '#i18n';
import { uiLocale } from '../../extension/browser/ui-locale';
import { uiCount } from '../ui-count';
import type { SyncState } from '../../extension/storage/db';

export interface SyncFooterProps {
  state: SyncState | null;
  localMode: boolean;
  syncing: boolean;
  now: number;
  onRetry: () => void;
}

export function SyncFooter({ state, localMode, syncing, now, onRetry }: SyncFooterProps) {
  const { text, failed } = footerText(state, localMode, syncing, now);
  return (
    <footer class="footer">
      <span role="status">{text}</span>
      {failed && !syncing ? (
        <button type="button" class="retry" onClick={onRetry}>
          {i18n.t('retry')}
        </button>
      ) : null}
    </footer>
  );
}

/** The footer's sentence for a sync state. */
export function footerText(state: SyncState | null, localMode: boolean, syncing: boolean, now: number): { text: string; failed: boolean } {
  if (localMode) return { text: i18n.t('localMode'), failed: false };
  const error = state?.lastError;
  if (error && (state?.lastSuccessAt ?? 0) <= error.at) {
    if (error.code !== 'offline') return { text: i18n.t('syncError', [error.message]), failed: true };
    if (state?.lastSuccessAt) return { text: i18n.t('offline', [new Date(state.lastSuccessAt).toLocaleString(uiLocale())]), failed: true };
    return { text: i18n.t('offlineNever'), failed: true };
  }
  if (syncing || !state?.lastSuccessAt) return { text: i18n.t('syncing'), failed: false };
  return { text: syncedAgo(now - state.lastSuccessAt), failed: false };
}

function syncedAgo(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return i18n.t('syncedJustNow');
  if (minutes < 60) return i18n.t('syncedMinutes', minutes, [uiCount(minutes)]);
  const hours = Math.floor(minutes / 60);
  if (minutes < 48 * 60) return i18n.t('syncedHours', hours, [uiCount(hours)]);
  const days = Math.floor(minutes / 1440);
  return i18n.t('syncedDays', days, [uiCount(days)]);
}

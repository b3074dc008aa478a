/** "Call numbers on this site" (issue 13): turns click-to-call on for the page under the popup, says it is on, turns it off. */
import { i18n } from '#i18n';

export interface SiteCallingControlProps {
  origin: string;
  on: boolean;
  busy: boolean;
  message: string | null;
  onEnable: () => void;
  onDisable: () => void;
}

export function SiteCallingControl({ origin, on, busy, message, onEnable, onDisable }: SiteCallingControlProps) {
  const host = new URL(origin).host;
  return (
    <div class="site-calling">
      {on ? (
        <>
          <span id="site-calling-state">{i18n.t('siteCallingOn', [host])}</span>
          <button type="button" class="site-calling-off" disabled={busy} aria-label={i18n.t('siteCallingDisableAria', [host])} onClick={onDisable}>
            {i18n.t('siteCallingDisable')}
          </button>
        </>
      ) : (
        <button type="button" class="site-calling-on" disabled={busy} aria-describedby="site-calling-help" onClick={onEnable}>
          {i18n.t('siteCallingEnable')}
        </button>
      )}
      <span id="site-calling-help" class="visually-hidden">
        {i18n.t('siteCallingHelp', [host])}
      </span>
      <p class="site-calling-message" role="status">
        {message ?? ''}
      </p>
    </div>
  );
}

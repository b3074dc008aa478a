/** The warning for a server that is not this computer and speaks plain `http://` (issue 11): tokens cross in clear. */
import { i18n } from '#i18n';
import { sendsTokenInClear } from '../../lib/settings/sends-token-in-clear';

/** `extra`: a sentence for where the warning is shown (e.g. phones refuse a password over plain http). */
export function PlainHttpWarning({ origin, id, extra }: { origin: string; id: string; extra?: string }) {
  if (!sendsTokenInClear(origin)) return null;
  return (
    <p class="warning-box" id={id} role="note">
      <strong>{i18n.t('plainHttpTitle')}</strong> {i18n.t('plainHttpWarning', [origin])}
      {extra ? ` ${extra}` : null}
    </p>
  );
}

/** The "Expires" choice of a new token (issue 11): never, or in a number of days (the invite and device forms). */
import { i18n } from '#i18n';
import { uiCount } from '../ui-count';

export interface ExpiryFieldProps {
  id: string;
  /** The choices, in days; `null` for a token that never expires. */
  choices: readonly (number | null)[];
  days: number | null;
  onChange: (days: number | null) => void;
}

export function ExpiryField({ id, choices, days, onChange }: ExpiryFieldProps) {
  return (
    <div class="field">
      <label for={id}>{i18n.t('inviteExpiry')}</label>
      <select id={id} value={String(days)} onChange={(e) => onChange(e.currentTarget.value === 'null' ? null : Number(e.currentTarget.value))}>
        {choices.map((value) => (
          <option key={String(value)} value={String(value)}>
            {value === null ? i18n.t('inviteNever') : i18n.t('inviteDays', value, [uiCount(value)])}
          </option>
        ))}
      </select>
    </div>
  );
}

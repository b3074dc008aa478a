/**
 * Settings → Your devices → add a device (issue 11): a name and how long its token lasts. The answer is the token,
 * shown this once with what the phone or mail client needs (components/options/device-setup.tsx).
 */
import { i18n } from '#i18n';
import { ExpiryField } from './expiry-field';
import { useState } from 'preact/hooks';
import { DeviceSetup } from './device-setup';
import { isTokenName } from '../../lib/token/is-token-name';

export type DeviceOutcome = { ok: true; name: string; secret: string; server: string } | { ok: false; message: string };

export interface DeviceFormProps {
  onCreate: (name: string, expiresInDays: number | null) => Promise<DeviceOutcome>;
  onCopy: (text: string) => Promise<void>;
  /** The connected token's name: the user name suggested for the device's account. */
  holder: string;
}

const EXPIRY_DAYS = [null, 30, 90, 365] as const;

export function DeviceForm({ onCreate, onCopy, holder }: DeviceFormProps) {
  const [name, setName] = useState('');
  const [days, setDays] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [created, setCreated] = useState<{ name: string; secret: string; server: string } | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const wanted = name.trim();
    if (!isTokenName(wanted)) return setProblem(i18n.t('deviceNameInvalid', [wanted]));
    setProblem('');
    setBusy(true);
    setCreated(null);
    void onCreate(wanted, days).then((outcome) => {
      setBusy(false);
      if (!outcome.ok) return setProblem(outcome.message);
      setCreated(outcome);
      setName('');
    });
  };

  return (
    <>
      <form onSubmit={submit} class="inline-form device-form" noValidate aria-label={i18n.t('deviceAdd')}>
        <div class="field">
          <label for="device-name">{i18n.t('deviceName')}</label>
          <input
            id="device-name"
            type="text"
            autocomplete="off"
            placeholder={`${holder}-phone`}
            value={name}
            aria-invalid={problem !== '' ? 'true' : undefined}
            aria-describedby={problem !== '' ? 'device-problem' : 'device-name-help'}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <p id="device-name-help" class="hint field-message">
            {i18n.t('deviceNameHelp')}
          </p>
        </div>
        <ExpiryField id="device-expiry" choices={EXPIRY_DAYS} days={days} onChange={setDays} />
        <div class="field end">
          <button type="submit" class="primary" disabled={busy} id="create-device">
            {busy ? i18n.t('checking') : i18n.t('deviceCreate')}
          </button>
        </div>
      </form>
      {problem ? (
        <p class="error field-message" id="device-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {created ? <DeviceSetup {...created} holder={holder} onCopy={onCopy} onDone={() => setCreated(null)} /> : null}
    </>
  );
}

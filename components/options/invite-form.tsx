/**
 * Team → invite a teammate (issue 11): a name, a role, how long the token lasts; the answer is a connection code
 * (server address + token in one string) shown this once, with a copy button and what to do with it.
 */
import { i18n } from '#i18n';
import { ExpiryField } from './expiry-field';
import { useState } from 'preact/hooks';
import { isTokenName } from '../../lib/token/is-token-name';

export type InviteOutcome = { ok: true; name: string; connectionCode: string } | { ok: false; message: string };

export interface InviteFormProps {
  onCreate: (name: string, role: 'admin' | 'member', expiresInDays: number | null) => Promise<InviteOutcome>;
  onCopy: (text: string) => Promise<void>;
}

const EXPIRY_DAYS = [null, 7, 30, 90, 365] as const;

export function InviteForm({ onCreate, onCopy }: InviteFormProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<'admin' | 'member'>('member');
  const [days, setDays] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [created, setCreated] = useState<{ name: string; connectionCode: string } | null>(null);
  const [copied, setCopied] = useState('');

  const submit = (event: Event) => {
    event.preventDefault();
    const wanted = name.trim();
    if (!isTokenName(wanted)) return setProblem(i18n.t('inviteNameInvalid', [wanted]));
    setProblem('');
    setBusy(true);
    setCopied('');
    void onCreate(wanted, role, days).then((outcome) => {
      setBusy(false);
      if (!outcome.ok) return setProblem(outcome.message);
      setCreated(outcome);
      setName('');
    });
  };
  const copy = () => {
    if (!created) return;
    onCopy(created.connectionCode).then(
      () => setCopied(i18n.t('inviteCopied')),
      (error: unknown) => setCopied(i18n.t('inviteCopyFailed', [error instanceof Error ? error.message : String(error)])),
    );
  };

  return (
    <section aria-labelledby="invite-title" class="card">
      <h3 id="invite-title">{i18n.t('inviteTitle')}</h3>
      <p class="hint">{i18n.t('inviteHelp')}</p>
      <form onSubmit={submit} class="inline-form" noValidate>
        <div class="field">
          <label for="invite-name">{i18n.t('inviteName')}</label>
          <input
            id="invite-name"
            type="text"
            autocomplete="off"
            placeholder="maria.beck"
            value={name}
            aria-invalid={problem !== '' ? 'true' : undefined}
            aria-describedby={problem !== '' ? 'invite-problem' : 'invite-name-help'}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <p id="invite-name-help" class="hint field-message">
            {i18n.t('inviteNameHelp')}
          </p>
        </div>
        <div class="field">
          <label for="invite-role">{i18n.t('columnRole')}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.currentTarget.value === 'admin' ? 'admin' : 'member')}>
            <option value="member">{i18n.t('roleMember')}</option>
            <option value="admin">{i18n.t('roleAdmin')}</option>
          </select>
        </div>
        <ExpiryField id="invite-expiry" choices={EXPIRY_DAYS} days={days} onChange={setDays} />
        <div class="field end">
          <button type="submit" class="primary" disabled={busy} id="create-invite">
            {busy ? i18n.t('checking') : i18n.t('inviteCreate')}
          </button>
        </div>
      </form>
      {problem ? (
        <p class="error field-message" id="invite-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {created ? (
        <div class="invite-result" id="invite-result">
          <label for="invite-code">{i18n.t('inviteCodeFor', [created.name])}</label>
          <div class="copy-row">
            <input id="invite-code" type="text" readOnly value={created.connectionCode} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" class="primary" onClick={copy} id="copy-invite">
              {i18n.t('copy')}
            </button>
          </div>
          <p class="hint">{i18n.t('inviteCodeHelp')}</p>
          <p role="status" id="copy-status">
            {copied}
          </p>
        </div>
      ) : null}
    </section>
  );
}

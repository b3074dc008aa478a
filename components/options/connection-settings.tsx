/** The options page's connection section (issue 4): server address and token; Save checks them and shows who you are. */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';

export type ConnectResult =
  | { kind: 'connected'; name: string; role: string }
  | { kind: 'local' }
  | { kind: 'error'; message: string };

export interface ConnectionSettingsProps {
  serverUrl: string;
  token: string;
  /** Called from the click handler itself: the browser's permission prompt needs the user's gesture. */
  onSave: (serverUrl: string, token: string) => Promise<ConnectResult>;
}

export function ConnectionSettings({ serverUrl, token, onSave }: ConnectionSettingsProps) {
  const [url, setUrl] = useState(serverUrl);
  const [secret, setSecret] = useState(token);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ConnectResult | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    setBusy(true);
    void onSave(url, secret).then((answer) => {
      setResult(answer);
      setBusy(false);
    });
  };

  return (
    <section aria-labelledby="connection-title">
      <h2 id="connection-title">{i18n.t('connectionTitle')}</h2>
      <p>{i18n.t('connectionHelp')}</p>
      <form onSubmit={submit}>
        <label for="server-url">{i18n.t('serverUrlLabel')}</label>
        <input id="server-url" type="url" placeholder="https://contacts.example.com" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        <label for="token">{i18n.t('tokenLabel')}</label>
        <input id="token" type="password" autocomplete="off" value={secret} onInput={(e) => setSecret(e.currentTarget.value)} />
        <button type="submit" disabled={busy}>
          {busy ? i18n.t('checking') : i18n.t('save')}
        </button>
      </form>
      <p role="status" id="connection-status" class={result?.kind === 'error' ? 'error' : ''}>
        {result?.kind === 'connected' ? i18n.t('connectedAs', [result.name, result.role]) : null}
        {result?.kind === 'local' ? i18n.t('localModeSaved') : null}
        {result?.kind === 'error' ? result.message : null}
      </p>
    </section>
  );
}

/**
 * The options page's connection (issues 4 and 11): ONE field for the connection code an admin sends (server address
 * and token in one string), or, folded away, the address and the token typed separately (the first admin token from
 * the server's first start, a CLI token, or an empty address for local mode). Connecting asks the browser for that
 * one origin from the click itself (the permission prompt needs the user's gesture), checks the token, and says
 * who you are. A plain `http://` server that is not this computer is flagged: the token would cross in clear.
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { PlainHttpWarning } from './plain-http-warning';
import { decodeConnectionCode, type ConnectionCodeErrorCode } from '../../lib/connection-code/connection-code';
import { parseServerUrl } from '../../lib/settings/settings';

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

type CodeMessage =
  | 'connectionCodeEmpty'
  | 'connectionCodePrefix'
  | 'connectionCodeVersion'
  | 'connectionCodeFormat'
  | 'connectionCodeServer'
  | 'connectionCodeToken';

const CODE_MESSAGES: Record<ConnectionCodeErrorCode, CodeMessage> = {
  'connection-code-empty': 'connectionCodeEmpty',
  'connection-code-prefix': 'connectionCodePrefix',
  'connection-code-version': 'connectionCodeVersion',
  'connection-code-format': 'connectionCodeFormat',
  'connection-code-server': 'connectionCodeServer',
  'connection-code-token': 'connectionCodeToken',
};

export function ConnectionSettings({ serverUrl, token, onSave }: ConnectionSettingsProps) {
  const [code, setCode] = useState('');
  const [url, setUrl] = useState(serverUrl);
  const [secret, setSecret] = useState(token);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ConnectResult | null>(null);

  const decoded = code.trim() === '' ? null : decodeConnectionCode(code);
  const typedOrigin = parseServerUrl(url).origin ?? '';

  const run = (server: string, bearer: string) => {
    setBusy(true);
    void onSave(server, bearer).then((answer) => {
      setResult(answer);
      setBusy(false);
      if (answer.kind !== 'error') setCode('');
    });
  };
  const submitCode = (event: Event) => {
    event.preventDefault();
    const check = decodeConnectionCode(code);
    // Decoded before any await: the permission request below stays inside the user's click.
    if (!check.ok) return setResult({ kind: 'error', message: i18n.t(CODE_MESSAGES[check.code]) });
    run(check.connection.server, check.connection.token);
  };
  const submitManual = (event: Event) => {
    event.preventDefault();
    run(url, secret);
  };

  return (
    <section aria-labelledby="connection-title" class="card">
      <h3 id="connection-title">{i18n.t('connectionTitle')}</h3>
      <form onSubmit={submitCode} id="connection-code-form">
        <label for="connection-code">{i18n.t('connectionCodeLabel')}</label>
        <textarea
          id="connection-code"
          rows={2}
          spellcheck={false}
          autocomplete="off"
          aria-describedby="connection-code-help"
          placeholder="cc1:…"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <p id="connection-code-help" class="hint">
          {i18n.t('connectionCodeHelp')}
        </p>
        {decoded?.ok ? <PlainHttpWarning origin={decoded.connection.server} id="code-http-warning" /> : null}
        <div class="buttons">
          <button type="submit" class="primary" disabled={busy} id="connect-code">
            {busy ? i18n.t('checking') : i18n.t('connectButton')}
          </button>
        </div>
      </form>
      <details id="connection-manual">
        <summary>{i18n.t('connectionManual')}</summary>
        <p class="hint">{i18n.t('connectionHelp')}</p>
        <form onSubmit={submitManual}>
          <label for="server-url">{i18n.t('serverUrlLabel')}</label>
          <input id="server-url" type="url" placeholder="https://contacts.example.com" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          <label for="token">{i18n.t('tokenLabel')}</label>
          <input id="token" type="password" autocomplete="off" value={secret} onInput={(e) => setSecret(e.currentTarget.value)} />
          {typedOrigin ? <PlainHttpWarning origin={typedOrigin} id="manual-http-warning" /> : null}
          <div class="buttons">
            <button type="submit" class="secondary" disabled={busy} id="connect-manual">
              {busy ? i18n.t('checking') : i18n.t('save')}
            </button>
          </div>
        </form>
      </details>
      <p role="status" id="connection-status" class={result?.kind === 'error' ? 'error' : ''}>
        {result?.kind === 'connected' ? i18n.t('connectedAs', [result.name, result.role]) : null}
        {result?.kind === 'local' ? i18n.t('localModeSaved') : null}
        {result?.kind === 'error' ? result.message : null}
      </p>
    </section>
  );
}

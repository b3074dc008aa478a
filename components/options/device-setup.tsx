/**
 * A new device token, shown this once (issue 11), with the CardDAV facts its phone or mail client needs: the server
 * address (iPhone: without https://), the `/dav/` address, any user name, and the token as the password (setup per
 * client: the main README). Done hides the token for good: the server keeps only its hash.
 */
import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { cardDavSetup } from '../../lib/devices/carddav-setup';

export interface DeviceSetupProps {
  name: string;
  secret: string;
  /** The server address the server gives devices (its `--public-url`, else the address this page reached). */
  server: string;
  holder: string;
  onCopy: (text: string) => Promise<void>;
  onDone: () => void;
}

export function DeviceSetup({ name, secret, server, holder, onCopy, onDone }: DeviceSetupProps) {
  const [copied, setCopied] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const setup = cardDavSetup(server);
  // The token appears below the form: say so to the keyboard and screen reader too.
  useEffect(() => heading.current?.focus(), []);

  const copy = (text: string, done: string) =>
    onCopy(text).then(
      () => setCopied(done),
      (error: unknown) => setCopied(i18n.t('deviceCopyFailed', [error instanceof Error ? error.message : String(error)])),
    );

  return (
    <div class="invite-result" id="device-result">
      <h4 id="device-result-title" ref={heading} tabIndex={-1}>
        {i18n.t('deviceTokenFor', [name])}
      </h4>
      <label for="device-token">{i18n.t('deviceSetupPassword')}</label>
      <div class="copy-row">
        <input id="device-token" type="text" readOnly value={secret} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" class="primary" onClick={() => void copy(secret, i18n.t('deviceCopied'))} id="copy-device-token">
          {i18n.t('copy')}
        </button>
      </div>
      <p class="hint">{i18n.t('deviceTokenHelp')}</p>
      {setup ? (
        <>
          <h4>{i18n.t('deviceSetupTitle')}</h4>
          <dl class="setup-facts" id="device-setup">
            <dt>{i18n.t('deviceSetupServer')}</dt>
            <dd data-fact="server">{setup.server}</dd>
            <dt>{i18n.t('deviceSetupDavUrl')}</dt>
            <dd data-fact="dav">
              <span>{setup.davUrl}</span>{' '}
              <button type="button" class="small secondary" onClick={() => void copy(setup.davUrl, i18n.t('deviceDavCopied'))} aria-label={i18n.t('deviceCopyDavAria')}>
                {i18n.t('copy')}
              </button>
            </dd>
            <dt>{i18n.t('deviceSetupUser')}</dt>
            <dd data-fact="user">{i18n.t('deviceSetupUserValue', [holder])}</dd>
            <dt>{i18n.t('deviceSetupPassword')}</dt>
            <dd data-fact="password">{i18n.t('deviceSetupPasswordValue')}</dd>
          </dl>
          <p class="hint">{i18n.t('deviceSetupClients', [setup.host])}</p>
        </>
      ) : null}
      <p role="status" id="device-copy-status">
        {copied}
      </p>
      <div class="buttons">
        <button type="button" class="secondary" id="device-done" onClick={onDone}>
          {i18n.t('deviceDone')}
        </button>
      </div>
    </div>
  );
}

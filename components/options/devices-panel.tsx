/**
 * Settings → Your devices (issue 11): the connected person's own device tokens, for a phone or a mail client reading
 * the directory over CardDAV (issue 12). Add one (its token shown once, with the setup facts), see each one's
 * created, last used and expiry, and revoke one after a confirmation. Members and admins alike: an admin's devices
 * are its own, not the team's invites (those are in Team).
 */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { ConfirmDialog } from './confirm-dialog';
import { DeviceForm, type DeviceFormProps } from './device-form';
import { PlainHttpWarning } from './plain-http-warning';
import { TokenTable } from './token-table';
import type { TokenInfo } from '../../lib/api/api';

export interface DevicesPanelProps extends DeviceFormProps {
  /** The server this page is connected to: a plain-http one that is not this computer gets a warning. */
  serverUrl: string;
  /** `null` while loading. */
  devices: readonly TokenInfo[] | null;
  problem: string | null;
  formatDate: (iso: string) => string;
  /** Resolves with the sentence to announce (revoked, or why not). */
  onRevoke: (device: TokenInfo) => Promise<string>;
}

export function DevicesPanel({ serverUrl, devices, problem, formatDate, onRevoke, onCreate, onCopy, holder }: DevicesPanelProps) {
  const [confirming, setConfirming] = useState<TokenInfo | null>(null);
  const [status, setStatus] = useState('');

  return (
    <section aria-labelledby="devices-title" class="card" id="devices">
      <h3 id="devices-title">{i18n.t('devicesTitle')}</h3>
      <p class="hint">{i18n.t('devicesHelp')}</p>
      <PlainHttpWarning origin={serverUrl} id="devices-http-warning" extra={i18n.t('devicesPlainHttp')} />
      <DeviceForm onCreate={onCreate} onCopy={onCopy} holder={holder} />
      <h4 id="devices-list-title">{i18n.t('devicesListTitle')}</h4>
      {problem ? (
        <p class="error" role="alert">
          {i18n.t('devicesFailed', [problem])}
        </p>
      ) : devices === null ? (
        <p class="hint">{i18n.t('loading')}</p>
      ) : devices.length === 0 ? (
        <div class="empty-state" id="devices-empty">
          <p class="empty-title">{i18n.t('devicesEmpty')}</p>
          <p>{i18n.t('devicesEmptyHelp')}</p>
        </div>
      ) : (
        <TokenTable
          id="devices-table"
          labelledBy="devices-list-title"
          tokens={devices}
          nameColumn={i18n.t('columnDevice')}
          showRole={false}
          rowAttribute="data-device"
          formatDate={formatDate}
          onRevoke={setConfirming}
        />
      )}
      <p role="status" id="devices-status">
        {status}
      </p>
      <ConfirmDialog
        title={confirming ? i18n.t('revokeConfirm', [confirming.name]) : null}
        help={i18n.t('deviceRevokeConfirmHelp')}
        confirmLabel={i18n.t('revoke')}
        onConfirm={() => confirming && void onRevoke(confirming).then(setStatus)}
        onClose={() => setConfirming(null)}
      />
    </section>
  );
}

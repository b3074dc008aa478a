/**
 * Settings → Your devices (issue 11): the connected token's own device tokens (`GET /api/v1/tokens`, narrowed by
 * lib/devices/own-devices.ts), creating one (`POST`; its secret is in this answer only, and the server address in its
 * connection code is the one the server gives devices, `--public-url`) and revoking one (`DELETE`), each followed by
 * a fresh list. The server's refusals are shown in its own words (they name the field and the fix).
 */
import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { DeviceOutcome } from '../components/options/device-form';
import { reportError } from '../extension/browser/report-error';
import type { TokenCreated, TokenInfo } from '../lib/api/api';
import { decodeConnectionCode } from '../lib/connection-code/connection-code';
import { ownDevices, type DeviceHolder } from '../lib/devices/own-devices';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the panel needs from the server (extension/admin/devices-api.ts builds it from the API client). */
export interface DevicesApi {
  list(): Promise<TokenInfo[]>;
  create(body: { name: string; expiresAt?: string }): Promise<TokenCreated>;
  revoke(id: string): Promise<void>;
}

export interface Devices {
  /** `null` while loading. */
  devices: TokenInfo[] | null;
  problem: string | null;
  create: (name: string, expiresInDays: number | null) => Promise<DeviceOutcome>;
  revoke: (device: TokenInfo) => Promise<string>;
  copy: (text: string) => Promise<void>;
}

/** `fallbackServer`: the address this page connects to, for a connection code that cannot be read (never expected). */
export function useDevices(api: DevicesApi, holder: DeviceHolder, fallbackServer: string): Devices {
  const [devices, setDevices] = useState<TokenInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setDevices(ownDevices(await api.list(), holder));
      setProblem(null);
    } catch (error) {
      reportError('listing your devices')(error);
      setProblem(messageOf(error));
    }
  }, [api, holder.name, holder.role]);
  useEffect(() => void reload(), [reload]);

  const create = async (name: string, expiresInDays: number | null): Promise<DeviceOutcome> => {
    try {
      const expiresAt = expiresInDays === null ? undefined : new Date(Date.now() + expiresInDays * DAY_MS).toISOString();
      const created = await api.create({ name, ...(expiresAt ? { expiresAt } : {}) });
      const code = decodeConnectionCode(created.connectionCode);
      await reload();
      return { ok: true, name: created.name, secret: created.secret, server: code.ok ? code.connection.server : fallbackServer };
    } catch (error) {
      reportError('creating a device token')(error);
      return { ok: false, message: i18n.t('deviceFailed', [messageOf(error)]) };
    }
  };

  const revoke = async (device: TokenInfo): Promise<string> => {
    try {
      await api.revoke(device.id);
      await reload();
      return i18n.t('deviceRevoked', [device.name]);
    } catch (error) {
      reportError('revoking a device token')(error);
      return i18n.t('revokeFailed', [device.name, messageOf(error)]);
    }
  };

  return { devices, problem, create, revoke, copy: (text) => navigator.clipboard.writeText(text) };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DevicesPanel, type DevicesPanelProps } from '../../../components/options/devices-panel';
import { useLocaleMessages } from '../../fixtures/fake-i18n';
import { makeToken } from '../../fixtures/tokens';

beforeEach(async () => {
  fakeBrowser.reset();
  await useLocaleMessages('en');
  document.body.innerHTML = '';
});

function show(overrides: Partial<DevicesPanelProps>): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  const props: DevicesPanelProps = {
    serverUrl: 'https://contacts.example.com',
    devices: [],
    problem: null,
    holder: 'max',
    formatDate: (iso) => `on ${iso.slice(0, 10)}`,
    onCreate: async () => ({ ok: false, message: 'not called' }),
    onRevoke: async () => '',
    onCopy: async () => undefined,
    ...overrides,
  };
  act(() => render(<DevicesPanel {...props} />, root));
  return root;
}

const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? null;

describe('DevicesPanel', () => {
  it('warns, with why phones cannot subscribe, for a plain-http server that is not this computer; not for https or loopback', () => {
    const remote = text(show({ serverUrl: 'http://contacts.example.com' }), '#devices-http-warning');
    const actual = {
      remote,
      https: text(show({ serverUrl: 'https://contacts.example.com' }), '#devices-http-warning'),
      loopback: text(show({ serverUrl: 'http://127.0.0.1:8787' }), '#devices-http-warning'),
    };
    expect(actual).toEqual({
      remote:
        'Not encrypted: http://contacts.example.com uses plain http:// and is not this computer, so tokens cross the network in clear. Ask your admin to serve the directory over https://. Phones also refuse to send a password over plain http://, so they cannot subscribe until the server uses https://.',
      https: null,
      loopback: null,
    });
  });

  it('speaks French with a French browser: title, warning, empty state', async () => {
    await useLocaleMessages('fr');
    const root = show({ serverUrl: 'http://contacts.example.com' });
    expect([text(root, '#devices-title'), text(root, '#devices-http-warning')?.endsWith("tant que le serveur n'utilise pas https://."), text(root, '#devices-empty .empty-title')]).toEqual([
      'Vos appareils',
      true,
      "Aucun appareil pour l'instant",
    ]);
  });

  it('shows an empty state without devices, the list with created, last used and expiry with some, and the reason it could not list', () => {
    const empty = show({ devices: [] });
    const listed = show({
      devices: [
        makeToken({ name: 'max-phone', lastUsedAt: '2026-12-01T10:00:00.000Z', expiresAt: '2027-01-01T00:00:00.000Z' }),
        makeToken({ name: 'max-mail', expired: true, expiresAt: '2026-11-01T00:00:00.000Z' }),
      ],
    });
    const failed = show({ devices: null, problem: 'Server unreachable' });
    const rows = [...listed.querySelectorAll('#devices-table tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent));
    expect({ empty: text(empty, '#devices-empty .empty-title'), rows, failed: text(failed, '[role=alert]') }).toEqual({
      empty: 'No device yet',
      rows: [
        ['max-phone', 'on 2026-12-01', 'on 2026-12-01', 'on 2027-01-01', 'Revoke'],
        ['max-mail', 'on 2026-12-01', 'Never', 'expired', 'Revoke'],
      ],
      failed: 'Your devices could not be listed: Server unreachable',
    });
  });

  it('shows a created token once with the CardDAV facts, the iPhone host, and hides it on Done', async () => {
    const root = show({ onCreate: async (name) => ({ ok: true, name, secret: 'cc_secret', server: 'https://contacts.example.com:8443' }) });
    const input = root.querySelector<HTMLInputElement>('#device-name')!;
    input.value = 'max-phone';
    await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
    await act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    const shown = {
      token: root.querySelector<HTMLInputElement>('#device-token')?.value,
      facts: [...root.querySelectorAll('#device-setup dd')].map((cell) => cell.querySelector('span')?.textContent ?? cell.textContent),
      iphone: root.querySelector('#device-setup + .hint')?.textContent?.includes('type contacts.example.com:8443 as the server (without https://)'),
      focused: document.activeElement?.id,
    };
    await act(() => root.querySelector<HTMLButtonElement>('#device-done')!.click());
    expect({ shown, after: root.querySelector('#device-token') }).toEqual({
      shown: {
        token: 'cc_secret',
        facts: ['https://contacts.example.com:8443', 'https://contacts.example.com:8443/dav/', 'Any — your own, e.g. max', 'The token above'],
        iphone: true,
        focused: 'device-result-title',
      },
      after: null,
    });
  });
});

/**
 * Settings → Your devices (issue 11), in Chromium with the built extension, against a real server: a member creates a
 * device token (shown once, copied, with the CardDAV setup facts), the token really opens the CardDAV address book,
 * the list shows it, and revoking it (after a confirmation) shuts the address book to it; axe-core finds nothing on
 * the section, light and dark. An admin's own devices are listed apart from the team's invites.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, requireChromium } from './extension-browser';
import { confirmDialogFocus, openOptions } from './options-page';
import { useConnectedExtension } from './use-connected-extension';

/** A CardDAV client's first request: PROPFIND on /dav/ with any user name and the token as the password. */
async function propfind(server: string, token: string): Promise<number> {
  const answer = await fetch(`${server}/dav/`, {
    method: 'PROPFIND',
    headers: { authorization: `Basic ${Buffer.from(`max:${token}`).toString('base64')}`, depth: '0', 'content-type': 'application/xml' },
    body: '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>',
  });
  await answer.arrayBuffer();
  return answer.status;
}

describe.skipIf(!requireChromium())('Your devices, for a member, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({ connectAs: 'member' });

  it('creates a device token shown once with the CardDAV facts, that works for CardDAV, lists it, and revokes it after a confirmation', async () => {
    const { browser, server, admin } = setup;
    const page = await openOptions(browser, 'settings');
    await page.waitForSelector('#devices-empty');
    const nav = await page.$$eval('.console-nav a', (links) => links.map((link) => link.textContent));
    const empty = await page.textContent('#devices-empty .empty-title');

    await page.fill('#device-name', 'max-phone');
    await page.selectOption('#device-expiry', '30');
    await page.click('#create-device');
    await page.waitForSelector('#device-token');
    const token = await page.inputValue('#device-token');
    await page.click('#copy-device-token');
    await page.waitForFunction(() => document.querySelector('#device-copy-status')?.textContent !== '');
    const facts = await page.$$eval('#device-setup dd', (cells) => cells.map((cell) => [cell.getAttribute('data-fact'), cell.querySelector('span')?.textContent ?? cell.textContent]));
    await page.waitForSelector('#devices-table tr[data-device="max-phone"]');
    const row = await page.$$eval('#devices-table tr[data-device="max-phone"] td', (cells) => cells.map((cell) => cell.textContent));
    const onServer = (await admin.listTokens()).tokens.find((t) => t.name === 'max-phone');
    const davBefore = await propfind(server.url, token);

    const created = {
      nav,
      empty,
      token: token.startsWith('cc_'),
      copied: await page.textContent('#device-copy-status'),
      facts,
      row: [row[0], row[2], row[3] !== 'Never'],
      onServer: [onServer?.role, onServer?.owner?.name, onServer?.expiresAt !== null],
      davBefore,
    };
    expect(created).toEqual({
      nav: ['Directory', 'Settings'],
      empty: 'No device yet',
      token: true,
      copied: "Copied. Paste it as the password of the device's CardDAV account.",
      facts: [
        ['server', server.url],
        ['dav', `${server.url}/dav/`],
        ['user', 'Any — your own, e.g. max'],
        ['password', 'The token above'],
      ],
      row: ['max-phone', 'Never', true],
      onServer: ['member', 'max', true],
      davBefore: 207,
    });

    await page.click('#device-done');
    const hidden = await page.$('#device-token');
    await page.click('button[aria-label="Revoke max-phone"]');
    const dialogFocus = await confirmDialogFocus(page);
    await page.click('dialog button.danger');
    await page.waitForSelector('#devices-empty');
    expect({
      hidden,
      dialogFocus,
      status: await page.textContent('#devices-status'),
      davAfter: await propfind(server.url, token),
      onServer: (await admin.listTokens()).tokens.some((t) => t.name === 'max-phone'),
    }).toEqual({
      hidden: null,
      dialogFocus: 'Cancel',
      status: 'max-phone revoked. That device can no longer read the directory.',
      davAfter: 401,
      onServer: false,
    });
    await page.close();
  });

  it('says what is wrong with a device name before asking the server, and keeps the field marked invalid', async () => {
    const page = await openOptions(setup.browser, 'settings');
    await page.waitForSelector('#device-name');
    await page.fill('#device-name', 'my phone');
    await page.click('#create-device');
    await page.waitForSelector('#device-problem');
    expect({ problem: await page.textContent('#device-problem'), invalid: await page.getAttribute('#device-name', 'aria-invalid') }).toEqual({
      problem: '“my phone” cannot be a device name: use 1 to 64 letters, digits, “.”, “_”, “-” or “@”, e.g. maria-phone.',
      invalid: 'true',
    });
    await page.close();
  });

  it('finds no accessibility violation with axe-core on Settings with a new device token and the list, light or dark', async () => {
    const page = await openOptions(setup.browser, 'settings');
    await page.waitForSelector('#devices-empty, #devices-table');
    await page.fill('#device-name', 'max-mail');
    await page.click('#create-device');
    await page.waitForSelector('#devices-table tr[data-device="max-mail"]');
    await page.waitForSelector('#device-setup');
    const found: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      found[scheme] = await axeViolations(page);
    }
    // The keyboard alone goes from the name field through the form, the token, its setup and the list, focus visible.
    await page.focus('#device-name');
    const order: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return `${element.id || element.getAttribute('aria-label') || element.className} ${getComputedStyle(element).outlineStyle}`;
      }));
    }
    expect({ found, order }).toEqual({
      found: { light: [], dark: [] },
      order: [
        'device-expiry solid',
        'create-device solid',
        'device-token solid',
        'copy-device-token solid',
        'Copy the CardDAV address solid',
        'device-done solid',
        'table-scroll solid',
        'Revoke max-mail solid',
      ],
    });
    await page.close();
  });
});

describe.skipIf(!requireChromium())('Your devices, for an admin, in Chromium, against a real server', () => {
  const setup = useConnectedExtension();

  it("lists the admin's own device tokens only, not the team's invites, and creates them as the admin's own", async () => {
    const { browser, admin } = setup;
    await admin.createToken({ name: 'maria.beck', role: 'member' });
    const page = await openOptions(browser, 'settings');
    await page.waitForSelector('#devices-empty');
    await page.fill('#device-name', 'alice-phone');
    await page.click('#create-device');
    await page.waitForSelector('#devices-table tr[data-device="alice-phone"]');
    const listed = await page.$$eval('#devices-table tbody tr', (rows) => rows.map((row) => row.getAttribute('data-device')));
    const onServer = (await admin.listTokens()).tokens.find((t) => t.name === 'alice-phone');
    expect({ listed, onServer: [onServer?.role, onServer?.owner?.name] }).toEqual({ listed: ['alice-phone'], onServer: ['member', 'alice'] });
    await page.close();
  });
});

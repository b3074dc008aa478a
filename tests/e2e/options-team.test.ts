/**
 * The console's Team section (issue 11), in Chromium with the built extension, against a real server with the tokens
 * API: invite → connection code (copy), the list (who, role, last used), revoke with confirmation, the last admin
 * kept; and a teammate connecting with nothing but the code.
 */
import { describe, expect, it } from 'vitest';
import { requireChromium } from './extension-browser';
import { confirmDialogFocus, connectWithCode, openOptions } from './options-page';
import { useConnectedExtension } from './use-connected-extension';

describe.skipIf(!requireChromium())('the Team section, in Chromium, against a real server', () => {
  const setup = useConnectedExtension();

  // The copy's success is what the page says: Chromium grants no clipboard read to an extension page under test.
  it('creates an invite whose connection code is shown once, copied on a click, and lists the new token', async () => {
    const { browser, admin } = setup;
    const page = await openOptions(browser, 'team');
    await page.waitForSelector('#tokens-table');
    await page.fill('#invite-name', 'maria.beck');
    await page.selectOption('#invite-expiry', '30');
    await page.click('#create-invite');
    await page.waitForSelector('#invite-code');
    const code = await page.inputValue('#invite-code');
    await page.click('#copy-invite');
    await page.waitForFunction(() => document.querySelector('#copy-status')?.textContent !== '');
    await page.waitForSelector('#tokens-table tr[data-token="maria.beck"]');
    const row = await page.$$eval('#tokens-table tr[data-token="maria.beck"] td', (cells) => cells.map((cell) => cell.textContent));
    const onServer = (await admin.listTokens()).tokens.find((token) => token.name === 'maria.beck');
    expect({
      code: code.startsWith('cc1:'),
      status: await page.textContent('#copy-status'),
      row: [row[0], row[1], row[3]],
      expires: onServer?.expiresAt !== null,
    }).toEqual({
      code: true,
      status: 'Copied. Paste it in a private message to your teammate.',
      row: ['maria.beck', 'member', 'Never'],
      expires: true,
    });
    await page.close();
  });

  it('says what is wrong with a name the server cannot take, before asking it', async () => {
    const page = await openOptions(setup.browser, 'team');
    await page.fill('#invite-name', 'maria beck');
    await page.click('#create-invite');
    await page.waitForSelector('#invite-problem');
    expect({ problem: await page.textContent('#invite-problem'), invalid: await page.getAttribute('#invite-name', 'aria-invalid') }).toEqual({
      problem: expect.stringContaining('“maria beck” cannot be a token name'),
      invalid: 'true',
    });
    await page.close();
  });

  it('revokes a token after a confirmation that starts on Cancel, and keeps the last admin token', async () => {
    const { browser, admin } = setup;
    await admin.createToken({ name: 'old-laptop', role: 'member' });
    const page = await openOptions(browser, 'team');
    await page.click('button[aria-label="Revoke old-laptop"]');
    const dialogFocus = await confirmDialogFocus(page);
    await page.click('dialog button.danger');
    await page.waitForFunction(() => document.querySelector('#tokens-table tr[data-token="old-laptop"]') === null);
    const revoked = await page.textContent('#team-status');
    await page.click('button[aria-label="Revoke alice"]');
    await page.click('dialog button.danger');
    await page.waitForFunction(() => (document.querySelector('#team-status')?.textContent ?? '').startsWith('alice was not'));
    const names = (await admin.listTokens()).tokens.map((token) => token.name);
    expect({ dialogFocus, revoked, lastAdmin: await page.textContent('#team-status'), names: names.includes('old-laptop'), alice: names.includes('alice') }).toEqual({
      dialogFocus: 'Cancel',
      revoked: 'old-laptop revoked. Their devices can no longer reach the directory.',
      lastAdmin: expect.stringContaining('alice was not revoked'),
      names: false,
      alice: true,
    });
    await page.close();
  });
});

describe.skipIf(!requireChromium())('a teammate connecting with a connection code, in Chromium, against a real server', () => {
  const setup = useConnectedExtension({ connectAs: null, seed: [{ name: 'Ada Lovelace', email: 'ada@acme.test', phones: [] }] });

  it('connects with the code alone (address and token in one field) and sees the directory read-only', async () => {
    const invite = await setup.admin.createToken({ name: 'new.teammate', role: 'member' });
    const page = await connectWithCode(setup.browser, invite.connectionCode);
    const status = await page.textContent('#connection-status');
    await page.waitForFunction(() => document.querySelector('#nav-import') === null);
    await page.click('#nav-directory');
    await page.waitForSelector('#directory-table tr[data-id]');
    expect({
      status,
      nav: await page.$$eval('.console-nav a', (links) => links.map((link) => link.textContent)),
      names: await page.$$eval('#directory-table .col-name', (cells) => cells.slice(1).map((cell) => cell.textContent)),
      note: await page.isVisible('#read-only-note'),
    }).toEqual({ status: 'Connected as new.teammate (member).', nav: ['Directory', 'Settings'], names: ['Ada Lovelace'], note: true });
    await page.close();
  });
});

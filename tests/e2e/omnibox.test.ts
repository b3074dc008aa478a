/**
 * The address bar's `cc` keyword (issue 13) end to end in Chromium, as far as automation reaches.
 *
 * Covered: the built extension's worker, after a real first sync from a real server, answers `cc <text>` from its
 * synced local copy. The test calls, from the worker's own scope, the two functions its `omnibox.onInputChanged` and
 * `omnibox.onInputEntered` listeners call (`omnibox.suggestions`, `omnibox.enter`, exposed by the background entry):
 * the rows Chrome would show (the directory's text XML-escaped, `<match>`/`<dim>` markup kept), the no-match
 * heading, Enter with a web-phone template opening the call page in a new tab (observed as a real tab navigation),
 * Enter with `tel:` answering the link it sends to the current tab, Alt+Enter answering `mailto:`, and the contact
 * Enter reached shown first among the popup's recents.
 *
 * Not covered: typing in Chromium's address bar itself (its UI is out of Playwright's reach), hence neither the
 * keyword's registration from the manifest nor Chrome rendering the markup; nor what the system does with a `tel:`
 * or `mailto:` link (no calling app or mail client on the test machine). The listeners' wiring to these functions is
 * tested with a fake omnibox in tests/extension/browser/omnibox.test.ts.
 */
import type { Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPopup, requireChromium } from './extension-browser';
import { useConnectedExtension } from './use-connected-extension';

type Disposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

interface WorkerOmnibox {
  suggestions(text: string): Promise<unknown>;
  enter(text: string, disposition: Disposition): Promise<string | null>;
}

describe.skipIf(!requireChromium())('the address bar, in Chromium', () => {
  const setup = useConnectedExtension({
    connectAs: 'member',
    seed: [
      { name: 'Ana <Martin>', position: 'R&D', email: 'ana@acme.test', phones: [{ type: 'work', number: '+33123456789', display: '+33 1 23 45 67 89' }] },
      { name: 'Anatole Roy', position: '', email: 'anatole@acme.test', phones: [{ type: 'work', number: '+33123456780', display: '+33 1 23 45 67 80' }] },
      { name: 'Bob Stone', position: 'IT', email: 'bob@acme.test', phones: [{ type: 'work', number: '+33123456781', display: '+33 1 23 45 67 81' }] },
    ],
  });
  let worker: Worker;

  const suggestions = (text: string) =>
    worker.evaluate((input) => (globalThis as unknown as { omnibox: WorkerOmnibox }).omnibox.suggestions(input), text);
  const enter = (text: string, disposition: Disposition) =>
    worker.evaluate(([input, how]) => (globalThis as unknown as { omnibox: WorkerOmnibox }).omnibox.enter(input!, how as Disposition), [text, disposition]);
  const setCallMethod = (callMethod: string, callTemplate: string) =>
    worker.evaluate(
      async ([method, template]) => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, object>>; set(items: object): Promise<void> } } } };
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...settings, callMethod: method, callTemplate: template } });
      },
      [callMethod, callTemplate],
    );

  beforeAll(() => {
    worker = setup.browser.context.serviceWorkers()[0]!;
  });

  it('suggests the matches of the synced copy, the directory text escaped for Chrome and the rest as markup', async () => {
    expect(await suggestions('ana')).toEqual({
      heading: 'Call <match>Ana &lt;Martin&gt;</match>, <dim>R&amp;D</dim> — <dim>+33 1 23 45 67 89</dim>',
      suggestions: [
        { content: 'ana@acme.test', description: 'Email Ana &lt;Martin&gt; — ana@acme.test' },
        { content: '+33 1 23 45 67 80', description: 'Call <match>Anatole Roy</match> — <dim>+33 1 23 45 67 80</dim>' },
      ],
    });
  });

  it('says when nothing matches, the typed text escaped', async () => {
    expect(await suggestions('<zz>')).toEqual({ heading: 'No contact matches “&lt;zz&gt;”', suggestions: [] });
  });

  it("opens the web phone's call page in a new tab on Enter when the call method is a template", async () => {
    const template = `${setup.server.url}/call?to={e164}`;
    await setCallMethod('template', template);
    const opened = setup.browser.context.waitForEvent('page', (page) => page.url().includes('/call?to='));
    const link = await enter('bob', 'currentTab');
    const page = await opened;
    const url = page.url();
    await page.close();
    expect({ link, url }).toEqual({ link: `${setup.server.url}/call?to=%2B33123456781`, url: `${setup.server.url}/call?to=%2B33123456781` });
  });

  it('answers tel: on Enter, mailto: on Alt+Enter, and nothing for no match', async () => {
    await setCallMethod('tel', '');
    const links = [await enter('bob', 'currentTab'), await enter('bob', 'newForegroundTab'), await enter('+33 1 23 45 67 80', 'currentTab'), await enter('nobody-here', 'currentTab')];
    expect(links).toEqual(['tel:+33123456781', 'mailto:bob@acme.test', 'tel:+33123456780', null]);
  });

  it("puts the contact Enter called first among the popup's recents", async () => {
    await setCallMethod('tel', '');
    await enter('ana', 'currentTab');
    const popup = await openPopup(setup.browser);
    await popup.waitForSelector('.row .section');
    const recents = await popup.$$eval('.row', (rows) => rows.filter((row) => row.querySelector('.section')).map((row) => row.querySelector('.name')?.textContent));
    await popup.close();
    expect(recents[0]).toBe('Ana <Martin>');
  });
});

/**
 * The address bar's `cc` (issue 13) through the worker's own listeners, with fakeBrowser and a real (fake-indexeddb)
 * local copy: suggestions from the popup's search, Enter calling the first match, Alt+Enter emailing it, recents kept.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { omniboxEnter, setUpOmnibox } from '../../../extension/browser/omnibox';
import { readContactMarks } from '../../../extension/storage/contact-marks-store';
import { enqueue } from '../../../extension/storage/outbox';
import { saveSettings } from '../../../extension/storage/settings-storage';
import { workerDb } from '../../../extension/sync/background-sync';
import { installFakeOmnibox, type FakeOmnibox } from './fake-omnibox';

let omnibox: FakeOmnibox;
let ids = 0;

beforeEach(() => {
  fakeBrowser.reset();
  omnibox = installFakeOmnibox();
  Object.assign(fakeBrowser.i18n, { getMessage: (key: string, substitutions?: string[]) => [key, ...(substitutions ?? [])].join('|') });
});

async function addLocally(name: string, position: string, email: string, number: string, display: string) {
  const db = await workerDb();
  const deps = { db, now: () => 1, newId: () => `${name}-${(ids += 1)}`, localOnly: true };
  const entry = await enqueue(deps, { op: 'create', input: { name, position, email, phones: [{ type: 'work', number, display }] } });
  return entry.contactId;
}

describe('the omnibox', () => {
  it("lists up to five matches from the local copy with the popup's search, escaped for Chrome", async () => {
    await addLocally('Ana <Martin>', 'R&D', 'ana@acme.test', '+33123456789', '+33 1 23 45 67 89');
    await addLocally('Anatole Roy', 'Ventes', 'anatole@acme.test', '+33123456780', '+33 1 23 45 67 80');
    await addLocally('Bob Stone', 'IT', 'bob@acme.test', '+33123456781', '+33 1 23 45 67 81');
    setUpOmnibox();
    const actual = await omnibox.type('ana');
    expect(actual).toEqual({
      heading: 'omniboxCall|<match>Ana &lt;Martin&gt;</match>|<dim>R&amp;D</dim>|<dim>+33 1 23 45 67 89</dim>',
      suggestions: [
        { content: 'ana@acme.test', description: 'omniboxEmail|Ana &lt;Martin&gt;|ana@acme.test' },
        { content: '+33 1 23 45 67 80', description: 'omniboxCall|<match>Anatole Roy</match>|<dim>Ventes</dim>|<dim>+33 1 23 45 67 80</dim>' },
      ],
    });
  });

  it("calls the first match with the user's call method on Enter, emails it on Alt+Enter, and keeps it in the recents", async () => {
    const id = await addLocally('Zoé Carré', 'Achats', 'zoe@acme.test', '+33123456782', '+33 1 23 45 67 82');
    await saveSettings({ callMethod: 'template', callTemplate: 'https://phone.example.com/call?to={e164}' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const links = [await omniboxEnter('zoe', 'currentTab'), await omniboxEnter('zoe', 'newForegroundTab'), await omniboxEnter('nobody-here', 'currentTab')];
    const marks = await readContactMarks(await workerDb());
    expect({ links, created: create.mock.calls.map(([tab]) => tab.url), updated: update.mock.calls.map(([tab]) => (tab as { url: string }).url), recent: marks.recents[0]?.id }).toEqual({
      links: ['https://phone.example.com/call?to=%2B33123456782', 'mailto:zoe@acme.test', null],
      created: ['https://phone.example.com/call?to=%2B33123456782'],
      updated: ['mailto:zoe@acme.test'],
      recent: id,
    });
  });
});

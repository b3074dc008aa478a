import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addSelectionAsContact, ADD_SELECTION_MENU, readPageSelection, updateAddSelectionMenu } from '../../../extension/browser/context-menu';
import { saveSettings } from '../../../extension/storage/settings-storage';
import { readAddFormHash } from '../../../lib/contact/contact-form-values';
import { defaults } from '../../../lib/settings/settings';
import { installFakeContextMenus, type FakeMenus } from './fake-context-menus';

let menus: FakeMenus;
beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  menus = installFakeContextMenus();
  // The fake has no i18n.getMessage: answer the key, so the test sees which message the title uses.
  Object.assign(fakeBrowser.i18n, { getMessage: (key: string) => `message:${key}` });
});

const server = { serverUrl: 'https://contacts.example.com', token: 't' };
const EXAMPLE = 'Jane Doe\nHead of Sales, Acme GmbH\njane.doe@acme.example | +49 30 1234567';

describe('the "Add selection as contact" menu item', () => {
  it('is shown in local mode and to admins, on selected text only, and not to members', async () => {
    const actual = [];
    for (const settings of [defaults, { ...defaults, ...server, role: 'admin' as const }, { ...defaults, ...server, role: 'member' as const }]) {
      await updateAddSelectionMenu(settings);
      actual.push([...menus.items.entries()]);
    }
    const item = [ADD_SELECTION_MENU, { title: 'message:addSelectionMenu', contexts: ['selection'] }];
    expect(actual).toEqual([[item], [item], []]);
  });

  it('opens the add form filled from the selection (Chrome flattens its line breaks when the page cannot be read)', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const flattened = EXAMPLE.replaceAll('\n', ' ');
    await addSelectionAsContact({ menuItemId: ADD_SELECTION_MENU, selectionText: flattened, editable: false, pageUrl: 'https://mail.example' });
    const url = new URL(create.mock.calls[0]![0].url!);
    const actual = { page: url.pathname, form: readAddFormHash(url.hash) };
    expect(actual).toEqual({
      page: '/options.html',
      form: { name: 'Jane Doe', position: 'Head of Sales', email: 'jane.doe@acme.example', workPhone: '+49 30 1234567', otherPhone1: '', otherPhone2: '' },
    });
  });

  it('does nothing for a member, even if a stale menu item is clicked', async () => {
    await saveSettings({ ...server, role: 'member' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await addSelectionAsContact({ menuItemId: ADD_SELECTION_MENU, selectionText: EXAMPLE, editable: false, pageUrl: 'https://mail.example' });
    expect(create.mock.calls).toEqual([]);
  });
});

describe('a national number in the selection (issue 9, defect 10)', () => {
  it('reaches the add form as written when no country is set, for the form to ask for one', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const selection = 'Marie Martin Directrice commerciale Port. 06 12 34 56 78 marie.martin@exemple.fr';
    await addSelectionAsContact({ menuItemId: ADD_SELECTION_MENU, selectionText: selection, editable: false, pageUrl: 'https://mail.example' });
    const url = new URL(create.mock.calls[0]![0].url!);
    expect(readAddFormHash(url.hash)).toEqual({
      name: 'Marie Martin',
      position: 'Directrice commerciale',
      email: 'marie.martin@exemple.fr',
      workPhone: '06 12 34 56 78',
      otherPhone1: '',
      otherPhone2: '',
    });
  });
});

describe('readPageSelection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the selected part of a text area with its line breaks (getSelection gives nothing there)', () => {
    vi.stubGlobal('document', { activeElement: { value: `Hello,\n${EXAMPLE}\nBye`, selectionStart: 7, selectionEnd: 7 + EXAMPLE.length } });
    vi.stubGlobal('getSelection', () => ({ toString: () => '' }));
    expect(readPageSelection()).toEqual(EXAMPLE);
  });

  it("reads the page's selection otherwise", () => {
    vi.stubGlobal('document', { activeElement: { tagName: 'BODY' } });
    vi.stubGlobal('getSelection', () => ({ toString: () => EXAMPLE }));
    expect(readPageSelection()).toEqual(EXAMPLE);
  });
});


/**
 * The popup row shows the display form stored with each phone (issue 9), so the popup needs no phone metadata; a
 * contact stored before (no display yet) still shows its number.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContactRow } from '../../../components/popup/contact-row';
import type { ShownContact } from '../../../extension/storage/db';
import { makeContact } from '../../fixtures/contacts';

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | string[]) => [name, ...[substitutions ?? []].flat()].join(' ');
});

/** The text of each phone link the row renders for `contact`. */
function phoneTexts(contact: ShownContact): string[] {
  const { document } = parseHTML('<!doctype html><html><body><ul></ul></body></html>');
  const previous = globalThis.document;
  globalThis.document = document as unknown as Document;
  try {
    const list = document.querySelector('ul')!;
    const props = { id: 'r', top: 0, height: 40, position: 0, total: 1, selected: false, callMethod: 'tel', callTemplate: '', onCopy: () => {}, copied: null } as const;
    render(<ContactRow contact={contact} {...props} />, list as unknown as Element);
    return [...list.querySelectorAll('a.call')].map((link) => link.textContent ?? '');
  } finally {
    globalThis.document = previous;
  }
}

describe('ContactRow', () => {
  it("shows each phone's stored display form", () => {
    const contact = makeContact({ phones: [{ type: 'work', number: '+33612345678', display: '+33 6 12 34 56 78' }, { type: 'other', number: '+15551234567', display: '+1 555 123 4567' }] });
    expect(phoneTexts(contact)).toEqual(['+33 6 12 34 56 78', '+1 555 123 4567']);
  });

  it('shows the number of a phone stored before display forms were (no display yet)', () => {
    const old = makeContact({ phones: [{ type: 'work', number: '+33612345678' } as ShownContact['phones'][number]] });
    expect(phoneTexts(old)).toEqual(['+33612345678']);
  });
});

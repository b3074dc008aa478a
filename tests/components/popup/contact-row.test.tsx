/**
 * The popup row shows the display form stored with each phone (issue 9), so the popup needs no phone metadata; a
 * contact stored before (no display yet) still shows its number.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContactRow, type ContactRowProps } from '../../../components/popup/contact-row';
import type { ShownContact } from '../../../extension/storage/db';
import { makeContact } from '../../fixtures/contacts';

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | string[]) => [name, ...[substitutions ?? []].flat()].join(' ');
});

const baseProps = {
  id: 'r', top: 0, height: 40, position: 0, total: 1, selected: false, callMethod: 'tel', callTemplate: '', onCopy: () => {}, copied: null,
  favourite: false, section: null, onToggleFavourite: () => {}, onContacted: () => {},
} as const;

/** Renders the row for `contact` and answers what `read` reads of it. */
function renderRow<T>(contact: ShownContact, overrides: Partial<ContactRowProps>, read: (list: Element) => T): T {
  const { document } = parseHTML('<!doctype html><html><body><ul></ul></body></html>');
  const previous = globalThis.document;
  globalThis.document = document as unknown as Document;
  try {
    const list = document.querySelector('ul')!;
    render(<ContactRow contact={contact} {...baseProps} {...overrides} />, list as unknown as Element);
    return read(list as unknown as Element);
  } finally {
    globalThis.document = previous;
  }
}

/** The text of each phone link the row renders for `contact`. */
function phoneTexts(contact: ShownContact): string[] {
  return renderRow(contact, {}, (list) => [...list.querySelectorAll('a.call')].map((link) => link.textContent ?? ''));
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

describe('the favourite star (issue 13)', () => {
  const contact = makeContact({ id: 'c1', name: 'Ana Martin' });
  const star = (list: Element) => {
    const button = list.querySelector('button.star')!;
    return { pressed: button.getAttribute('aria-pressed'), label: button.getAttribute('aria-label'), text: button.textContent };
  };

  it('is a toggle button named after the contact, pressed for a favourite', () => {
    const actual = [renderRow(contact, {}, star), renderRow(contact, { favourite: true }, star)];
    expect(actual).toEqual([
      { pressed: 'false', label: 'favouriteAria Ana Martin', text: '☆' },
      { pressed: 'true', label: 'favouriteAria Ana Martin', text: '★' },
    ]);
  });

  it("stars the row's contact when clicked, and says which section a start-list row is in", () => {
    const toggled: string[] = [];
    const section = renderRow(contact, { section: 'recent', onToggleFavourite: (id) => toggled.push(id) }, (list) => {
      (list.querySelector('button.star') as unknown as HTMLButtonElement).click();
      return list.querySelector('.section')?.textContent;
    });
    expect({ toggled, section }).toEqual({ toggled: ['c1'], section: 'recentSection' });
  });
});

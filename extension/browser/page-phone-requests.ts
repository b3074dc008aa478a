/**
 * The worker's answers to the click-to-call content script (issue 13): the settings it needs, who has a number, and
 * "Add as contact" (the add form of "Add selection as contact", filled with the number).
 */
import { addFormHash } from '../../lib/contact/contact-form-values';
import { formatPhoneForDisplay } from '../../lib/phone/phone';
import { mayAddContacts } from '../../lib/settings/may-add-contacts';
import { readDirectoryCopy } from '../storage/directory-cache';
import { loadSettings } from '../storage/settings-storage';
import { workerDb } from '../sync/background-sync';
import type { PagePhonesContext, PhoneOwner } from './messages';

const E164 = /^\+[1-9]\d{1,14}$/;

export async function pagePhonesContext(): Promise<PagePhonesContext> {
  const settings = await loadSettings();
  return { defaultCountry: settings.defaultCountry, callMethod: settings.callMethod, callTemplate: settings.callTemplate, mayAdd: mayAddContacts(settings) };
}

/** The contact with this number in the local copy, or null. */
export async function lookupPhone(e164: string): Promise<PhoneOwner | null> {
  const contact = (await readDirectoryCopy(await workerDb())).byPhone(e164);
  return contact ? { id: contact.id, name: contact.name, position: contact.position ?? '' } : null;
}

/** Opens the add form with the number as its work phone; refused to members (the page cannot decide who may add). */
export async function addPhoneAsContact(e164: string): Promise<null> {
  if (!E164.test(e164)) throw new Error(`"${e164}" is not an E.164 number: the page's script sent something it never finds.`);
  if (!mayAddContacts(await loadSettings())) throw new Error('Only admins (or local mode) may add contacts: this token is a member\'s.');
  const hash = addFormHash({ name: '', position: '', email: '', phones: [formatPhoneForDisplay(e164)] });
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html') + hash });
  return null;
}

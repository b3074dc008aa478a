/**
 * The address bar (issue 13): keyword `cc` (the manifest's `omnibox` key). `cc ana` lists up to five directory
 * matches from the local copy, found with the popup's search; Enter calls the first match with the user's call
 * method, Alt+Enter (a new-tab disposition) or the email row emails it. The only file that touches `browser.omnibox`.
 */
import { i18n } from '#i18n';
import { buildCallLink, buildEmailLink } from '../../lib/call/call-link';
import { buildOmniboxSuggestions, callNumber, escapeOmniboxXml, readOmniboxInput, type OmniboxSuggestions, type OmniboxTexts } from '../../lib/omnibox/omnibox-suggestions';
import { recordStoredRecent } from '../storage/contact-marks-store';
import { readDirectoryCopy } from '../storage/directory-cache';
import type { StoredContact } from '../storage/db';
import { loadSettings } from '../storage/settings-storage';
import { workerDb } from '../sync/background-sync';
import { reportError } from './report-error';

type Disposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

const texts: OmniboxTexts = {
  call: (name, position, number) => (position ? i18n.t('omniboxCall', [name, position, number]) : i18n.t('omniboxCallNoPosition', [name, number])),
  email: (name, address) => i18n.t('omniboxEmail', [name, address]),
  noMatch: (text) => i18n.t('omniboxNoMatch', [text]),
};

async function matches(text: string): Promise<StoredContact[]> {
  const copy = await readDirectoryCopy(await workerDb());
  if (text.trim() === '') return [];
  return [...copy.search(text).subarray(0, 5)].map((position) => copy.contacts[position]!);
}

/** The rows for `text`; Firefox shows descriptions as plain text, Chrome parses them as XML. */
export async function omniboxSuggestions(text: string): Promise<OmniboxSuggestions> {
  return buildOmniboxSuggestions(text, await matches(text), texts, !import.meta.env.FIREFOX);
}

/** The link Enter opens for `text` and the contact it reaches (for the recents), or null when nothing matches. */
export async function omniboxLink(text: string, disposition: Disposition): Promise<{ link: string; contactId?: string } | null> {
  const settings = await loadSettings();
  const input = readOmniboxInput(text);
  if (input.kind === 'email') {
    const link = buildEmailLink(input.address);
    const contact = (await readDirectoryCopy(await workerDb())).contacts.find((candidate) => candidate.email === input.address.toLowerCase());
    return link ? { link, ...(contact ? { contactId: contact.id } : {}) } : null;
  }
  if (input.kind === 'phone') {
    const link = buildCallLink(input.e164, settings.callMethod, settings.callTemplate);
    const contact = (await readDirectoryCopy(await workerDb())).byPhone(input.e164);
    return link ? { link, ...(contact ? { contactId: contact.id } : {}) } : null;
  }
  const [first] = await matches(input.text);
  if (!first) return null;
  const phone = callNumber(first);
  const call = phone ? buildCallLink(phone.number, settings.callMethod, settings.callTemplate) : null;
  const email = first.email ? buildEmailLink(first.email) : null;
  const link = disposition === 'currentTab' ? (call ?? email) : (email ?? call);
  return link ? { link, contactId: first.id } : null;
}

/** Opens a link: a web phone's page in a tab, a calling app or mail link where the user is (the page stays). */
async function open(link: string, disposition: Disposition) {
  if (/^https?:/.test(link)) await browser.tabs.create({ url: link, active: disposition !== 'newBackgroundTab' });
  else await browser.tabs.update({ url: link });
}

/** What Enter does with `text`; answers the link it opened (null: nothing matched, nothing opened). */
export async function omniboxEnter(text: string, disposition: Disposition): Promise<string | null> {
  const target = await omniboxLink(text, disposition);
  if (!target) return null;
  await open(target.link, disposition);
  if (target.contactId) await recordStoredRecent(await workerDb(), target.contactId, Date.now());
  return target.link;
}

/** Listens to the address bar; answers the two handlers, which the end-to-end test calls as the address bar would. */
export function setUpOmnibox() {
  const suggest = (text: string, reply: (suggestions: { content: string; description: string }[]) => void) =>
    omniboxSuggestions(text)
      .then(({ heading, suggestions }) => {
        browser.omnibox.setDefaultSuggestion({ description: heading });
        reply(suggestions);
      })
      .catch(reportError(`the address bar's suggestions for "${text}"`));
  const enter = (text: string, disposition: Disposition) => omniboxEnter(text, disposition).catch(reportError(`the address bar's Enter on "${text}"`));
  browser.omnibox?.setDefaultSuggestion({ description: escapeHint() });
  browser.omnibox?.onInputChanged.addListener((text, reply) => void suggest(text, reply));
  browser.omnibox?.onInputEntered.addListener((text, disposition) => void enter(text, disposition));
  return { suggestions: omniboxSuggestions, enter: omniboxEnter };
}

function escapeHint(): string {
  const hint = i18n.t('omniboxHint');
  return import.meta.env.FIREFOX ? hint : escapeOmniboxXml(hint);
}

/**
 * The draft "Add selection as contact" opens the options page with (`options.html#add?…`, issue 5): read once, then
 * the address is cleared, so a reload starts from an empty form.
 */
import { useEffect, useState } from 'preact/hooks';
import { readAddFormHash, type ContactFormValues } from '../lib/contact/contact-form-values';

export function useSelectionDraft(): ContactFormValues | null {
  const [draft] = useState(() => readAddFormHash(location.hash));
  useEffect(() => {
    if (draft) history.replaceState(null, '', `${location.pathname}#directory`);
  }, [draft]);
  return draft;
}

/**
 * The popup's "Call numbers on this site" (issue 13): the site under the popup, whether click-to-call is on there,
 * and turning it on (the site's permission is asked from the click itself) or off. The worker registers the script.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../extension/browser/messages';
import { requestSitePermission } from '../extension/browser/permissions';
import { describeError, reportError } from '../extension/browser/report-error';
import { readCurrentSite, type CurrentSite } from '../extension/browser/site-calling';

export interface SiteCalling {
  site: CurrentSite | null;
  busy: boolean;
  /** What went wrong with the last change, in the reader's language; null when nothing did. */
  message: string | null;
  enable(): void;
  disable(): void;
}

export function useSiteCalling(): SiteCalling {
  const [site, setSite] = useState<CurrentSite | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    readCurrentSite().then(setSite, reportError('reading the tab under the popup'));
  }, []);

  const change = (on: boolean, run: (current: CurrentSite) => Promise<boolean>) => {
    if (!site || busy) return;
    setBusy(true);
    setMessage(null);
    run(site)
      .then((done) => done && setSite({ ...site, on }))
      .catch((error: unknown) => {
        reportError(`turning click-to-call ${on ? 'on' : 'off'} for ${site.origin}`)(error);
        setMessage(i18n.t('siteCallingFailed', [describeError(error)]));
      })
      .finally(() => setBusy(false));
  };

  return {
    site,
    busy,
    message,
    // The permission request comes first, before any await: browsers only grant it from the click itself. The
    // intent is sent (not awaited) just before: Firefox closes the popup as its prompt opens, and the worker then
    // turns the site on by itself when the permission is added.
    enable: () =>
      change(true, async ({ origin, tabId }) => {
        void sendToBackground('expect-site-calling', { origin, tabId }).catch(reportError(`keeping the click to turn click-to-call on for ${origin}`));
        if (!(await requestSitePermission(origin))) {
          setMessage(i18n.t('siteCallingRefused', [origin]));
          return false;
        }
        await sendToBackground('enable-site-calling', { origin, tabId });
        return true;
      }),
    disable: () =>
      change(false, async ({ origin, tabId }) => {
        await sendToBackground('disable-site-calling', { origin, tabId });
        return true;
      }),
  };
}

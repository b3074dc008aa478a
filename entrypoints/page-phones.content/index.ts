import { reportError } from '../../extension/browser/report-error';
import { startPagePhones } from '../../extension/page-phones/start-page-phones';

/** Set in the content script's own world: the popup may run the script again in a tab where it already runs. */
const RUNNING = Symbol.for('company-contacts.page-phones');

// Registered at run time, per site, from the popup (extension/browser/site-calling.ts, issue 13): never in the manifest.
export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as { [RUNNING]?: boolean };
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    startPagePhones(() => {
      scope[RUNNING] = false;
    }).catch((error: unknown) => {
      scope[RUNNING] = false;
      reportError('click-to-call on this page')(error);
    });
  },
});

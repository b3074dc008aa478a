// First: use-directory starts the IndexedDB and settings reads when it is evaluated, before the components are.
import { useDirectory } from '../../hooks/use-directory';
import { useContactMarks } from '../../hooks/use-contact-marks';
import { useSiteCalling } from '../../hooks/use-site-calling';
import { render } from 'preact';
import { PopupApp } from '../../components/popup/popup-app';
import { uiLocale } from '../../extension/browser/ui-locale';
import css from './style.css?inline';

// Injected rather than linked: a linked stylesheet blocks the module scripts until it loads (HTML spec, "style sheet
// that is blocking scripts"), and nothing is drawn before this script renders anyway (issue 4: first results ≤ 100 ms).
const style = document.createElement('style');
style.textContent = css;
document.head.append(style);

function Popup() {
  const directory = useDirectory();
  const marks = useContactMarks(directory.db);
  const siteCalling = useSiteCalling();
  if (!directory.settings) return null;
  return (
    <PopupApp
      contacts={directory.contacts}
      search={directory.search}
      settings={directory.settings}
      syncState={directory.syncState}
      syncing={directory.syncing}
      onRetry={directory.sync}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenLink={(link) => window.open(link, '_blank')}
      onCopy={(text) => void navigator.clipboard.writeText(text)}
      marks={marks.marks}
      onToggleFavourite={marks.toggleFavourite}
      onContacted={marks.recordRecent}
      onClearRecents={marks.clearRecents}
      siteCalling={
        siteCalling.site
          ? { origin: siteCalling.site.origin, on: siteCalling.site.on, busy: siteCalling.busy, message: siteCalling.message, onEnable: siteCalling.enable, onDisable: siteCalling.disable }
          : null
      }
    />
  );
}

document.documentElement.lang = uiLocale();
render(<Popup />, document.getElementById('app')!);
performance.mark('popup-rendered');

// First: use-directory starts the IndexedDB and settings reads when it is evaluated, before the components are.
import { useDirectory } from '../../hooks/use-directory';
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
    />
  );
}

document.documentElement.lang = uiLocale();
render(<Popup />, document.getElementById('app')!);
performance.mark('popup-rendered');

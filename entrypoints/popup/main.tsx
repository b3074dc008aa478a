import { render } from 'preact';
import { PopupApp } from '../../components/popup-app';
import { useDirectory } from './use-directory';
import './style.css';

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

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
render(<Popup />, document.getElementById('app')!);

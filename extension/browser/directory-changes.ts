/**
 * "The directory changed" between the extension's pages and its worker (issue 9, defect 1: every view follows every
 * sync, wherever it was started). The only file that touches the channel.
 *
 * A BroadcastChannel rather than a runtime message or a storage key: it reaches every open page of the extension's
 * origin (popup, options) in Chrome's MV3 service worker and Firefox's MV3 event page alike, needs no permission,
 * wakes no worker, writes nothing to disk, and posting with no page open is simply a message nobody reads (Chrome's
 * `runtime.sendMessage` rejects then with "Receiving end does not exist", which would have to be told apart from a
 * real failure). A context never hears its own posts (one channel object per context), so a page that reloads after
 * its own write does not reload twice.
 */

/** What a write or sync changed in IndexedDB. */
export interface DirectoryChange {
  /** Contacts were written (pulled, pushed, imported, undone, a server's copy dropped). */
  contacts: boolean;
  /** A write was refused and kept as a conflict. */
  conflicts: boolean;
}

const CHANNEL = 'company-contacts:directory';

let channel: BroadcastChannel | null = null;
const open = () => (channel ??= new BroadcastChannel(CHANNEL));

/** Tells the other open pages (and the worker) that IndexedDB changed. */
export function announceDirectoryChange(change: DirectoryChange) {
  open().postMessage(change);
}

/** Calls `listener` after every change another context announces; returns the function that stops listening. */
export function watchDirectoryChanges(listener: (change: DirectoryChange) => void): () => void {
  const onMessage = (event: MessageEvent<DirectoryChange>) => listener(event.data);
  const target = open();
  target.addEventListener('message', onMessage);
  return () => target.removeEventListener('message', onMessage);
}

/**
 * The popup (issue 4): focus in the search box, results at once, keyboard to move / call / email / clear, and the
 * sync footer. Data comes in through props (hooks/use-directory.ts reads it).
 */
import { i18n } from '#i18n';
import { uiCount } from '../ui-count';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ShownContact, SyncState } from '../../extension/storage/db';
import { buildCallLink, buildEmailLink } from '../../lib/call/call-link';
import type { ContactMarks } from '../../lib/marks/contact-marks';
import { buildStartList, sectionAt } from '../../lib/marks/start-list';
import type { Settings } from '../../lib/settings/settings';
import { ContactRow } from './contact-row';
import { SiteCallingControl, type SiteCallingControlProps } from './site-calling-control';
import { EmptyDirectory } from './empty-directory';
import { SyncFooter } from './sync-footer';
import { VirtualList } from './virtual-list';

export interface PopupAppProps {
  contacts: ShownContact[];
  /** Positions in `contacts`, best first; `null` until the index is built (then all contacts, in order). */
  search: ((text: string) => Uint32Array) | null;
  settings: Settings;
  syncState: SyncState | null;
  syncing: boolean;
  onRetry: () => void;
  onOpenOptions: () => void;
  onOpenLink: (link: string) => void;
  onCopy: (text: string) => void;
  /** Favourites and recent contacts (issue 13), shown before the directory while nothing is typed. */
  marks: ContactMarks;
  onToggleFavourite: (id: string) => void;
  /** A contact was called or emailed from the popup. */
  onContacted: (id: string) => void;
  onClearRecents: () => void;
  /** "Call numbers on this site", when the popup is over a web page (issue 13). */
  siteCalling: SiteCallingControlProps | null;
}

const ROW_HEIGHT = 88;

export function PopupApp(props: PopupAppProps) {
  const { contacts, search, settings, syncState, syncing } = props;
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const [copied, setCopied] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);

  const positionOf = useMemo(() => {
    const positions = new Map<string, number>();
    contacts.forEach((contact, position) => positions.set(contact.id, position));
    return (id: string) => positions.get(id);
  }, [contacts]);
  const start = useMemo(() => {
    const directory = search ? search('') : Uint32Array.from(contacts.keys());
    return buildStartList(props.marks, positionOf, directory);
  }, [search, contacts, positionOf, props.marks]);
  const results = useMemo(() => {
    if (query.trim() === '') return start.positions;
    if (search) return search(query);
    return Uint32Array.from(contacts.keys());
  }, [search, query, contacts, start]);
  const marked = query.trim() === '' ? start.favourites + start.recents : 0;
  const favourites = useMemo(() => new Set(props.marks.favourites), [props.marks]);

  // A new query starts at the top; new data (the full index, a sync) keeps the place, within the results.
  useEffect(() => setSelected(0), [query]);
  const current = Math.max(0, Math.min(selected, results.length - 1));

  const open = (contact: ShownContact | undefined, prefer: 'call' | 'email') => {
    if (!contact) return;
    const work = contact.phones.find((phone) => phone.type === 'work') ?? contact.phones[0];
    const call = work ? buildCallLink(work.number, settings.callMethod, settings.callTemplate) : null;
    const email = contact.email ? buildEmailLink(contact.email) : null;
    const link = prefer === 'email' ? (email ?? call) : (call ?? email);
    if (!link) return;
    props.onContacted(contact.id);
    props.onOpenLink(link);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSelected(Math.min(results.length - 1, Math.max(0, current + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(contacts[results[current] ?? -1], event.ctrlKey || event.metaKey ? 'email' : 'call');
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
    }
  };

  const copy = (text: string) => {
    props.onCopy(text);
    setCopied(text);
  };

  const localMode = settings.serverUrl === '';
  const selectedContact = contacts[results[current] ?? -1];
  return (
    <main class="popup">
      <h1 class="visually-hidden">{i18n.t('extName')}</h1>
      <label class="visually-hidden" for="search">
        {i18n.t('searchLabel')}
      </label>
      <input
        id="search"
        ref={input}
        type="search"
        class="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={i18n.t('searchPlaceholder')}
        aria-describedby="keyboard-hint"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id="keyboard-hint" class="visually-hidden">
        {i18n.t('keyboardHint')}
      </p>
      <p class="visually-hidden" aria-live="polite">
        {query === '' ? '' : i18n.t('resultCount', results.length, [uiCount(results.length)])}
        {selectedContact && query !== '' ? ` — ${selectedContact.name}` : ''}
      </p>
      {contacts.length === 0 ? (
        <EmptyDirectory localMode={localMode} onOpenOptions={props.onOpenOptions} />
      ) : results.length === 0 ? (
        <p class="no-match">{i18n.t('noMatch', [query])}</p>
      ) : (
        <>
        {query.trim() === '' && start.recents > 0 ? (
          <button type="button" class="clear-recents" onClick={props.onClearRecents}>
            {i18n.t('clearRecents')}
          </button>
        ) : null}
        <VirtualList
          count={results.length}
          rowHeight={ROW_HEIGHT}
          selected={current}
          label={i18n.t('searchLabel')}
          renderRow={(index, top) => (
            <ContactRow
              // A favourite is also in the directory below it: the section keeps the two rows' keys apart.
              key={`${index < marked ? 'm' : 'd'}${results[index]}`}
              id={`row-${index}`}
              contact={contacts[results[index]!]!}
              top={top}
              height={ROW_HEIGHT}
              position={index}
              total={results.length}
              selected={index === current}
              callMethod={settings.callMethod}
              callTemplate={settings.callTemplate}
              onCopy={copy}
              copied={copied}
              favourite={favourites.has(contacts[results[index]!]!.id)}
              section={index < marked ? sectionAt(start, index) : null}
              onToggleFavourite={props.onToggleFavourite}
              onContacted={props.onContacted}
            />
          )}
        />
        </>
      )}
      {props.siteCalling ? <SiteCallingControl {...props.siteCalling} /> : null}
      <SyncFooter state={syncState} localMode={localMode} syncing={syncing} now={Date.now()} onRetry={props.onRetry} />
    </main>
  );
}

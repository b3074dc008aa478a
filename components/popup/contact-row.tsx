/** One result of the popup: name, position, email and phones, each with one-click call / email and copy. */
import { i18n } from '#i18n';
import { buildCallLink, buildEmailLink, type CallMethod } from '../../lib/call/call-link';
import type { ShownContact } from '../../extension/storage/db';
import type { StartSection } from '../../lib/marks/start-list';

export interface ContactRowProps {
  contact: ShownContact;
  id: string;
  top: number;
  height: number;
  position: number;
  total: number;
  selected: boolean;
  callMethod: CallMethod;
  callTemplate: string;
  onCopy: (text: string) => void;
  copied: string | null;
  /** Starred (issue 13). */
  favourite: boolean;
  /** The start list's section the row is in (favourites, recents), or null in the directory and in results. */
  section: StartSection | null;
  onToggleFavourite: (id: string) => void;
  /** The contact was called or emailed from this row (for the recents). */
  onContacted: (id: string) => void;
}

export function ContactRow(props: ContactRowProps) {
  const { contact, id, top, height, position, total, selected, callMethod, callTemplate, onCopy, copied, favourite, section } = props;
  const email = contact.email ? buildEmailLink(contact.email) : null;
  const contacted = () => props.onContacted(contact.id);
  return (
    <li
      id={id}
      class={selected ? 'row selected' : 'row'}
      style={{ top: `${top}px`, height: `${height}px` }}
      aria-setsize={total}
      aria-posinset={position + 1}
    >
      <div class="who">
        <button
          type="button"
          class="star"
          aria-pressed={favourite}
          aria-label={i18n.t('favouriteAria', [contact.name])}
          title={i18n.t('favouriteAria', [contact.name])}
          onClick={() => props.onToggleFavourite(contact.id)}
        >
          {favourite ? '★' : '☆'}
        </button>
        <span class="name">{contact.name}</span>
        {contact.position ? <span class="position">{contact.position}</span> : null}
        {section === 'favourite' || section === 'recent' ? (
          <span class="section">{section === 'favourite' ? i18n.t('favouriteSection') : i18n.t('recentSection')}</span>
        ) : null}
      </div>
      <div class="actions">
        {contact.phones.map((phone, k) => {
          // Stored with the phone where the contact was written (issue 9): the popup ships no phone metadata.
          const display = phone.display || phone.number;
          const link = buildCallLink(phone.number, callMethod, callTemplate);
          return (
            <span class="action" key={phone.number + k}>
              {link ? (
                <a class="call" href={link} data-phone-type={phone.type} aria-label={i18n.t('callAria', [contact.name, display])} onClick={contacted}>
                  {display}
                </a>
              ) : (
                <span>{display}</span>
              )}
              <span class="type">{phone.type === 'work' ? i18n.t('workPhone') : i18n.t('otherPhone')}</span>
              <button type="button" class="copy" aria-label={i18n.t('copyPhoneAria', [display])} onClick={() => onCopy(phone.number)}>
                {copied === phone.number ? i18n.t('copied') : i18n.t('copy')}
              </button>
            </span>
          );
        })}
        {contact.email ? (
          <span class="action">
            {email ? (
              <a class="email" href={email} aria-label={i18n.t('emailAria', [contact.name, contact.email])} onClick={contacted}>
                {contact.email}
              </a>
            ) : (
              <span>{contact.email}</span>
            )}
            <button type="button" class="copy" aria-label={i18n.t('copyEmailAria', [contact.email])} onClick={() => onCopy(contact.email!)}>
              {copied === contact.email ? i18n.t('copied') : i18n.t('copy')}
            </button>
          </span>
        ) : null}
      </div>
    </li>
  );
}

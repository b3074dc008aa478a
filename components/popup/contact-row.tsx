/** One result of the popup: name, position, email and phones, each with one-click call / email and copy. */
import { i18n } from '#i18n';
import { buildCallLink, buildEmailLink, type CallMethod } from '../../lib/call/call-link';
import type { ShownContact } from '../../extension/storage/db';

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
}

export function ContactRow({ contact, id, top, height, position, total, selected, callMethod, callTemplate, onCopy, copied }: ContactRowProps) {
  const email = contact.email ? buildEmailLink(contact.email) : null;
  return (
    <li
      id={id}
      class={selected ? 'row selected' : 'row'}
      style={{ top: `${top}px`, height: `${height}px` }}
      aria-setsize={total}
      aria-posinset={position + 1}
    >
      <div class="who">
        <span class="name">{contact.name}</span>
        {contact.position ? <span class="position">{contact.position}</span> : null}
      </div>
      <div class="actions">
        {contact.phones.map((phone, k) => {
          // Stored with the phone where the contact was written (issue 9): the popup ships no phone metadata.
          const display = phone.display || phone.number;
          const link = buildCallLink(phone.number, callMethod, callTemplate);
          return (
            <span class="action" key={phone.number + k}>
              {link ? (
                <a class="call" href={link} data-phone-type={phone.type} aria-label={i18n.t('callAria', [contact.name, display])}>
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
              <a class="email" href={email} aria-label={i18n.t('emailAria', [contact.name, contact.email])}>
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

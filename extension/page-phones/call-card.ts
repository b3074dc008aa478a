/**
 * The card shown over a page's phone number (issue 13): who it is (name and position, when the number is in the
 * directory), a link that calls it with the user's call method, and "Add as contact" for admins. It lives in a
 * closed shadow root on one element of our own at the end of `<html>`: the page's CSS does not reach it, ours does
 * not leak out, the page's scripts cannot read the contact's name from it, and the page's own markup is untouched.
 * Every text is set with `textContent`, never as markup.
 */
import { i18n } from '#i18n';

export interface CardContent {
  e164: string;
  /** The number as the page writes it. */
  written: string;
  /** `null`: no link (the call method's template refused the number). */
  callLink: string | null;
  owner: { name: string; position: string } | null;
  /** Still asking the directory. */
  looking: boolean;
  mayAdd: boolean;
}

export interface CallCard {
  show(content: CardContent, anchor: DOMRect): void;
  hide(): void;
  /** Puts the card by its number again (the page scrolled under a card the keyboard opened). */
  move(anchor: DOMRect): void;
  /** Moves the keyboard focus to the card's first link or button (issue 13, keyboard use). */
  focus(): void;
  /** Does the keyboard focus sit in the card? */
  readonly focused: boolean;
  /** Says `text` to screen readers through the card's own live region, the page's DOM untouched. */
  announce(text: string): void;
  /** Is this event's target the card (the pointer is on it)? */
  contains(event: Event): boolean;
  readonly visible: boolean;
  remove(): void;
}

const STYLE = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: 320px; padding: 8px 10px;
  font: 13px/1.35 system-ui, sans-serif; color: #1b1b1f; background: #fff; border: 1px solid #d9d9e0;
  border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.18); display: grid; gap: 4px; }
.card[hidden] { display: none; }
.live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.name { font-weight: 600; }
.position, .note { color: #5a5a66; }
a, button { font: inherit; color: #0b57d0; }
button { justify-self: start; background: transparent; border: 1px solid #d9d9e0; border-radius: 4px; padding: 1px 8px; cursor: pointer; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 1px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8e8ec; background: #1e1f22; border-color: #3a3b40; }
  .position, .note { color: #b4b4bf; }
  a, button { color: #8ab4f8; }
  button { border-color: #3a3b40; }
  :focus-visible { outline-color: #8ab4f8; }
}`;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  made.textContent = text;
  return made;
}

/** Creates the (hidden) card; `onCall` when its link is clicked, `onAdd` for "Add as contact". */
export function createCallCard(handlers: { onCall(e164: string): void; onAdd(e164: string): void }): CallCard {
  // A name of our own: no page selector written for `div` or `span` matches the host.
  const host = document.createElement('company-contacts-call');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const card = element('div', 'card');
  card.hidden = true;
  card.tabIndex = -1;
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', i18n.t('pageCardLabel'));
  // Outside the card, so that an announcement is heard even as the card hides or changes (issue 13).
  const live = element('div', 'live');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(style, card, live);
  document.documentElement.append(host);
  let shown: CardContent | null = null;
  const isFocused = () => root.activeElement !== null && card.contains(root.activeElement);
  // A card with neither link nor button (a template refused the number, not an admin) takes the focus itself.
  const focusFirst = () => (card.querySelector<HTMLElement>('a, button') ?? card).focus({ preventScroll: true });

  const render = (content: CardContent) => {
    const parts: HTMLElement[] = [];
    if (content.owner) {
      parts.push(element('span', 'name', content.owner.name));
      if (content.owner.position) parts.push(element('span', 'position', content.owner.position));
    } else {
      parts.push(element('span', 'note', content.looking ? i18n.t('pageCardLooking') : i18n.t('pageCardNotInDirectory')));
    }
    if (content.callLink) {
      const link = element('a', 'call', i18n.t('pageCardCall', [content.written]));
      link.href = content.callLink;
      // A web-phone page opens beside this one; a calling app's link leaves the page where it is.
      if (/^https?:/.test(content.callLink)) {
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
      }
      link.addEventListener('click', () => handlers.onCall(content.e164));
      parts.push(link);
    }
    if (!content.owner && !content.looking && content.mayAdd) {
      const add = element('button', 'add', i18n.t('pageCardAdd'));
      add.type = 'button';
      add.addEventListener('click', () => handlers.onAdd(content.e164));
      parts.push(add);
    }
    // The owner's answer re-renders the card: a keyboard user's focus stays on its first control.
    const hadFocus = isFocused();
    card.replaceChildren(...parts);
    if (hadFocus) focusFirst();
  };

  const place = (anchor: DOMRect) => {
    const width = card.offsetWidth;
    const height = card.offsetHeight;
    const below = anchor.bottom + 4 + height <= innerHeight;
    card.style.top = `${Math.max(0, below ? anchor.bottom + 4 : anchor.top - 4 - height)}px`;
    card.style.left = `${Math.max(0, Math.min(anchor.left, innerWidth - width - 4))}px`;
  };

  return {
    show(content, anchor) {
      shown = content;
      render(content);
      card.hidden = false;
      place(anchor);
    },
    hide() {
      shown = null;
      card.hidden = true;
    },
    move: (anchor) => place(anchor),
    focus: focusFirst,
    get focused() {
      return isFocused();
    },
    announce(text) {
      // A new text node each time: a page with one number says it again on the next press.
      live.replaceChildren(document.createTextNode(text));
    },
    contains: (event) => event.composedPath().includes(host),
    get visible() {
      return shown !== null;
    },
    remove: () => host.remove(),
  };
}

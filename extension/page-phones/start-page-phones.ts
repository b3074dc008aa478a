/**
 * Click-to-call in a page (issue 13): reads the page's numbers (scan-page-phones.ts), underlines them
 * (phone-highlights.ts) and shows the call card (call-card.ts) when the pointer rests on one, or when a selection
 * (a double-click, the keyboard's caret browsing) lands in one. Who a number belongs to is asked of the worker, one
 * number at a time as the user points at it: the page never receives the directory. Keyboard users step through the
 * numbers with Alt+Shift+K (next) and Alt+Shift+J (previous): the card opens with the focus on its first control and
 * Esc gives the focus back where it was; neither the page's DOM nor its common keys are touched.
 */
import { i18n } from '#i18n';
import { buildCallLink } from '../../lib/call/call-link';
import { formatCount } from '../../lib/messages/format-count';
import { reportError } from '../browser/report-error';
import { sendToBackground, type PhoneOwner } from '../browser/messages';
import { STOP_PAGE_PHONES } from '../browser/site-calling';
import { uiLocale } from '../browser/ui-locale';
import { createCallCard } from './call-card';
import { createPhoneHighlights } from './phone-highlights';
import { scanPagePhones, type FoundPhone } from './scan-page-phones';
import { stepPagePhone } from './step-page-phone';

/** Time for the pointer to travel from the number to its card before the card goes. */
const HIDE_DELAY_MS = 400;

interface Caret {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number): Caret | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  // Chrome before 128 has only the older, WebKit-named API.
  const range = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** 1 for Alt+Shift+K, -1 for Alt+Shift+J (by key position, so any keyboard layout), null for any other key. */
function stepDirection(event: KeyboardEvent): 1 | -1 | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  // Typing in a field is left alone: on a Mac, Alt+Shift+K writes a character.
  const target = event.target as HTMLElement | null;
  if (target?.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return null;
  return event.code === 'KeyK' ? 1 : event.code === 'KeyJ' ? -1 : null;
}

function isInside(phone: FoundPhone, x: number, y: number): boolean {
  return [...phone.range.getClientRects()].some((rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom);
}

/**
 * Starts click-to-call in this page until the worker says the site was turned off; then removes everything it added
 * and calls `onStop`.
 */
export async function startPagePhones(onStop: () => void): Promise<void> {
  const context = await sendToBackground('page-phones-context', undefined);
  const highlights = createPhoneHighlights();
  const scan = scanPagePhones(document.body, { defaultCountry: context.defaultCountry, onChange: (changes) => highlights.show(changes) });

  const owners = new Map<string, Promise<PhoneOwner | null>>();
  const ownerOf = (e164: string) => {
    let owner = owners.get(e164);
    if (!owner) {
      owner = sendToBackground('lookup-phone', { e164 });
      owners.set(e164, owner);
      // A failed look-up is asked again next time rather than remembered as "not in the directory".
      owner.catch(() => owners.delete(e164));
    }
    return owner;
  };

  const card = createCallCard({
    onCall: (e164) =>
      void ownerOf(e164)
        .then((owner) => owner && sendToBackground('record-recent', { id: owner.id }))
        .catch(reportError('keeping a call from a page in the recents')),
    onAdd: (e164) => void sendToBackground('add-phone-as-contact', { e164 }).catch(reportError('opening the add form for a page number')),
  });

  let current: FoundPhone | null = null;
  /** The number the keys last led to, so that the next press goes on from it after Esc. */
  let stepped: FoundPhone | null = null;
  /** Where the focus was before the keys moved it into the card: Esc gives it back. */
  let focusBefore: Element | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const keep = () => clearTimeout(hideTimer);
  const hide = () => {
    current = null;
    card.hide();
  };
  const hideSoon = () => {
    clearTimeout(hideTimer);
    // The pointer passing by does not close a card the keyboard is in.
    if (card.focused) return;
    if (card.visible) hideTimer = setTimeout(hide, HIDE_DELAY_MS);
  };

  const showFor = (phone: FoundPhone) => {
    keep();
    if (current === phone) return;
    current = phone;
    const base = {
      e164: phone.e164,
      written: phone.range.toString(),
      callLink: buildCallLink(phone.e164, context.callMethod, context.callTemplate),
      mayAdd: context.mayAdd,
    };
    card.show({ ...base, owner: null, looking: true }, phone.range.getBoundingClientRect());
    ownerOf(phone.e164).then(
      (owner) => current === phone && card.show({ ...base, owner, looking: false }, phone.range.getBoundingClientRect()),
      (error: unknown) => {
        reportError(`looking up ${phone.e164}`)(error);
        if (current === phone) card.show({ ...base, owner: null, looking: false, mayAdd: false }, phone.range.getBoundingClientRect());
      },
    );
  };

  let frame = 0;
  const onPointerMove = (event: MouseEvent) => {
    // Only the user's own pointer: a page dispatching made-up events learns nothing through our card.
    if (!event.isTrusted) return;
    if (card.contains(event)) return keep();
    const { clientX: x, clientY: y } = event;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const caret = caretAt(x, y);
      const phone = caret ? scan.at(caret.node, caret.offset) : undefined;
      if (phone && isInside(phone, x, y)) showFor(phone);
      else hideSoon();
    });
  };
  const onSelection = () => {
    const selection = document.getSelection();
    const phone = selection?.anchorNode ? scan.at(selection.anchorNode, selection.anchorOffset) : undefined;
    if (phone) showFor(phone);
  };
  const step = (direction: 1 | -1) => {
    const next = stepPagePhone(scan.all(), current ?? stepped, direction);
    if (!next) return card.announce(i18n.t('pageCardNoNumbers'));
    if (!card.focused) focusBefore = document.activeElement;
    stepped = next.phone;
    // Instant: a page's smooth scrolling would move the number after the card was placed by it.
    next.phone.node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    showFor(next.phone);
    card.focus();
    // A plural message on the count, as every count of the extension (issue 9), its numbers formatted ("1,000").
    const written = next.phone.range.toString();
    card.announce(i18n.t('pageCardStep', next.count, [formatCount(next.position, uiLocale()), formatCount(next.count, uiLocale()), written]));
  };
  const onKey = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape' && card.visible) {
      const hadFocus = card.focused;
      hide();
      if (hadFocus && focusBefore instanceof HTMLElement) focusBefore.focus({ preventScroll: true });
      focusBefore = null;
      return;
    }
    const direction = stepDirection(event);
    if (!direction) return;
    event.preventDefault();
    event.stopPropagation();
    step(direction);
  };
  // The keys scroll the page to a number: a card they opened follows it rather than closing under the focus.
  const onScroll = () => (card.focused && current ? card.move(current.range.getBoundingClientRect()) : hide());

  document.addEventListener('mousemove', onPointerMove, { passive: true, capture: true });
  document.addEventListener('selectionchange', onSelection);
  document.addEventListener('keydown', onKey, true);
  addEventListener('scroll', onScroll, { passive: true, capture: true });

  const stop = () => {
    document.removeEventListener('mousemove', onPointerMove, { capture: true });
    document.removeEventListener('selectionchange', onSelection);
    document.removeEventListener('keydown', onKey, true);
    removeEventListener('scroll', onScroll, { capture: true });
    browser.runtime.onMessage.removeListener(onMessage);
    clearTimeout(hideTimer);
    scan.stop();
    highlights.stop();
    card.remove();
    onStop();
  };
  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === STOP_PAGE_PHONES) stop();
  };
  browser.runtime.onMessage.addListener(onMessage);
}

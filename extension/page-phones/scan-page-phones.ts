/**
 * Finds the phone numbers of a page's text without holding up the page (issue 13): text nodes are read in slices of
 * a few milliseconds (background-priority tasks, `requestIdleCallback` where there are none), at most {@link MAX_NUMBERS}
 * numbers per page, and what the page adds or changes later is read again in batches (a debounced
 * `MutationObserver`). The page's DOM is only read, never changed: each number is kept as a `Range` over the text.
 */
import { findPagePhones } from '../../lib/page-phones/find-page-phones';

/** A number of the page: where it is (a live Range over its text node) and its E.164 form. */
export interface FoundPhone {
  node: Text;
  start: number;
  end: number;
  e164: string;
  range: Range;
}

export interface PagePhoneScan {
  /** The number under `offset` of `node` (its end included: a caret right after its last digit), if one was found there. */
  at(node: Node, offset: number): FoundPhone | undefined;
  /** Every number found so far, in the order found. */
  all(): FoundPhone[];
  stop(): void;
}

/** What a slice changed: the numbers it found, and those it dropped (their text changed or left the page). */
export interface PhoneChanges {
  added: readonly FoundPhone[];
  removed: readonly FoundPhone[];
}

export interface ScanOptions {
  defaultCountry: string;
  /** Called after each slice that found numbers or dropped some: only the changes, so each call stays short. */
  onChange(changes: PhoneChanges): void;
  /** {@link MAX_NUMBERS} unless told (the tests' small pages). */
  maxNumbers?: number;
}

/**
 * The performance measure each finished reading adds (the page at first, then each batch of changes), with the count
 * of numbers found, slices and milliseconds spent in them in its `detail`: in DevTools' Timings, and what bench/click-to-call.ts reads (only the numbers
 * near the viewport are underlined, see phone-highlights.ts, so the underline does not say how many were found).
 */
export const PHONE_SCAN_MEASURE = 'company-contacts-phone-scan';

/** A page with more numbers than this (a phone book, an export) is not a page to dial from: the rest are left. */
export const MAX_NUMBERS = 3_000;
/**
 * Work per slice: well under the 50 ms of a long task, with room for the page's own work in the same frame and for
 * a machine busy with other work (the clock is read between pieces of at most {@link PIECE} characters).
 */
const SLICE_MS = 8;
/** A long text node is read in pieces this long, cut after a word, so one call of the library stays short. */
const PIECE = 2_000;
const MUTATION_DELAY_MS = 250;
/** A page that changes without pause (a ticker) is still read at least this often. */
const MUTATION_MAX_WAIT_MS = 1_000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);
const MIN_DIGITS = 7;

function hasEnoughDigits(text: string): boolean {
  let digits = 0;
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57 && ++digits >= MIN_DIGITS) return true;
  }
  return false;
}

/**
 * Text the user reads and does not edit: not in a script, a style, a form field or an editable region (an element
 * marked editable, or the whole document in design mode). `isContentEditable` is asked only inside a marked element:
 * Chrome brings the page's style up to date to answer it, a cost the scan would pay on every node otherwise.
 */
function isReadableText(node: Text): boolean {
  const parent = node.parentElement;
  if (!parent || SKIPPED.has(parent.tagName.toUpperCase())) return false;
  if (parent.closest('script,style,noscript,textarea,template,[contenteditable=""],[contenteditable=true]')) return false;
  if (node.ownerDocument.designMode === 'on') return false;
  return !(parent.closest('[contenteditable]') && parent.isContentEditable);
}

/** Cut points of a long text: after a letter followed by a space, so no number is cut in two. */
function pieces(text: string): [number, number][] {
  if (text.length <= PIECE) return [[0, text.length]];
  const cuts: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + PIECE);
    if (to < text.length) {
      const cut = text.slice(to - 200, to).search(/\p{L}\s(?!.*\p{L}\s)/su);
      to = cut === -1 ? to : to - 200 + cut + 1;
    }
    cuts.push([from, to]);
    from = to;
  }
  return cuts;
}

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<unknown>;
}
const taskScheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;

/**
 * Runs `callback` when the page has nothing more urgent to do. A background task (Chrome 94, Firefox 142) runs as
 * soon as input and rendering are done; an idle callback only once per idle period, and the page's first reading
 * took three times its working time in waits between slices (bench/click-to-call.ts).
 */
const later: (callback: () => void) => void =
  typeof taskScheduler?.postTask === 'function'
    ? (callback) => void taskScheduler.postTask!(callback, { priority: 'background' })
    : typeof requestIdleCallback === 'function'
      ? (callback) => requestIdleCallback(callback, { timeout: 100 })
      : (callback) => setTimeout(callback, 0);

interface Piece {
  node: Text;
  from: number;
  to: number;
}

/** Starts reading `root` (the document's body) and keeps reading what changes under it until `stop`. */
export function scanPagePhones(root: Node, { defaultCountry, onChange, maxNumbers = MAX_NUMBERS }: ScanOptions): PagePhoneScan {
  const byNode = new WeakMap<Text, FoundPhone[]>();
  /** In the order found; a Set, so a number is dropped without going through all the others. */
  const found = new Set<FoundPhone>();
  /** Changes not yet reported: a number found and dropped between two reports is in neither. */
  let added = new Set<FoundPhone>();
  let removed: FoundPhone[] = [];
  const queue: Node[] = [root];
  let walker: TreeWalker | null = null;
  let scheduled = false;
  let stopped = false;
  /** When the reading under way started; null while there is nothing to read. */
  let busySince: number | null = null;
  /** The slices of that reading, and the time spent in them (the rest of the reading's time went to the page). */
  let slices = 0;
  let busyMs = 0;
  let longestMs = 0;
  let onChangeMs = 0;

  /** Pieces of text nodes still to read: a long node is read a piece per turn, so one node never makes a long task. */
  const pieceQueue: Piece[] = [];

  const drop = (node: Text) => {
    for (const phone of byNode.get(node) ?? []) {
      found.delete(phone);
      if (!added.delete(phone)) removed.push(phone);
    }
    byNode.delete(node);
  };

  const read = (node: Text) => {
    drop(node);
    const text = node.data;
    if (!hasEnoughDigits(text) || !isReadableText(node)) return;
    for (const [from, to] of pieces(text)) pieceQueue.push({ node, from, to });
  };

  const readPiece = ({ node, from, to }: Piece) => {
    // The text changed since it was queued: its new text is queued again by the mutation that changed it.
    if (!node.isConnected || to > node.data.length) return;
    const phones: FoundPhone[] = [];
    for (const phone of findPagePhones(node.data.slice(from, to), defaultCountry)) {
      if (found.size + phones.length >= maxNumbers) break;
      const range = document.createRange();
      range.setStart(node, from + phone.start);
      range.setEnd(node, from + phone.end);
      phones.push({ node, start: from + phone.start, end: from + phone.end, e164: phone.e164, range });
    }
    if (phones.length === 0) return;
    byNode.set(node, [...(byNode.get(node) ?? []), ...phones]);
    for (const phone of phones) {
      found.add(phone);
      added.add(phone);
    }
  };

  const slice = () => {
    scheduled = false;
    if (stopped) return;
    const began = performance.now();
    const until = began + SLICE_MS;
    while (performance.now() < until && found.size < maxNumbers) {
      const piece = pieceQueue.shift();
      if (piece) {
        readPiece(piece);
        continue;
      }
      if (!walker) {
        const next = queue.shift();
        if (!next) break;
        if (!next.isConnected) continue;
        if (next.nodeType === Node.TEXT_NODE) {
          read(next as Text);
          continue;
        }
        walker = document.createTreeWalker(next, NodeFilter.SHOW_TEXT);
      }
      const node = walker.nextNode() as Text | null;
      if (node) read(node);
      else walker = null;
    }
    const changeBegan = performance.now();
    if (added.size > 0 || removed.length > 0) {
      const changes = { added: [...added], removed };
      added = new Set();
      removed = [];
      onChange(changes);
    }
    slices += 1;
    const ended = performance.now();
    onChangeMs += ended - changeBegan;
    busyMs += ended - began;
    longestMs = Math.max(longestMs, ended - began);
    if ((walker || queue.length > 0 || pieceQueue.length > 0) && found.size < maxNumbers) schedule();
    else {
      performance.measure(PHONE_SCAN_MEASURE, { start: busySince ?? undefined, detail: { found: found.size, slices, busyMs: Math.round(busyMs), longestMs: Math.round(longestMs), onChangeMs: Math.round(onChangeMs) } });
      busySince = null;
      slices = 0;
      busyMs = 0;
      longestMs = 0;
      onChangeMs = 0;
    }
  };

  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    busySince ??= performance.now();
    later(slice);
  };

  // Batches of mutations: queued when the page pauses (or at least every second), read in idle slices like the rest.
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  const flush = () => {
    timer = undefined;
    const nodes = pending;
    pending = new Set();
    for (const phone of found) if (!phone.node.isConnected) drop(phone.node);
    queue.push(...nodes);
    schedule();
  };
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') pending.add(mutation.target);
      else mutation.addedNodes.forEach((node) => pending.add(node));
    }
    const now = performance.now();
    if (timer === undefined) firstPendingAt = now;
    else clearTimeout(timer);
    timer = setTimeout(flush, now - firstPendingAt >= MUTATION_MAX_WAIT_MS ? 0 : MUTATION_DELAY_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  schedule();

  return {
    at(node, offset) {
      return node.nodeType === Node.TEXT_NODE ? byNode.get(node as Text)?.find((phone) => phone.start <= offset && offset <= phone.end) : undefined;
    },
    all: () => [...found],
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}

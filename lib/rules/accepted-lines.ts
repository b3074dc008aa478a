/**
 * The lines of one import accepted so far, seen as a {@link DirectoryLookup} by the duplicate rule
 * (lib/contact/find-duplicate.ts), each with its line number as id. It indexes the report's own contact objects (no copy per
 * line) by email and by E.164 number in one open-addressing hash table held in two typed arrays (about 11 bytes an
 * entry, against about 35 for a `Map`), and builds the {@link ExistingContact} view of a line only when a look-up finds it:
 * a 100,000-line file stays within the memory goal of issue 2's bench (≤ 200 MB).
 */
import type { ReportContact } from '../contact/contact';
import type { DirectoryLookup, ExistingContact } from '../contact/directory-lookup';

export interface AcceptedLines extends DirectoryLookup {
  add(contact: ReportContact): void;
}

/** FNV-1a over UTF-16 code units. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/** Room for the entries of one line: its email and up to 15 phones (the rules allow 3: a work phone, two optional). */
const KEYS = 16;

/**
 * Creates an empty {@link AcceptedLines}: the first line with an email keeps it; a number may belong to many
 * lines, found in the order they were added.
 */
export function createAcceptedLines(): AcceptedLines {
  const lines: ReportContact[] = [];
  // A slot holds 0 (empty) or 1 + KEYS × (index in `lines`) + k, the entry of the line's email (k = 0) or of its
  // phone k - 1. Linear probing, at most three quarters full, nothing ever removed: entries of one key lie in the
  // order they were added. `hashes` holds each slot's key hash, so a probe rarely needs to read a line.
  let slots = new Int32Array(1024);
  let hashes = new Int32Array(1024);
  let used = 0;

  function keyOf(entry: number): string | undefined {
    const contact = lines[Math.floor(entry / KEYS)];
    const k = entry % KEYS;
    return k === 0 ? contact?.email : contact?.phones[k - 1]?.number;
  }

  function place(hash: number, entry: number): void {
    const mask = slots.length - 1;
    let i = hash & mask;
    while (slots[i] !== 0) i = (i + 1) & mask;
    slots[i] = entry + 1;
    hashes[i] = hash;
  }

  function put(key: string, entry: number): void {
    if (4 * (used + 1) > 3 * slots.length) {
      const [oldSlots, oldHashes] = [slots, hashes];
      slots = new Int32Array(2 * oldSlots.length);
      hashes = new Int32Array(2 * oldSlots.length);
      for (let i = 0; i < oldSlots.length; i++) if (oldSlots[i] !== 0) place(oldHashes[i] ?? 0, (oldSlots[i] ?? 0) - 1);
    }
    place(hashOf(key), entry);
    used++;
  }

  /**
   * The lines whose email (`phone` false) or one of whose phones is `key`, in the order added (only the first
   * when `first`); `undefined` when none.
   */
  function find(key: string, phone: boolean, first: boolean): ReportContact[] | undefined {
    let found: ReportContact[] | undefined;
    const mask = slots.length - 1;
    const hash = hashOf(key);
    for (let i = hash & mask, slot = slots[i] ?? 0; slot !== 0; i = (i + 1) & mask, slot = slots[i] ?? 0) {
      if (hashes[i] !== hash) continue;
      const entry = slot - 1;
      const isEmail = entry % KEYS === 0;
      if (isEmail === phone || keyOf(entry) !== key) continue;
      const contact = lines[Math.floor(entry / KEYS)];
      if (contact !== undefined) (found ??= []).push(contact);
      if (first) break;
    }
    return found;
  }

  // One view per line found, so find-duplicate's name-key cache (by object) works for a switchboard number.
  const views = new Map<ReportContact, ExistingContact>();
  function view(contact: ReportContact): ExistingContact {
    let found = views.get(contact);
    if (found === undefined) {
      const { line, name, email, phones } = contact;
      views.set(contact, (found = email === undefined ? { id: String(line), name, phones } : { id: String(line), name, email, phones }));
    }
    return found;
  }

  return {
    findByEmail(email) {
      const found = find(email.toLowerCase(), false, true)?.[0];
      return found === undefined ? undefined : view(found);
    },
    findByPhone: (e164) => find(e164, true, false)?.map(view) ?? [],
    add(contact) {
      const index = lines.push(contact) - 1;
      const { email, phones } = contact;
      // Emails come lower-cased from the rules (lib/rules/check-contact-fields.ts); the first line keeps one.
      if (email !== undefined && find(email, false, true) === undefined) put(email, KEYS * index);
      for (let k = 0; k < phones.length && k < KEYS - 1; k++) {
        const number = phones[k]?.number ?? '';
        let repeated = false;
        for (let j = 0; j < k; j++) repeated ||= phones[j]?.number === number;
        if (!repeated) put(number, KEYS * index + 1 + k);
      }
    },
  };
}

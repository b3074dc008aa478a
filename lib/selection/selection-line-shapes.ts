/**
 * What a piece of a signature looks like (issue 5): a person's name, a position, a company, an address. Heuristics,
 * tuned on English, French and German signatures; the admin checks the filled form before saving.
 */
import { foldCaseAndAccents } from '../contact/fold-case-and-accents';
import { withoutControlCharacters } from '../rules/control-characters';

/** Words of a job title, never of a name: "Leiter Vertrieb" is capitalised like a name but is a position. */
const TITLE_WORDS = new Set([
  'head', 'director', 'manager', 'managing', 'sales', 'marketing', 'engineer', 'developer', 'consultant', 'assistant',
  'officer', 'founder', 'cofounder', 'co-founder', 'president', 'vice', 'vp', 'ceo', 'cto', 'cfo', 'coo', 'cio',
  'lead', 'senior', 'junior', 'chief', 'team', 'department', 'service', 'support', 'customer', 'account',
  'directeur', 'directrice', 'responsable', 'chef', 'ingenieur', 'developpeur', 'commercial', 'commerciale',
  'charge', 'chargee', 'fondateur', 'fondatrice', 'gerant', 'gerante', 'leiter', 'leiterin', 'geschaftsfuhrer',
  'geschaftsfuhrerin', 'vertrieb', 'abteilung', 'entwickler', 'entwicklerin', 'berater', 'beraterin', 'referent',
  'referentin', 'grunder', 'grunderin', 'inhaber', 'inhaberin', 'vorstand', 'prokurist',
]);
/** Headings of a contact block on a web page ("Contact", "Impressum", "Email"): a line holding one is not a name. */
const HEADING_WORDS = new Set([
  'contact', 'contacts', 'kontakt', 'coordonnees', 'impressum', 'address', 'adresse', 'anschrift', 'email', 'e-mail',
  'courriel', 'phone', 'telephone', 'telefon', 'tel', 'mobile', 'mobil', 'portable', 'handy', 'fax',
]);
/** Legal forms: a line holding one names a company. */
const COMPANY_WORDS = new Set([
  'gmbh', 'ag', 'kg', 'ohg', 'ug', 'sa', 'sas', 'sasu', 'sarl', 'eurl', 'ltd', 'limited', 'llc', 'llp', 'inc', 'corp',
  'corporation', 'plc', 'bv', 'nv', 'srl', 'spa', 'group', 'groupe', 'gruppe', 'holding', 'company', 'compagnie',
]);
/** Lower-case words inside names: "Jean de la Fontaine", "Ludwig van Beethoven". Not "of": "Head of Sales". */
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'del', 'della', 'y', 'zu', 'ten', 'ter', 'bin', 'al', 'el']);
/** All a name is written with: letters, spaces, "." of "Dr.", "," of "Doe, Jane", "'" of "O'Brien", "-". */
const NAME_CHARACTERS = /^[\p{L}\p{M} .,'’-]+$/u;
/** "acme.de", "Acme.com": a domain, not a name. */
const DOMAIN = /\.\p{L}{2,}/u;
/** Street words; German ones end a compound ("Musterstraße", "Hauptweg"). Matched on folded text. */
const STREET =
  /\b(?:rue|avenue|boulevard|bd|blvd|chemin|allee|impasse|quai|street|road|rd|lane|suite|floor|etage|bp|cedex|postfach|po box)\b|(?:strasse|str\.|weg|platz|gasse|damm|allee)(?=\s|,|$)/;
/** Where a position ends and its company or department begins: "Head of Sales, Acme", "CTO @ Acme", "… chez Acme". */
const COMPANY_START = /,\s|\s[-–—]\s|\s(?:at|@|chez|bei)\s/iu;

const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 80;
const MAX_POSITION_WORDS = 10;
const MAX_POSITION_LENGTH = 100;

/** A word as the lists above write it: folded, `ß` as `ss`, edge punctuation off ("S.A." → "sa", "GmbH," → "gmbh"). */
function key(word: string): string {
  return foldCaseAndAccents(word).replace(/ß/g, 'ss').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/\./g, '');
}

function hasWordFrom(text: string, words: ReadonlySet<string>): boolean {
  return text.split(' ').some((word) => words.has(key(word)));
}

/** Whether `text` names a company: it holds a legal form ("Acme GmbH", "Durand S.A.", "Acme Inc."). */
function isCompany(text: string): boolean {
  return hasWordFrom(text, COMPANY_WORDS);
}

/** Whether `text` is a street address line: a postal code, a street number first, mostly digits, or a street word. */
function isAddress(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  if (/\d{4,}/.test(text) || /^\d/.test(text) || digits * 3 > text.replace(/\s/g, '').length) return true;
  return STREET.test(foldCaseAndAccents(text).replace(/ß/g, 'ss'));
}

/**
 * Whether `text` (one line, trimmed) reads as a person's name: a few capitalised words ("Jane Doe", "Dr. Hans
 * Müller", "Jean-Pierre de la Tour", "O'Brien", "JANE DOE"), no digit or symbol, no job title or legal form.
 * A name written all in lower case is not recognised.
 */
export function looksLikeName(line: string): boolean {
  // A name holding a control character is still the name: the form shows it with the control-character rule's
  // message (issue 9, defect 6: one rule for every way in) rather than dropping it and asking for a name.
  const text = withoutControlCharacters(line);
  const words = text.split(' ');
  if (words.length > MAX_NAME_WORDS || text.length > MAX_NAME_LENGTH) return false;
  if (!/\p{L}/u.test(text) || !NAME_CHARACTERS.test(text) || DOMAIN.test(text)) return false;
  if (hasWordFrom(text, TITLE_WORDS) || hasWordFrom(text, HEADING_WORDS) || isCompany(text)) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || PARTICLES.has(word) || /^[dl]['’]\p{Lu}/u.test(word));
}

/** `text` up to where its company starts ("Head of Sales, Acme GmbH" → "Head of Sales"), and the rest. */
export function splitAtCompany(text: string): { lead: string; rest: string } {
  const at = COMPANY_START.exec(text);
  if (at === null) return { lead: text, rest: '' };
  return { lead: text.slice(0, at.index).trim(), rest: text.slice(at.index + at[0].length).trim() };
}

/** `text` up to its first job-title word ("Jane Doe Head of Sales" → "Jane Doe"), and the rest from that word. */
export function splitAtTitle(text: string): { lead: string; rest: string } {
  const words = text.split(' ');
  const at = words.findIndex((word) => TITLE_WORDS.has(key(word)));
  if (at === -1) return { lead: text, rest: '' };
  return { lead: words.slice(0, at).join(' '), rest: words.slice(at).join(' ') };
}

/**
 * The position a line holds, or '': the part before its company ("Head of Sales, Acme GmbH" → "Head of Sales"),
 * if that is short, has letters, and is no address, company or sentence. "Director, Sales" keeps only "Director":
 * a comma more often starts a company than a department.
 */
export function positionFrom(text: string): string {
  const { lead } = splitAtCompany(text);
  const words = lead.split(' ').length;
  if (!/\p{L}/u.test(lead) || words > MAX_POSITION_WORDS || lead.length > MAX_POSITION_LENGTH) return '';
  if (/[@!?]/.test(lead) || isAddress(lead) || isCompany(lead)) return '';
  // "See you on Monday." ends a sentence; "Dept." or "Sr." ends an abbreviation.
  if (/\p{L}{5,}\.$/u.test(lead)) return '';
  return lead;
}

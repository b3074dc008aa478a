/**
 * The EN and FR texts of the problems only Google, Outlook and vCard imports have (issue 13), merged into the one
 * catalog (lib/messages/message-catalog.ts) so reports, the CLI and the options page build them the same way.
 */
import type { CatalogEntry } from './catalog-entry';
import { formatCountParam as num, plural } from './format-count';

const en = (v: unknown) => `"${String(v)}"`;
const fr = (v: unknown) => `« ${String(v)} »`;

export const IMPORT_MESSAGE_CATALOG: Record<string, CatalogEntry> = {
  'not-vcard': {
    en: (p) => `${en(p.file)} is not a vCard file: it has no BEGIN:VCARD line (found ${en(p.found)}). Export the contacts again as vCard (.vcf), or as CSV and name the file .csv.`,
    fr: (p) => `${fr(p.file)} n'est pas un fichier vCard : il n'a aucune ligne BEGIN:VCARD (trouvé ${fr(p.found)}). Exportez de nouveau les contacts en vCard (.vcf), ou en CSV avec un nom en .csv.`,
  },
  'vcard-unterminated': {
    en: () => 'this card has no END:VCARD line (the file was cut, or a card lost its end). Export the contacts again.',
    fr: () => "cette fiche n'a pas de ligne END:VCARD (le fichier a été coupé, ou une fiche a perdu sa fin). Exportez de nouveau les contacts.",
  },
  'source-field-count': {
    en: (p) => `has ${num(p.count, 'en')} ${plural(Number(p.count), 'en', 'field', 'fields')} but the header has ${num(p.width, 'en')}, so its values would land in the wrong columns. Check for an unclosed quote or a missing separator, or export the contacts again.`,
    fr: (p) => `contient ${num(p.count, 'fr')} ${plural(Number(p.count), 'fr', 'champ', 'champs')} mais l'en-tête en a ${num(p.width, 'fr')} : ses valeurs tomberaient dans les mauvaises colonnes. Cherchez un guillemet non fermé ou un séparateur manquant, ou exportez de nouveau les contacts.`,
  },
  'source-name-required': {
    en: (p) => `the contact has no name: ${p.columns === '' ? 'the file has no name column' : `${p.columns} ${String(p.columns).includes(',') ? 'are all' : 'is'} empty`}. Give the contact a name (or a company, for a switchboard) in your address book and export again.`,
    fr: (p) => `le contact n'a pas de nom : ${p.columns === '' ? "le fichier n'a pas de colonne de nom" : `${p.columns} ${String(p.columns).includes(',') ? 'sont tous vides' : 'est vide'}`}. Donnez un nom au contact (ou une société, pour un standard) dans votre carnet d'adresses et exportez de nouveau.`,
  },
  'email-not-imported': {
    en: (p) => `the email ${en(p.value)} (${p.column}) was not imported: a contact keeps one email, and ${en(p.kept)} was kept. If the other one matters, make it the first (or primary) email before exporting, or add it as a separate contact.`,
    fr: (p) => `l'e-mail ${fr(p.value)} (${p.column}) n'a pas été importé : un contact garde un seul e-mail, et ${fr(p.kept)} a été gardé. Si l'autre compte, mettez-le en premier (ou principal) avant d'exporter, ou ajoutez-le comme contact à part.`,
  },
  'phone-not-imported': {
    en: (p) => `the phone ${en(p.value)} (${p.column}) was not imported: a contact keeps three phones (a work phone and two optional phones). If it matters, remove a less useful number from the contact before exporting.`,
    fr: (p) => `le téléphone ${fr(p.value)} (${p.column}) n'a pas été importé : un contact garde trois téléphones (un téléphone travail et deux facultatifs). S'il compte, retirez un numéro moins utile du contact avant d'exporter.`,
  },
};

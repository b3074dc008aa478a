/**
 * The EN and FR texts behind {@link formatMessage} (lib/messages/messages.ts), one entry per code. The "Line N, field:"
 * prefix is added by formatMessage; a text here starts with the problem itself.
 */
import { formatCountParam as num, plural } from './format-count';
import { csvHeaderLine } from '../csv/csv-columns';
import type { CatalogEntry } from './catalog-entry';
import { IMPORT_MESSAGE_CATALOG } from './import-message-catalog';


const HEADER_EN = csvHeaderLine('en');
const HEADER_FR = csvHeaderLine('fr');

const en = (v: unknown) => `"${String(v)}"`;
const fr = (v: unknown) => `« ${String(v)} »`;
/** `DE` → `Germany` / `Allemagne`, from the runtime's own data (no table to keep up to date). */
const regionNames = new Map<string, Intl.DisplayNames>();
function region(code: unknown, locale: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) regionNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
  try {
    return names.of(String(code)) ?? String(code);
  } catch {
    return String(code); // not a region code: show it as given
  }
}
const SAME_EN: Record<string, string> = { email: 'same email', 'name-and-phone': 'same name and phone' };
const SAME_FR: Record<string, string> = { email: 'même e-mail', 'name-and-phone': 'même nom et même téléphone' };
const TYPE_EN: Record<string, string> = { string: 'a text', array: 'a list', object: 'an object' };
const TYPE_FR: Record<string, string> = { string: 'un texte', array: 'une liste', object: 'un objet' };

export const MESSAGE_CATALOG: Record<string, CatalogEntry> = {
  // File-level refusals: nothing is imported.
  // Issue 13: `.csv` for CSV files (ours, Google Contacts, Outlook), `.vcf` for vCard.
  'not-csv-name': {
    en: (p) => `${en(p.file)} is not a CSV or vCard file: its name must end in .csv (a spreadsheet, a Google Contacts or Outlook export) or .vcf (vCard). Save the spreadsheet as CSV, or export the contacts as CSV or vCard, and import that file.`,
    fr: (p) => `${fr(p.file)} n'est ni un fichier CSV ni un fichier vCard : son nom doit finir par .csv (un tableur, un export de Google Contacts ou d'Outlook) ou .vcf (vCard). Enregistrez le tableur au format CSV, ou exportez les contacts en CSV ou en vCard, et importez ce fichier.`,
  },
  'empty-file': {
    en: (p) => `${en(p.file)} is empty. Export your contacts again, with the header line first.`,
    fr: (p) => `${fr(p.file)} est vide. Exportez de nouveau vos contacts, avec la ligne d'en-tête en premier.`,
  },
  'not-text': {
    en: (p) => `${en(p.file)} is not a text file (an Excel workbook renamed to .csv?). In your spreadsheet choose Save as, then CSV UTF-8, and import that file.`,
    fr: (p) => `${fr(p.file)} n'est pas un fichier texte (un classeur Excel renommé en .csv ?). Dans votre tableur, choisissez Enregistrer sous, puis CSV UTF-8, et importez ce fichier.`,
  },
  'not-header': {
    en: (p) => `The first line of ${en(p.file)} is not the header: found ${en(p.found)}. The first line must be ${HEADER_EN} (or the French ${HEADER_FR}).`,
    fr: (p) => `La première ligne de ${fr(p.file)} n'est pas l'en-tête : trouvé ${fr(p.found)}. La première ligne doit être ${HEADER_FR} (ou l'anglais ${HEADER_EN}).`,
  },
  'no-contacts': {
    en: (p) => `${en(p.file)} has no contact line. Add one contact per line under the header.`,
    fr: (p) => `${fr(p.file)} ne contient aucune ligne de contact. Ajoutez un contact par ligne sous l'en-tête.`,
  },
  'too-many-contacts': {
    en: (p) =>
      `${en(p.file)} has ${num(p.count, 'en')} contact ${plural(Number(p.count), 'en', 'line', 'lines')}; at most ${num(p.max, 'en')} can be imported at once. Split it into ${num(p.parts, 'en')} ${plural(Number(p.parts), 'en', 'file', 'files')} of at most ${num(p.max, 'en')} ${plural(Number(p.max), 'en', 'line', 'lines')}, each starting with the header, and import them one by one.`,
    fr: (p) =>
      `${fr(p.file)} contient ${num(p.count, 'fr')} ${plural(Number(p.count), 'fr', 'ligne', 'lignes')} de contact ; au plus ${num(p.max, 'fr')} ${plural(Number(p.max), 'fr', 'peut être importée', 'peuvent être importées')} à la fois. Découpez-le en ${num(p.parts, 'fr')} ${plural(Number(p.parts), 'fr', 'fichier', 'fichiers')} d'au plus ${num(p.max, 'fr')} ${plural(Number(p.max), 'fr', 'ligne', 'lignes')}, chacun commençant par l'en-tête, et importez-les un par un.`,
  },
  'not-a-list': {
    en: () => 'The contact list must be a JSON array of contacts, e.g. [{"name": "John Smith", "email": "john@example.com"}].',
    fr: () => 'La liste de contacts doit être un tableau JSON de contacts, par ex. [{"name": "John Smith", "email": "john@example.com"}].',
  },
  // Line-level problems: the line is rejected, the rest of the file loads.
  'wrong-field-count': {
    en: (p) => `has ${num(p.count, 'en')} ${plural(Number(p.count), 'en', 'field', 'fields')}; 6 are expected (${HEADER_EN}). Check for a missing or extra separator or an unclosed quote; empty fields still need their comma.`,
    fr: (p) => `contient ${num(p.count, 'fr')} ${plural(Number(p.count), 'fr', 'champ', 'champs')} ; 6 sont attendus (${HEADER_FR}). Cherchez un séparateur manquant ou en trop, ou un guillemet non fermé ; un champ vide garde sa virgule.`,
  },
  'bad-quotes': {
    en: () => 'has a quote (") that is not closed or not doubled. Put quotes around the whole cell and write a quote inside it as two quotes ("").',
    fr: () => 'contient un guillemet (") non fermé ou non doublé. Entourez toute la cellule de guillemets et écrivez un guillemet intérieur en double ("").',
  },
  'name-required': {
    en: () => "the contact name is empty. Write the contact's name in the first column.",
    fr: () => 'le nom du contact est vide. Écrivez le nom du contact dans la première colonne.',
    form: {
      en: () => "the contact name is empty. Write the contact's name.",
      fr: () => 'le nom du contact est vide. Écrivez le nom du contact.',
    },
  },
  // Issue 9, defect 6: one rule for every way in (lib/rules/control-characters.ts); `value` comes escaped.
  'control-character': {
    en: (p) => `${en(p.value)} holds a character that is not printable text (${p.found}). Type the text again without it: copying from a terminal, a PDF or another program can bring such characters along.`,
    fr: (p) => `${fr(p.value)} contient un caractère qui n'est pas du texte imprimable (${p.found}). Retapez le texte sans lui : un copier-coller depuis un terminal, un PDF ou un autre programme peut apporter de tels caractères.`,
  },
  'too-long': {
    en: (p) =>
      `${en(p.value)} is ${num(p.length, 'en')} ${plural(Number(p.length), 'en', 'character', 'characters')} long; at most ${num(p.max, 'en')} ${plural(Number(p.max), 'en', 'is', 'are')} allowed. Shorten it.`,
    fr: (p) =>
      `${fr(p.value)} fait ${num(p.length, 'fr')} ${plural(Number(p.length), 'fr', 'caractère', 'caractères')} ; ${num(p.max, 'fr')} au plus ${plural(Number(p.max), 'fr', 'est permis', 'sont permis')}. Raccourcissez-le.`,
  },
  'email-invalid': {
    en: (p) => `${en(p.value)} is not an email address. Write it like jane.doe@example.com, or leave the field empty.`,
    fr: (p) => `${fr(p.value)} n'est pas une adresse e-mail. Écrivez-la comme jeanne.dupont@exemple.fr, ou laissez le champ vide.`,
  },
  'contact-method-required': {
    en: () => 'the contact has neither a work phone nor an email. Give at least one of them (optional phones alone are not enough).',
    fr: () => "le contact n'a ni téléphone travail ni e-mail. Indiquez au moins l'un des deux (les téléphones facultatifs seuls ne suffisent pas).",
  },
  'phone-excel-number': {
    en: (p) => `${en(p.value)} is a phone number Excel rewrote as a number, losing digits. Format the phone columns as Text in Excel, type the numbers again (e.g. 0033 6 12 34 56 78) and save as CSV.`,
    fr: (p) => `${fr(p.value)} est un numéro qu'Excel a transformé en nombre, en perdant des chiffres. Mettez les colonnes de téléphone au format Texte dans Excel, retapez les numéros (par ex. 0033 6 12 34 56 78) et enregistrez en CSV.`,
    form: {
      en: (p) => `${en(p.value)} is a number with digits lost (written like 3.36123E+11). Type the phone number in full, e.g. +33 6 12 34 56 78.`,
      fr: (p) => `${fr(p.value)} est un nombre dont des chiffres sont perdus (écrit comme 3,36123E+11). Tapez le numéro en entier, par ex. +33 6 12 34 56 78.`,
    },
  },
  'phone-not-international': {
    en: (p) =>
      p.plus === undefined
        ? `${en(p.value)} is not in international format. Write it with + or 00 and the country code, e.g. +44 20 7946 0958 or 0044 20 7946 0958, or set a default country.`
        : `${en(p.value)} is not in international format. Write it as ${p.plus} or ${p.zeros}.`,
    fr: (p) =>
      p.plus === undefined
        ? `${fr(p.value)} n'est pas au format international. Écrivez-le avec + ou 00 et l'indicatif du pays, par ex. +44 20 7946 0958 ou 0044 20 7946 0958, ou choisissez un pays par défaut.`
        : `${fr(p.value)} n'est pas au format international. Écrivez-le ${p.plus} ou ${p.zeros}.`,
  },
  'phone-lost-zeros': {
    en: (p) => `${en(p.value)} lost its leading 00 (a spreadsheet read it as a number). Write it as ${p.plus} or ${p.zeros}, and format the phone columns as Text.`,
    fr: (p) => `${fr(p.value)} a perdu son 00 initial (le tableur l'a lu comme un nombre). Écrivez-le ${p.plus} ou ${p.zeros}, et mettez les colonnes de téléphone au format Texte.`,
    form: {
      en: (p) => `${en(p.value)} looks like an international number without its + or 00. Write it as ${p.plus} or ${p.zeros}.`,
      fr: (p) => `${fr(p.value)} ressemble à un numéro international sans son + ni son 00. Écrivez-le ${p.plus} ou ${p.zeros}.`,
    },
  },
  'phone-invalid-characters': {
    en: (p) => `${en(p.value)} is not a phone number: only digits, a leading + or 00, and the separators space . - / ( ) are allowed. Write it like +33 6 12 34 56 78.`,
    fr: (p) => `${fr(p.value)} n'est pas un numéro de téléphone : seuls les chiffres, un + ou 00 initial et les séparateurs espace . - / ( ) sont permis. Écrivez-le comme +33 6 12 34 56 78.`,
  },
  'phone-unknown-country': {
    en: (p) => `${en(p.value)} does not start with a known country code. Check the digits after + or 00 (e.g. 33 for France, 49 for Germany).`,
    fr: (p) => `${fr(p.value)} ne commence pas par un indicatif de pays connu. Vérifiez les chiffres après + ou 00 (par ex. 33 pour la France, 49 pour l'Allemagne).`,
  },
  'phone-too-short': {
    en: (p) => `${en(p.value)} is too short to be a phone number of its country. Check that no digit is missing.`,
    fr: (p) => `${fr(p.value)} est trop court pour un numéro de son pays. Vérifiez qu'il ne manque pas de chiffre.`,
  },
  'phone-too-long': {
    en: (p) => `${en(p.value)} is too long to be a phone number of its country. Check for extra digits.`,
    fr: (p) => `${fr(p.value)} est trop long pour un numéro de son pays. Cherchez des chiffres en trop.`,
  },
  'phone-not-possible': {
    en: (p) => `${en(p.value)} cannot be a phone number of its country (wrong length). Check the digits.`,
    fr: (p) => `${fr(p.value)} ne peut pas être un numéro de son pays (mauvaise longueur). Vérifiez les chiffres.`,
  },
  'not-an-object': {
    en: () => 'this item is not a contact. Write it as {"name": "…", "email": "…", "phones": [{"type": "work", "number": "+33 6 12 34 56 78"}]}.',
    fr: () => 'cet élément n\'est pas un contact. Écrivez-le {"name": "…", "email": "…", "phones": [{"type": "work", "number": "+33 6 12 34 56 78"}]}.',
  },
  'wrong-type': {
    en: (p) => `${en(p.key)} must be ${TYPE_EN[String(p.expected)] ?? p.expected}. Correct its value.`,
    fr: (p) => `${fr(p.key)} doit être ${TYPE_FR[String(p.expected)] ?? p.expected}. Corrigez sa valeur.`,
  },
  'unknown-key': {
    en: (p) => `${en(p.key)} is not a contact field. Use only name, position, email and phones (each phone: type and number).`,
    fr: (p) => `${fr(p.key)} n'est pas un champ de contact. Utilisez seulement name, position, email et phones (chaque téléphone : type et number).`,
  },
  'phone-type-invalid': {
    en: (p) => `phone type ${en(p.value)} is not allowed. Use "work" or "other".`,
    fr: (p) => `le type de téléphone ${fr(p.value)} n'est pas permis. Utilisez "work" ou "other".`,
  },
  'too-many-work-phones': {
    en: () => 'a contact has at most one work phone. Mark the others as "other".',
    fr: () => 'un contact a au plus un téléphone travail. Marquez les autres comme "other".',
  },
  'too-many-phones': {
    en: (p) => `a contact has at most ${num(p.max, 'en')} other ${plural(Number(p.max), 'en', 'phone', 'phones')} (optional-phone-1 and optional-phone-2). Remove the extra ones.`,
    fr: (p) => `un contact a au plus ${num(p.max, 'fr')} ${plural(Number(p.max), 'fr', 'autre téléphone', 'autres téléphones')} (téléphone-facultatif-1 et téléphone-facultatif-2). Retirez ceux en trop.`,
  },
  // Warnings: the line is loaded with a remark.
  'phone-not-valid': {
    en: (p) => `${en(p.value)} was loaded as ${p.display} but is not a valid number${p.country === undefined ? '' : ` for ${region(p.country, 'en')}`}. Check it with the contact.`,
    fr: (p) => `${fr(p.value)} a été chargé comme ${p.display} mais n'est pas un numéro valide${p.country === undefined ? '' : ` (pays : ${region(p.country, 'fr')})`}. Vérifiez-le auprès du contact.`,
  },
  'shared-phone': {
    en: (p) => `shares the phone ${p.display} with ${p.withLine === undefined ? `${en(p.withName)}, already in the directory` : `line ${p.withLine} (${en(p.withName)})`}. Both are kept (a switchboard?); if they are one person, give both the same email.`,
    fr: (p) => `partage le téléphone ${p.display} avec ${p.withLine === undefined ? `${fr(p.withName)}, déjà dans l'annuaire` : `la ligne ${p.withLine} (${fr(p.withName)})`}. Les deux sont gardés (un standard ?) ; s'il s'agit d'une seule personne, donnez-leur le même e-mail.`,
  },
  'phone-repeated': {
    en: (p) => `${en(p.value)} repeats another phone of this contact; it is kept once.`,
    fr: (p) => `${fr(p.value)} répète un autre téléphone de ce contact ; il est gardé une fois.`,
  },
  // Duplicates: the line is the same person as an earlier line or an existing contact.
  'duplicate-of-line': {
    en: (p) => `is the same person as line ${p.ofLine} (${SAME_EN[String(p.reason)]}); it was not imported. Merge the two lines.`,
    fr: (p) => `est la même personne que la ligne ${p.ofLine} (${SAME_FR[String(p.reason)]}) ; elle n'a pas été importée. Fusionnez les deux lignes.`,
  },
  'duplicate-of-existing': {
    en: (p) => `is already in the directory as ${en(p.name)} (${SAME_EN[String(p.reason)]}); it was skipped. Import with the "update" policy to overwrite it.`,
    fr: (p) => `est déjà dans l'annuaire comme ${fr(p.name)} (${SAME_FR[String(p.reason)]}) ; elle a été ignorée. Importez avec l'option « mettre à jour » pour la remplacer.`,
  },
  ...IMPORT_MESSAGE_CATALOG,
};

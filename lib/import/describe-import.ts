/**
 * What the preview and the CLI say about a file before it is imported (issue 13): which format was recognised, and
 * how its columns were mapped — "First Name + Last Name → name, Job Title → position, Business Phone → work phone,
 * Mobile Phone → optional phone 1; 37 columns not used: Birthday, Notes, …". In English or French.
 */
import type { ImportReport } from '../contact/contact';
import type { Locale } from '../messages/messages';
import type { ImportMapping, ImportVariant, MappedField } from './import-format';

/** Unused columns named before `…`. */
const SHOWN_UNUSED = 12;

const VARIANT: Record<ImportVariant | 'contacts-csv', Record<Locale, string>> = {
  'contacts-csv': { en: "our contacts CSV (the users' guide's six columns)", fr: 'notre CSV de contacts (les six colonnes du guide)' },
  'google-current': { en: 'a Google Contacts CSV (current export)', fr: 'un CSV de Google Contacts (export actuel)' },
  'google-older': { en: 'a Google Contacts CSV (older export)', fr: 'un CSV de Google Contacts (ancien export)' },
  'outlook-en': { en: 'an Outlook CSV (English)', fr: "un CSV d'Outlook (anglais)" },
  'outlook-fr': { en: 'an Outlook CSV (French)', fr: "un CSV d'Outlook (français)" },
  'outlook-de': { en: 'an Outlook CSV (German)', fr: "un CSV d'Outlook (allemand)" },
  vcard: { en: 'a vCard file', fr: 'un fichier vCard' },
};

const FIELD: Record<MappedField, Record<Locale, string>> = {
  name: { en: 'name', fr: 'nom' },
  'name-fallback': { en: 'name (when there is none)', fr: "nom (quand il n'y en a pas)" },
  position: { en: 'position', fr: 'poste' },
  email: { en: 'email', fr: 'e-mail' },
  'work-phone': { en: 'work phone', fr: 'téléphone travail' },
  'optional-phone-1': { en: 'optional phone 1', fr: 'téléphone facultatif 1' },
  'optional-phone-2': { en: 'optional phone 2', fr: 'téléphone facultatif 2' },
  'not-imported': { en: 'not imported (see the warnings)', fr: 'non importé (voir les avertissements)' },
};

function recognised(report: Pick<ImportReport, 'mapping'>, locale: Locale): string {
  const mapping = report.mapping;
  let what = VARIANT[mapping?.variant ?? 'contacts-csv'][locale];
  if (mapping && mapping.versions.length > 0) what += ` (version ${mapping.versions.join(', ')})`;
  return locale === 'fr' ? `Reconnu : ${what}.` : `Recognised: ${what}.`;
}

function unusedText(mapping: ImportMapping, locale: Locale): string {
  const { unused } = mapping;
  if (unused.length === 0) return '';
  const names = unused.slice(0, SHOWN_UNUSED).join(', ') + (unused.length > SHOWN_UNUSED ? ', …' : '');
  const vcard = mapping.variant === 'vcard';
  const one = unused.length === 1;
  if (locale === 'fr') {
    const noun = vcard ? (one ? 'propriété vCard non utilisée' : 'propriétés vCard non utilisées') : one ? 'colonne non utilisée' : 'colonnes non utilisées';
    return `; ${unused.length} ${noun} : ${names}`;
  }
  const noun = vcard ? (one ? 'vCard property' : 'vCard properties') : one ? 'column' : 'columns';
  return `; ${unused.length} ${noun} not used: ${names}`;
}

/** How the columns were mapped, or null for our own CSV (its columns are ours). */
function mappingText(mapping: ImportMapping | undefined, locale: Locale): string | null {
  if (mapping === undefined) return null;
  const or = locale === 'fr' ? ' ou ' : ' or ';
  const parts = mapping.mapped.map(({ columns, fields }) => `${columns.join(' + ')} → ${fields.map((field) => FIELD[field][locale]).join(or)}`);
  return `${parts.join(', ')}${unusedText(mapping, locale)}.`;
}

/** The preview's description of `report`'s file: what was recognised, and the mapping when there is one. */
export function describeImport(report: Pick<ImportReport, 'mapping'>, locale: Locale): { recognised: string; mapping: string | null } {
  return { recognised: recognised(report, locale), mapping: mappingText(report.mapping, locale) };
}

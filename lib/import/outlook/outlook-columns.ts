/**
 * The columns of Outlook's CSV export in English, French and German (issue 13), as Outlook names them (classic
 * Outlook and Outlook.com write the same names, in different orders). French Outlook writes `Titre` twice — the
 * salutation, then the job title — and `Nom` twice, the first being the last name: a column is named with the
 * occurrence it is. Phones are listed in the order the mapping takes them (work first), not in the file's order,
 * which is alphabetical in classic exports (`Assistant's Phone` first).
 */
import type { ImportVariant } from '../import-format';
import type { PhoneKind } from '../source-contact';

/** A column name and which of the same-named columns it is (1 = the first). */
export type OutlookColumn = readonly [name: string, occurrence: number];

export interface OutlookColumns {
  variant: ImportVariant;
  /** First, middle and last name. */
  nameParts: readonly OutlookColumn[];
  organisation: OutlookColumn;
  jobTitle: OutlookColumn;
  emails: readonly OutlookColumn[];
  phones: readonly (readonly [name: string, kind: PhoneKind])[];
}

export const OUTLOOK_COLUMNS: readonly OutlookColumns[] = [
  {
    variant: 'outlook-en',
    nameParts: [['First Name', 1], ['Middle Name', 1], ['Last Name', 1]],
    organisation: ['Company', 1],
    jobTitle: ['Job Title', 1],
    emails: [['E-mail Address', 1], ['E-mail 2 Address', 1], ['E-mail 3 Address', 1]],
    phones: [
      ['Business Phone', 'work'], ['Business Phone 2', 'work'], ['Mobile Phone', 'mobile'], ['Primary Phone', 'other'],
      ['Company Main Phone', 'other'], ['Home Phone', 'other'], ['Home Phone 2', 'other'], ['Other Phone', 'other'],
      ['Car Phone', 'mobile'], ['Callback', 'other'], ['Radio Phone', 'other'], ["Assistant's Phone", 'other'],
      ['Pager', 'other'], ['TTY/TDD Phone', 'other'], ['ISDN', 'other'], ['Business Fax', 'fax'], ['Home Fax', 'fax'],
      ['Other Fax', 'fax'],
    ],
  },
  {
    variant: 'outlook-fr',
    nameParts: [['Prénom', 1], ['Deuxième prénom', 1], ['Nom', 1]],
    organisation: ['Société', 1],
    jobTitle: ['Titre', 2],
    emails: [['Adresse de messagerie', 1], ['Adresse de messagerie 2', 1], ['Adresse de messagerie 3', 1]],
    phones: [
      ['Téléphone (bureau)', 'work'], ['Téléphone 2 (bureau)', 'work'], ['Tél. mobile', 'mobile'], ['Téléphone principal', 'other'],
      ['Téléphone société', 'other'], ['Téléphone (domicile)', 'other'], ['Téléphone 2 (domicile)', 'other'],
      ['Téléphone (autre)', 'other'], ['Téléphone (voiture)', 'mobile'], ['Rappel', 'other'], ['Radio téléphone', 'other'],
      ["Téléphone de l'assistant(e)", 'other'], ['Récepteur de radiomessagerie', 'other'], ['Téléphone TDD/TTY', 'other'],
      ['RNIS', 'other'], ['Télécopie (bureau)', 'fax'], ['Télécopie (domicile)', 'fax'], ['Télécopie (autre)', 'fax'],
    ],
  },
  {
    variant: 'outlook-de',
    nameParts: [['Vorname', 1], ['Weitere Vornamen', 1], ['Nachname', 1]],
    organisation: ['Firma', 1],
    jobTitle: ['Position', 1],
    emails: [['E-Mail-Adresse', 1], ['E-Mail 2: Adresse', 1], ['E-Mail 3: Adresse', 1]],
    phones: [
      ['Telefon geschäftlich', 'work'], ['Telefon geschäftlich 2', 'work'], ['Mobiltelefon', 'mobile'], ['Haupttelefon', 'other'],
      ['Telefon Firma', 'other'], ['Telefon privat', 'other'], ['Telefon privat 2', 'other'], ['Weiteres Telefon', 'other'],
      ['Autotelefon', 'mobile'], ['Rückmeldung', 'other'], ['Funktelefon', 'other'], ['Telefon Assistent', 'other'],
      ['Pager', 'other'], ['Telefon für Hörbehinderte', 'other'], ['ISDN', 'other'], ['Fax geschäftlich', 'fax'],
      ['Fax privat', 'fax'], ['Weiteres Fax', 'fax'],
    ],
  },
];

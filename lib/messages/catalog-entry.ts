/** One entry of the message catalogs (lib/messages/message-catalog.ts and its parts): a code's EN and FR texts. */
import type { MessageParams } from '../contact/contact';

type Text = (p: MessageParams) => string;

/**
 * `form`: the text the add/edit form shows where the CSV text speaks of columns or spreadsheets (issue 9, defect 2):
 * a form has fields, and its user typed the value.
 */
export type CatalogEntry = { en: Text; fr: Text; form?: { en: Text; fr: Text } };

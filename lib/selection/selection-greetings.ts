/**
 * The words around a signature that are not the person (issue 5): closings ("Best regards,", "Cordialement,",
 * "Mit freundlichen Grüßen"), openers ("Hi Jane,", "Bonjour,"), mail headers and "Sent from my phone" lines, in
 * English, French and German.
 */
import { foldCaseAndAccents } from '../contact/fold-case-and-accents';

/** Folded the way the lists below are written: no case, no accents, `ß` as `ss`. */
function fold(text: string): string {
  return foldCaseAndAccents(text).replace(/ß/g, 'ss');
}

// Longest first: the alternation takes the first that matches, "best regards" must win over "best".
const CLOSINGS = [
  'best regards', 'kind regards', 'kindest regards', 'warm regards', 'warmest regards', 'regards', 'best wishes',
  'all the best', 'many thanks', 'thanks and regards', 'thank you', 'thanks', 'cheers', 'yours sincerely',
  'sincerely yours', 'sincerely', 'yours faithfully', 'yours truly', 'bien cordialement', 'tres cordialement',
  'cordialement', 'bien a vous', 'sinceres salutations', 'meilleures salutations', 'salutations distinguees',
  'salutations', 'bonne journee', 'bonne soiree', 'amicalement', 'a bientot', 'merci beaucoup', 'merci',
  'mit freundlichen grussen', 'mit freundlichem gruss', 'freundliche grusse', 'viele grusse', 'beste grusse',
  'liebe grusse', 'herzliche grusse', 'schone grusse', 'vielen dank', 'besten dank', 'danke', 'grusse', 'gruss',
  'mfg', 'best',
].sort((a, b) => b.length - a.length);
const CLOSING = new RegExp(`^(?:${CLOSINGS.join('|')})(?=$|[\\s,.!;:])`);

/** Openers always start a line addressed to someone else. */
const OPENER = /^(?:hi|hello|hey|dear|bonjour|bonsoir|salut|hallo|guten (?:tag|morgen|abend)|sehr geehrte[rs]?|hola)\b/;
/** These are also names ("Cher") or titles ("Madame Dupont"): an opener only when the line ends like one. */
const SOFT_OPENER = /^(?:cher|chere|chers|cheres|liebe|lieber|madame|monsieur|mesdames|messieurs|moin|servus)\b.*[,!:]$/;
/** Mail headers other than the sender's ("To:", "À :", "Betreff:"), and what phones add under a message. */
const NOISE =
  /^(?:(?:to|a|an|cc|cci|bcc|kopie|subject|objet|betreff|date|datum|sent|envoye|gesendet)\s*:|sent from|envoye (?:de|depuis)|von meinem|get outlook)/;

/**
 * `text` without a leading closing: "Best regards, Jane Doe" → "Jane Doe", "Cordialement," → "".
 * Works on words, so the result is a piece of `text` as written.
 */
export function stripClosing(text: string): string {
  const closing = CLOSING.exec(fold(text))?.[0];
  if (closing === undefined) return text;
  const words = text.split(/\s+/);
  const rest = words.slice(closing.split(' ').length).join(' ');
  return rest.replace(/^[\s,.!;:–—-]+/u, '');
}

/** Whether the line opens a message to someone else, is a mail header, or a "Sent from my phone" line. */
export function isNotAboutThePerson(text: string): boolean {
  const folded = fold(text);
  return OPENER.test(folded) || SOFT_OPENER.test(folded) || NOISE.test(folded);
}

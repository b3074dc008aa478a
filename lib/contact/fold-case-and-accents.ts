/**
 * The one way the product compares text regardless of case and accents: CSV headers (`Téléphone` = `telephone`),
 * duplicate names (`Élise` = `elise`) and search keys (`nunez` finds `Núñez`) all go through it.
 */

const COMBINING_MARKS = /\p{M}+/gu;

/**
 * Lower-cases `text` and strips its accents. NFKD also unfolds compatibility forms (the `ﬁ` ligature, full-width
 * letters) that spreadsheets and pasted text carry.
 */
export function foldCaseAndAccents(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * What a signature writes around its contact points (issue 5): labels ("Tel:", "Tél. :", "Mob.", "Handy:",
 * "E-Mail:", "Courriel :", "mailto:", "From:") and brackets ("<jane@x.y>"), taken off so that the text left is a name
 * or a position, or nothing.
 */

/** Labels of a phone, an email or a website, written many ways; single letters ("T:", "M.") need their punctuation. */
const POINT_LABEL = String.raw`(?:e-?mail|mail|courriel|mailto|t[ée]l(?:[ée]phone)?|telefon|phone|ph|mobile?|mob|handy|portable|port|cell|fax|telefax|t[ée]l[ée]copie|web|site|internet|direct|dir|office|bureau|b[üu]ro|standard|zentrale)`;
const LETTER_LABEL = '[tmfpwe]';
/** The sender of a mail ("From: Jane Doe <jane@x.y>"): the name follows. */
const SENDER_LABEL = String.raw`(?:from|de|von|exp[ée]diteur|sender|absender)`;
const ANY_LABEL = `(?:${POINT_LABEL}|${LETTER_LABEL}|${SENDER_LABEL})`;

const LEADING = new RegExp(String.raw`^${ANY_LABEL}(?:\s*/\s*${ANY_LABEL})*\s*\.?\s*:\s*`, 'iu');
/** A letter alone is an initial as often as a label ("Anne M."): only "M:" here. */
const TRAILING = new RegExp(String.raw`(?:^|\s)(?:${POINT_LABEL}(?:\s*/\s*${POINT_LABEL})*(?:\s*[.:])+|${LETTER_LABEL}\s*:)$`, 'iu');
/** Without its punctuation ("… Head of Sales Mobile +44 …"), or "T.", only trusted where a contact point follows. */
const TRAILING_BARE = new RegExp(String.raw`(?:^|\s)(?:${POINT_LABEL}(?:\s*/\s*${POINT_LABEL})*|${LETTER_LABEL})(?:\s*[.:])*$`, 'iu');
/** "(she/her)", "(Sales)", "[External]" at the end of a name line. */
const TRAILING_ASIDE = /\s*[([][^()[\]]*[)\]]\s*$/u;
const EDGE_PUNCTUATION = /^[\s,;:|<>()[\]"“”«»‘’'*_–—-]+|[\s,;:|<>()[\]"“”«»‘’'*_–—-]+$/gu;

/**
 * `text` without its labels, brackets, quotes and edge punctuation: "From: \"Jane Doe\" <  >" → "Jane Doe",
 * "E-Mail:" → "". `pointFollows` (a flattened selection, where a contact point was cut off right after the text)
 * also drops a label written without punctuation ("Jane Doe Mobile").
 */
export function stripLabels(text: string, pointFollows: boolean): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    // Labels and asides first: the edge punctuation would take a label's colon or an aside's closing bracket.
    rest = rest.replace(TRAILING_ASIDE, '').replace(LEADING, '').replace(TRAILING, '');
    if (pointFollows) rest = rest.replace(TRAILING_BARE, '');
    rest = rest.replace(EDGE_PUNCTUATION, '');
  }
  return rest;
}

/**
 * The shape of a real email address (issue 2), on its own so the popup can check a link target with the same rule
 * the import applied, without pulling in the rest of the import rules.
 */

/** A dot-atom local part (≤ 64) @ a domain of LDH labels with a letter TLD: the shape of real addresses. */
const EMAIL =
  /^(?=[^@]{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** Whether `email` (already trimmed) has the shape of a real address. Length limits are the caller's. */
export function isEmailShape(email: string): boolean {
  return EMAIL.test(email);
}

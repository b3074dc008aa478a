/**
 * Where Alt+Shift+K / Alt+Shift+J lead among a page's numbers (issue 13, keyboard use of click-to-call): the next or
 * previous one, going round at either end, so a keyboard user reaches every number without a mouse.
 *
 * @param current the index of the number shown now, or -1 when none is
 * @param count how many numbers the page has
 * @param direction 1 for the next number, -1 for the previous one
 * @returns the index to show, or -1 when the page has no number
 */
export function stepIndex(current: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/**
 * When the add/edit form shows a field's problem (issue 9, defect 2): only after the user typed in that field (and
 * left it, or paused typing) or tried to save. A field the focus merely passed through stays quiet: tabbing through
 * an empty form must not greet the user with "The contact name is empty".
 */

/** `untouched`: never typed in (empty, or filled by the page); `typing`: typed in, not yet settled; `settled`: typed, then left or paused. */
export type FieldVisibility = 'untouched' | 'typing' | 'settled';

/** What happened to the field: a keystroke, the focus leaving it, or a pause in typing. */
export type FieldEvent = 'input' | 'blur' | 'pause';

/** The field's state after `event`. Leaving or pausing settles a field only if it was typed in. */
export function fieldVisibilityAfter(state: FieldVisibility, event: FieldEvent): FieldVisibility {
  if (event === 'input') return state === 'settled' ? 'settled' : 'typing';
  return state === 'typing' ? 'settled' : state;
}

/** Whether the field's problem is shown: once it settled after typing, or after a save attempt. */
export function showsFieldProblem(state: FieldVisibility, saveTried: boolean): boolean {
  return saveTried || state === 'settled';
}

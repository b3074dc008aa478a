import { describe, expect, it } from 'vitest';
import { fieldVisibilityAfter, showsFieldProblem, type FieldEvent } from '../../../components/options/field-visibility';

/** Whether the field's problem shows after `events`, the save not tried unless said. */
function showsAfter(events: FieldEvent[], saveTried = false): boolean {
  return showsFieldProblem(events.reduce(fieldVisibilityAfter, 'untouched' as const), saveTried);
}

describe('showsFieldProblem', () => {
  it('stays quiet on a field the focus only passed through (issue 9, defect 2)', () => {
    expect(showsAfter(['blur'])).toEqual(false);
  });

  it('stays quiet while the user types, before a pause or leaving the field', () => {
    expect(showsAfter(['input', 'input'])).toEqual(false);
  });

  it('shows the problem once the user typed and left the field, or paused', () => {
    expect([showsAfter(['input', 'blur']), showsAfter(['input', 'pause'])]).toEqual([true, true]);
  });

  it('keeps showing it while the user corrects the value', () => {
    expect(showsAfter(['input', 'blur', 'input'])).toEqual(true);
  });

  it('shows every field after a save attempt, typed in or not', () => {
    expect([showsAfter([], true), showsAfter(['blur'], true)]).toEqual([true, true]);
  });
});

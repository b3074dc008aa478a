/**
 * Issue 9, defect 6: one control-character rule for every way a contact comes in (CSV, JSON list, API POST/PUT,
 * add form, "Add selection as contact" through that form), with the same code and message.
 */
import { describe, expect, it } from 'vitest';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import { addFormHash, rawContactOf, readAddFormHash } from '../../../lib/contact/contact-form-values';
import { formatMessage } from '../../../lib/messages/messages';
import { checkContactList } from '../../../lib/rules/check-contact-list';
import { checkEachContactField } from '../../../lib/rules/check-contact-fields';
import { escapeControlCharacters, firstControlCharacter } from '../../../lib/rules/control-characters';
import { validateContact } from '../../../lib/rules/validate-contact';
import { parseSelection } from '../../../lib/selection/parse-selection';
import { csvFile } from '../../fixtures/contacts';

const REFUSED = ['\u0000', '\u0007', '\b', '\u001b', '\u0001', '\u001f', '\u007f', '\u0085', '\u009b', '\ud800', '\udfff', '\u202e', '\u202d'];
const ACCEPTED = ['\t', 'é', 'Ω', '😀', '\u200e', '\u200f', '\u202b', '\u202c', '\u2067', '\u2069', '\u200d', '\u00a0', 'a\u0301'];

describe('firstControlCharacter', () => {
  it('finds C0 controls but tab and line breaks, DEL, C1 controls, lone surrogates and the bidi overrides', () => {
    const actual = REFUSED.map((c) => firstControlCharacter(`ab${c}cd`));
    const expected = REFUSED.map((c) => ({ index: 2, character: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` }));
    expect(actual).toEqual(expected);
  });

  it('accepts tab, line breaks, letters, emoji, joiners, bidi marks, embeddings and isolates', () => {
    const actual = [...ACCEPTED, '\n', '\r', '\v', '\f'].map((c) => firstControlCharacter(`ab${c}cd`));
    expect(actual).toEqual(Array(ACCEPTED.length + 4).fill(null));
  });
});

describe('escapeControlCharacters', () => {
  it('writes each refused character as a \\u escape and leaves the rest', () => {
    expect(escapeControlCharacters('\u001b]0;owned\u0007 Zoë 😀\t\ud800')).toEqual('\\u001b]0;owned\\u0007 Zoë 😀\t\\ud800');
  });
});

describe('the control-character rule, through every way in', () => {
  const name = 'Bob\u001b[2J Smith';
  const expected = { field: 'contact-name', code: 'control-character', params: { value: 'Bob\\u001b[2J Smith', found: 'U+001B' } };
  const pick = (p: { field?: string; code: string; params?: object } | undefined) => ({ field: p?.field, code: p?.code, params: { value: (p?.params as any)?.value, found: (p?.params as any)?.found } });

  it('rejects the CSV line', () => {
    const report = checkContactsCsv(csvFile([`${name},,bob@example.com,,,`]));
    expect({ accepted: report.contacts.length, problem: pick(report.rejected[0]) }).toEqual({ accepted: 0, problem: expected });
  });

  it('rejects the JSON list item', () => {
    const report = checkContactList([{ name, email: 'bob@example.com' }]);
    expect({ accepted: report.contacts.length, problem: pick(report.rejected[0]) }).toEqual({ accepted: 0, problem: expected });
  });

  it('rejects the single contact of the API', () => {
    const result = validateContact({ name, email: 'bob@example.com' });
    expect(result.ok ? 'accepted' : pick(result.problems[0])).toEqual(expected);
  });

  it('shows the problem next to the form field', () => {
    const values = { name, position: 'Boss\u0000', email: 'bob@example.com', workPhone: '+33 6 12\u0008 34 56 78', otherPhone1: '', otherPhone2: '' };
    const { problems } = checkEachContactField(rawContactOf(values));
    const actual = Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, p.code]));
    expect(actual).toEqual({ 'contact-name': 'control-character', position: 'control-character', 'work-phone': 'control-character' });
  });

  it('lets no control character of a selection reach a saved contact: the form it fills applies the rule', () => {
    const selected = ['Ann Lee\nHead\u0007 of Sales\nann@example.com', 'Ann Lee\nHead of Sales\nann\u0000x@example.com', 'Ann Lee | Sales | +49 30 1234\u001b567'];
    const actual = selected.map((text) => {
      const values = readAddFormHash(addFormHash(parseSelection(text)))!;
      const { problems } = checkEachContactField(rawContactOf(values));
      const held = Object.values(values).some((value) => firstControlCharacter(value) !== null);
      return held ? Object.values(problems).some((p) => p.code === 'control-character') : 'none kept';
    });
    expect(actual.every((a) => a === true || a === 'none kept')).toEqual(true);
  });

  it('checks every field, email and phones included, before its other rules', () => {
    const lines = ['Ann,Boss\u0007,ann@example.com,,,', 'Ann,,ann\u0001@example.com,,,', 'Ann,,ann@example.com,+33 6 12 34 56 7\u001b8,,', 'Ann,,ann@example.com,,,+33 6 12\u007f 34 56 78'];
    // One line a file: a few control characters in a short file make it binary data to the file check.
    const actual = lines.map((line) => checkContactsCsv(csvFile([line, ...Array(20).fill('Filler Person,Some position,filler@example.com,,,')])).rejected[0]);
    expect(actual.map((p) => [p?.line, p?.field, p?.code])).toEqual([
      [2, 'position', 'control-character'],
      [2, 'email', 'control-character'],
      [2, 'work-phone', 'control-character'],
      [2, 'optional-phone-2', 'control-character'],
    ]);
  });

  it('says what is wrong, shows the value escaped and says what to do, in English and French', () => {
    const problem = validateContact({ name: `${'x'.repeat(30)}\u0000tail`, email: 'a@example.com' });
    const params = problem.ok ? {} : problem.problems[0]?.params;
    expect([formatMessage('control-character', params, 'en'), formatMessage('control-character', params, 'fr')]).toEqual([
      '"…xxxxxxxxxxxxxxxxxxxx\\u0000tail" holds a character that is not printable text (U+0000). Type the text again without it: copying from a terminal, a PDF or another program can bring such characters along.',
      "« …xxxxxxxxxxxxxxxxxxxx\\u0000tail » contient un caractère qui n'est pas du texte imprimable (U+0000). Retapez le texte sans lui : un copier-coller depuis un terminal, un PDF ou un autre programme peut apporter de tels caractères.",
    ]);
  });
});

/**
 * The add/edit form (issue 5): six fields checked as you type with the core rules (each message next to its field,
 * in the reader's language), a likely duplicate shown before saving with a link to the existing contact, and the
 * outcome of the save (a conflict keeps what was typed: nothing is lost).
 */
import { i18n } from '#i18n';
import { getCountries } from 'libphonenumber-js/max';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { checkContactFields, checkEachContactField } from '../../lib/rules/check-contact-fields';
import type { ContactFields } from '../../lib/contact/contact';
import type { CsvField } from '../../lib/csv/csv-columns';
import { rawContactOf, type ContactFormValues } from '../../lib/contact/contact-form-values';
import type { DuplicateMatch } from '../../lib/contact/find-duplicate';
import { formatFieldMessage, type Locale } from '../../lib/messages/messages';
import { nationalNumberFields, readNationalNumbers, type PhoneField } from '../../lib/selection/read-national-numbers';
import { suggestCountry } from '../../lib/selection/suggest-country';
import { fieldVisibilityAfter, showsFieldProblem, type FieldEvent, type FieldVisibility } from './field-visibility';
import { NationalNumbersNotice } from './national-numbers-notice';

export interface ContactFormProps {
  mode: 'add' | 'edit';
  values: ContactFormValues;
  onChange: (values: ContactFormValues) => void;
  defaultCountry?: string;
  locale: Locale;
  /** The contact of the directory these fields duplicate (the edited contact itself excluded), if any. */
  findDuplicate: (fields: ContactFields) => DuplicateMatch | null;
  /** Resolves with the text to announce; `ok: false` leaves the fields as they are (the save did not go through). */
  onSave: (fields: ContactFields) => Promise<{ message: string; ok: boolean }>;
  onCancel: () => void;
  onOpenContact: (id: string) => void;
  /** An explanation to show above the fields (e.g. a conflict to resolve). */
  notice?: string;
}

const TYPING_PAUSE_MS = 800;
const COUNTRIES = getCountries();

type FieldLabel = 'fieldName' | 'fieldPosition' | 'fieldEmail' | 'fieldWorkPhone' | 'fieldOtherPhone1' | 'fieldOtherPhone2';

const FIELDS: { key: keyof ContactFormValues; field: CsvField; label: FieldLabel; type: string }[] = [
  { key: 'name', field: 'contact-name', label: 'fieldName', type: 'text' },
  { key: 'position', field: 'position', label: 'fieldPosition', type: 'text' },
  { key: 'email', field: 'email', label: 'fieldEmail', type: 'email' },
  { key: 'workPhone', field: 'work-phone', label: 'fieldWorkPhone', type: 'tel' },
  { key: 'otherPhone1', field: 'optional-phone-1', label: 'fieldOtherPhone1', type: 'tel' },
  { key: 'otherPhone2', field: 'optional-phone-2', label: 'fieldOtherPhone2', type: 'tel' },
];

export function ContactForm(props: ContactFormProps) {
  const { values, locale } = props;
  const [visibility, setVisibility] = useState<ReadonlyMap<CsvField, FieldVisibility>>(new Map());
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ message: string; ok: boolean } | null>(null);
  /** The national numbers the country chosen in the notice could not read, as written. */
  const [unread, setUnread] = useState<string[]>([]);
  const first = useRef<HTMLInputElement>(null);
  const pause = useRef<ReturnType<typeof setTimeout>>();

  // A layout effect: the focus moves in the same commit as the form's new mode, so keys typed right after a click
  // on Edit land where the user (or a test) put them, not in the name field a frame later.
  useLayoutEffect(() => first.current?.focus(), [props.mode]);
  useEffect(() => () => clearTimeout(pause.current), []);

  /** A field's problem shows once the user typed in it and left it or paused: not at every keystroke, not on a mere pass. */
  const record = (field: CsvField, event: FieldEvent) =>
    setVisibility((old) => {
      const before = old.get(field) ?? 'untouched';
      const after = fieldVisibilityAfter(before, event);
      return after === before ? old : new Map(old).set(field, after);
    });

  const raw = rawContactOf(values);
  const each = useMemo(() => checkEachContactField(raw, props.defaultCountry), [values, props.defaultCountry]);
  const valid = Object.keys(each.problems).length === 0;
  const fields = useMemo(() => {
    if (!valid) return null;
    const result = checkContactFields(raw, null, props.defaultCountry);
    return result.ok ? result.contact : null;
  }, [values, valid, props.defaultCountry]);
  const duplicate = fields ? props.findDuplicate(fields) : null;
  const blocked = duplicate?.kind === 'same';

  // National numbers a selection filled in (or typed, once settled) that no country reads yet (issue 9, defect 10).
  const csvFieldOf = (key: PhoneField) => FIELDS.find((f) => f.key === key)?.field ?? 'work-phone';
  const national = nationalNumberFields(values, props.defaultCountry).filter((key) => visibility.get(csvFieldOf(key)) !== 'typing');
  const readNational = (country: string) => {
    const read = readNationalNumbers(values, national, country);
    setUnread(read.unread.map((key) => values[key]));
    // The user acted on these fields: a number still unread shows its problem now.
    setVisibility((old) => new Map([...old, ...national.map((key) => [csvFieldOf(key), 'settled'] as const)]));
    props.onChange(read.values);
  };

  const set = (key: keyof ContactFormValues, field: CsvField, value: string) => {
    setStatus(null);
    setUnread([]);
    props.onChange({ ...values, [key]: value });
    record(field, 'input');
    clearTimeout(pause.current);
    pause.current = setTimeout(() => record(field, 'pause'), TYPING_PAUSE_MS);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    clearTimeout(pause.current);
    setSubmitted(true);
    if (!fields) {
      const firstBad = FIELDS.find(({ field }) => each.problems[field]);
      if (firstBad) document.getElementById(`f-${firstBad.field}`)?.focus();
      return;
    }
    if (blocked) return;
    setBusy(true);
    const failed = (error: unknown) => ({ message: i18n.t('saveFailed', [error instanceof Error ? error.message : String(error)]), ok: false });
    void props.onSave(fields).catch(failed).then((answer) => {
      setBusy(false);
      setStatus(answer);
      if (answer.ok) {
        setSubmitted(false);
        setVisibility(new Map());
        // Ready for the next contact; the status line announces the saved one.
        first.current?.focus();
      }
    });
  };

  const titleId = `${props.mode}-title`;
  return (
    <form class="contact-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <h3 id={titleId}>{props.mode === 'add' ? i18n.t('addTitle') : i18n.t('editTitle')}</h3>
      {props.notice ? (
        <p class="notice" role="alert">
          {props.notice}
        </p>
      ) : null}
      {national.length > 0 ? (
        <NationalNumbersNotice
          numbers={national.map((key) => values[key].trim())}
          suggested={suggestCountry({ server: props.defaultCountry, language: navigator.language })}
          countries={COUNTRIES}
          locale={locale}
          unread={unread}
          onRead={readNational}
        />
      ) : null}
      {FIELDS.map(({ key, field, label, type }, i) => {
        const problem = each.problems[field];
        const warning = each.warnings[field];
        const show = showsFieldProblem(visibility.get(field) ?? 'untouched', submitted);
        const messageId = `f-${field}-message`;
        const text = show && problem ? formatFieldMessage(problem.code, problem.params, locale) : warning ? formatFieldMessage(warning.code, warning.params, locale) : '';
        return (
          <div class="field" key={field}>
            <label for={`f-${field}`}>
              {i18n.t(label)}
              {field === 'contact-name' ? <span aria-hidden="true"> *</span> : null}
            </label>
            <input
              id={`f-${field}`}
              ref={i === 0 ? first : undefined}
              type={type}
              autocomplete="off"
              required={field === 'contact-name'}
              aria-invalid={show && problem ? 'true' : undefined}
              aria-describedby={text ? messageId : undefined}
              value={values[key]}
              onInput={(e) => set(key, field, e.currentTarget.value)}
              onBlur={() => record(field, 'blur')}
            />
            {text ? (
              <p id={messageId} class={show && problem ? 'field-message error' : 'field-message warning'}>
                {text}
              </p>
            ) : null}
          </div>
        );
      })}
      <p class="hint">{i18n.t('formHint')}</p>
      {duplicate ? (
        <p class={blocked ? 'duplicate error' : 'duplicate'} role="status" id="duplicate-hint">
          {duplicate.kind === 'same'
            ? i18n.t(duplicate.reason === 'email' ? 'duplicateSameEmail' : 'duplicateSameNamePhone', [duplicate.of.name])
            : i18n.t('duplicateSharedPhone', [duplicate.of.name])}{' '}
          <button type="button" class="link" onClick={() => props.onOpenContact(duplicate.of.id)}>
            {i18n.t('openExisting', [duplicate.of.name])}
          </button>
        </p>
      ) : null}
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy || blocked}>
          {busy ? i18n.t('saving') : props.mode === 'add' ? i18n.t('addButton') : i18n.t('saveChanges')}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel} disabled={busy}>
          {i18n.t('cancel')}
        </button>
      </div>
      <p role="status" id="form-status" class={status && !status.ok ? 'error' : ''}>
        {status?.message ?? ''}
      </p>
    </form>
  );
}

/** The options page's call method (issue 4): tel: (default), callto:, or a web-phone URL template. */
import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { checkCallTemplate, type CallMethod } from '../../lib/call/call-link';

export interface CallMethodSettingsProps {
  callMethod: CallMethod;
  callTemplate: string;
  onSave: (callMethod: CallMethod, callTemplate: string) => Promise<void>;
}

const METHODS: [CallMethod, 'callMethodTel' | 'callMethodCallto' | 'callMethodTemplate'][] = [
  ['tel', 'callMethodTel'],
  ['callto', 'callMethodCallto'],
  ['template', 'callMethodTemplate'],
];

export function CallMethodSettings(props: CallMethodSettingsProps) {
  const [method, setMethod] = useState(props.callMethod);
  const [template, setTemplate] = useState(props.callTemplate);
  const [status, setStatus] = useState('');
  const check = method === 'template' ? checkCallTemplate(template) : { ok: true as const };

  const submit = (event: Event) => {
    event.preventDefault();
    if (!check.ok) {
      const example = 'https://phone.example.com/call?to={e164}';
      if (check.code === 'template-placeholder') return setStatus(i18n.t('templatePlaceholder', [template, '{e164}', '{digits}', example]));
      if (check.code === 'template-url') return setStatus(i18n.t('templateUrl', [template, example]));
      return setStatus(i18n.t('templateScheme', [template]));
    }
    void props.onSave(method, template).then(() => setStatus(i18n.t('callMethodSaved')));
  };

  return (
    <section aria-labelledby="call-title" class="card">
      <h3 id="call-title">{i18n.t('callMethodTitle')}</h3>
      <form onSubmit={submit}>
        <fieldset>
          <legend class="visually-hidden">{i18n.t('callMethodTitle')}</legend>
          {METHODS.map(([value, label]) => (
            <label key={value} class="choice">
              <input type="radio" name="call-method" value={value} checked={method === value} onChange={() => setMethod(value)} />
              {i18n.t(label)}
            </label>
          ))}
        </fieldset>
        <label for="call-template">{i18n.t('callTemplateLabel')}</label>
        <input
          id="call-template"
          type="text"
          placeholder="https://phone.example.com/call?to={e164}"
          aria-describedby="call-template-help"
          disabled={method !== 'template'}
          value={template}
          onInput={(e) => setTemplate(e.currentTarget.value)}
        />
        <p id="call-template-help">{i18n.t('callTemplateHelp', ['{e164}', '{digits}'])}</p>
        <button type="submit">{i18n.t('save')}</button>
      </form>
      <p role="status" id="call-status">{status}</p>
    </section>
  );
}

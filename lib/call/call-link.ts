/**
 * Links for the popup's one-click call and email (issue 4): `tel:` (RFC 3966, the default), `callto:`, or a
 * web-phone URL template with `{e164}` / `{digits}`; `mailto:` for email. Built only from validated, normalised
 * values: anything else gives `null` (no link), never a half-built URL.
 */

import { isEmailShape } from '../rules/email-shape';

export type CallMethod = 'tel' | 'callto' | 'template';

/** Schemes a template may use besides `https:` / `http:`: desktop calling apps. */
const CALLING_SCHEMES = ['tel:', 'callto:', 'sip:', 'sips:', 'skype:', 'facetime:', 'facetime-audio:', 'msteams:', 'zoomphonecall:', 'webexteams:'];

const E164 = /^\+[1-9]\d{1,14}$/;
const SAMPLE = '+15551234567';

export type TemplateCheck = { ok: true } | { ok: false; code: 'template-placeholder' | 'template-url' | 'template-scheme'; message: string };

/** Checks a web-phone URL template: it must hold `{e164}` or `{digits}` and give an http(s) or calling-app URL. */
export function checkCallTemplate(template: string): TemplateCheck {
  if (!template.includes('{e164}') && !template.includes('{digits}')) {
    return { ok: false, code: 'template-placeholder', message: `"${template}" has no {e164} or {digits} placeholder. Add one where the number goes, e.g. https://phone.example.com/call?to={e164}.` };
  }
  let url: URL;
  try {
    url = new URL(fillTemplate(template, SAMPLE));
  } catch {
    return { ok: false, code: 'template-url', message: `"${template}" is not a URL. Write a full address such as https://phone.example.com/call?to={e164}.` };
  }
  if (url.protocol === 'https:' || url.protocol === 'http:' || CALLING_SCHEMES.includes(url.protocol)) return { ok: true };
  return { ok: false, code: 'template-scheme', message: `"${url.protocol}" links are not allowed. Use https:, http: or a calling app scheme (${CALLING_SCHEMES.join(' ')}).` };
}

/**
 * The link that calls `e164` with the chosen method, or `null` when the number is not E.164 or the template is
 * not allowed.
 */
export function buildCallLink(e164: string, method: CallMethod, template = ''): string | null {
  if (!E164.test(e164)) return null;
  if (method === 'tel') return `tel:${e164}`;
  if (method === 'callto') return `callto:${e164}`;
  return checkCallTemplate(template).ok ? fillTemplate(template, e164) : null;
}

/** `mailto:` link for a valid address, or `null`. */
export function buildEmailLink(email: string): string | null {
  if (!isEmailShape(email)) return null;
  const at = email.lastIndexOf('@');
  return `mailto:${encodeURIComponent(email.slice(0, at))}@${encodeURIComponent(email.slice(at + 1))}`;
}

function fillTemplate(template: string, e164: string): string {
  return template
    .replaceAll('{e164}', encodeURIComponent(e164))
    .replaceAll('{digits}', encodeURIComponent(e164.slice(1)));
}

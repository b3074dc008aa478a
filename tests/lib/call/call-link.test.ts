import { describe, expect, it } from 'vitest';
import { buildCallLink, buildEmailLink, checkCallTemplate } from '../../../lib/call/call-link';

describe('buildCallLink', () => {
  it('builds tel: (RFC 3966 global number) by default and callto: on request', () => {
    const expected = ['tel:+4917212345678', 'callto:+4917212345678'];
    expect([buildCallLink('+4917212345678', 'tel'), buildCallLink('+4917212345678', 'callto')]).toEqual(expected);
  });

  it('fills a template with the URL-encoded E.164 number and digits', () => {
    const expected = 'https://pbx.example.com/call?to=%2B15551234567&d=15551234567';
    expect(buildCallLink('+15551234567', 'template', 'https://pbx.example.com/call?to={e164}&d={digits}')).toEqual(expected);
  });

  it('gives no link for a value that is not E.164', () => {
    const expected = [null, null, null];
    expect(['0612345678', '+33 6 12', '+1555;x=javascript'].map((n) => buildCallLink(n, 'tel'))).toEqual(expected);
  });

  it('gives no link for a template with a forbidden scheme', () => {
    expect(buildCallLink('+15551234567', 'template', 'javascript:call({e164})')).toEqual(null);
  });
});

describe('checkCallTemplate', () => {
  it('accepts https:, http: and calling-app schemes, and explains what is wrong otherwise', () => {
    const expected = [true, true, true, 'template-placeholder', 'template-scheme', 'template-url'];
    const actual = ['https://a.example/{e164}', 'http://10.0.0.1/dial/{digits}', 'sip:{digits}@pbx.example', 'https://a.example/', 'data:text/html,{e164}', '{e164}'].map(
      (template) => {
        const check = checkCallTemplate(template);
        return check.ok ? true : check.code;
      },
    );
    expect(actual).toEqual(expected);
  });
});

describe('buildEmailLink', () => {
  it('builds mailto: for a valid address and nothing for a bad one', () => {
    const expected = ['mailto:maria.beck@email.com', null, null];
    expect([buildEmailLink('maria.beck@email.com'), buildEmailLink('a@b'), buildEmailLink('x@y.z?bcc=evil@e.com')]).toEqual(expected);
  });
});

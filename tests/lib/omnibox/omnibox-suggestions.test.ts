import { describe, expect, it } from 'vitest';
import { buildOmniboxSuggestions, escapeOmniboxXml, readOmniboxInput, type OmniboxContact, type OmniboxTexts } from '../../../lib/omnibox/omnibox-suggestions';

const texts: OmniboxTexts = {
  call: (name, position, number) => (position ? `Call ${name}, ${position} — ${number}` : `Call ${name} — ${number}`),
  email: (name, address) => `Email ${name} — ${address}`,
  noMatch: (text) => `No contact matches “${text}”`,
};

const contact = (name: string, overrides: Partial<OmniboxContact> = {}): OmniboxContact => ({
  name,
  position: 'Sales',
  email: `${name.toLowerCase().replace(/\W+/g, '.')}@acme.test`,
  phones: [{ type: 'work', number: '+33123456789', display: '+33 1 23 45 67 89' }],
  ...overrides,
});

describe('buildOmniboxSuggestions', () => {
  it('calls the first match by default, offers its email, then lists the next matches, five in all', () => {
    const matches = ['Ana', 'Anabel', 'Anatole', 'Anouk', 'Anya', 'Annie'].map((name) => contact(name));
    const actual = buildOmniboxSuggestions('ana', matches, texts, false);
    expect(actual).toEqual({
      heading: 'Call Ana, Sales — +33 1 23 45 67 89',
      suggestions: [
        { content: 'ana@acme.test', description: 'Email Ana — ana@acme.test' },
        { content: '+33 1 23 45 67 89', description: 'Call Anabel, Sales — +33 1 23 45 67 89' },
        { content: '+33 1 23 45 67 89', description: 'Call Anatole, Sales — +33 1 23 45 67 89' },
        { content: '+33 1 23 45 67 89', description: 'Call Anouk, Sales — +33 1 23 45 67 89' },
        { content: '+33 1 23 45 67 89', description: 'Call Anya, Sales — +33 1 23 45 67 89' },
      ],
    });
  });

  it("escapes the directory's text for Chrome's XML and marks the name and the rest", () => {
    const actual = buildOmniboxSuggestions('tom', [contact('Tom <b>&</b>', { position: 'R&D "lab"', email: undefined })], texts, true);
    expect(actual).toEqual({
      heading: 'Call <match>Tom &lt;b&gt;&amp;&lt;/b&gt;</match>, <dim>R&amp;D &quot;lab&quot;</dim> — <dim>+33 1 23 45 67 89</dim>',
      suggestions: [],
    });
  });

  it('leaves Firefox its plain text, markup characters and all', () => {
    const actual = buildOmniboxSuggestions('x', [contact('A <x> & B', { phones: [] })], texts, false);
    expect(actual.heading).toEqual('Email A <x> & B — a.x.b@acme.test');
  });

  it('says no contact matches, escaped for Chrome', () => {
    expect(buildOmniboxSuggestions('<zz>', [], texts, true)).toEqual({ heading: 'No contact matches “&lt;zz&gt;”', suggestions: [] });
  });
});

describe('escapeOmniboxXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeOmniboxXml(`<a href="x">'&'</a>`)).toEqual('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('readOmniboxInput', () => {
  it('reads a chosen row: a number to call, an address to email; anything else is searched', () => {
    const actual = ['+33 1 23 45 67 89', 'ana@acme.test', ' ana ', '+33 abc', '0612345678'].map(readOmniboxInput);
    expect(actual).toEqual([
      { kind: 'phone', e164: '+33123456789' },
      { kind: 'email', address: 'ana@acme.test' },
      { kind: 'search', text: 'ana' },
      { kind: 'search', text: '+33 abc' },
      { kind: 'search', text: '0612345678' },
    ]);
  });
});

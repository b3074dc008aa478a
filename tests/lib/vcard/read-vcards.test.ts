import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable } from '../../../lib/vcard/decode-quoted-printable';
import { readVcards } from '../../../lib/vcard/read-vcards';
import { readVcardProperty, vcardComponents } from '../../../lib/vcard/vcard-property';

const values = (text: string) => readVcards(text).cards.map((card) => card.properties.map(({ name, value }) => `${name}=${value}`));

describe('readVcards', () => {
  it('reads many cards with CRLF, LF and CR line ends mixed, each with the line of its BEGIN', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\nFN:Ann\rEND:VCARD\n\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bob\r\nEND:VCARD\r\n';
    const actual = readVcards(text).cards.map(({ line, version, properties }) => ({ line, version, names: properties.map((p) => p.value) }));
    expect(actual).toEqual([
      { line: 1, version: '3.0', names: ['Ann'] },
      { line: 6, version: '4.0', names: ['Bob'] },
    ]);
  });

  it('unfolds a line continued by a space or a tab (RFC 6350 §3.2)', () => {
    expect(values('BEGIN:VCARD\r\nNOTE:one \r\n two\r\n\tthree\r\nEND:VCARD\r\n')).toEqual([['NOTE=one twothree']]);
  });

  it('joins a quoted-printable soft line break, with or without an indented next line', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:2.1\r\nFN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Fran=C3=A7ois L=\r\n=C3=A9vesque\r\nNOTE;QUOTED-PRINTABLE:a=\r\n b\r\nEND:VCARD\r\n';
    expect(values(text)).toEqual([['FN=François Lévesque', 'NOTE=ab']]);
  });

  it('reports a card whose END:VCARD is missing instead of merging it with the next one', () => {
    const cards = readVcards('BEGIN:VCARD\nFN:Ann\nBEGIN:VCARD\nFN:Bob\nEND:VCARD\n').cards.map(({ line, unterminated }) => ({ line, unterminated }));
    expect(cards).toEqual([
      { line: 1, unterminated: true },
      { line: 3, unterminated: false },
    ]);
  });

  it('ignores lines outside cards', () => {
    expect(values('garbage\nBEGIN:VCARD\nFN:Ann\nEND:VCARD\nmore garbage\n')).toEqual([['FN=Ann']]);
  });
});

describe('readVcardProperty', () => {
  it('reads bare 2.1 types, a group, and PREF', () => {
    expect(readVcardProperty('item1.TEL;WORK;VOICE;PREF:+33 1 40 00 00 01')).toEqual({ name: 'TEL', group: 'item1', types: ['work', 'voice', 'pref'], value: '+33 1 40 00 00 01' });
  });

  it('reads a quoted TYPE list and 4.0 PREF=1, and keeps a colon inside quotes out of the value', () => {
    expect(readVcardProperty('TEL;VALUE=uri;TYPE="cell,voice";PREF=1;X-NOTE="a:b":tel:+33612345678')).toEqual({
      name: 'TEL',
      group: '',
      types: ['cell', 'voice', 'pref'],
      value: 'tel:+33612345678',
    });
  });

  it('decodes a quoted-printable value in its CHARSET', () => {
    expect(readVcardProperty('N;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen')?.value).toEqual('Müller;Jürgen');
  });
});

describe('vcardComponents', () => {
  it('splits a structured value on unescaped semicolons and unescapes each part', () => {
    expect(vcardComponents('Smith\\; Jr;Anna\\, Maria;;Dr.;')).toEqual(['Smith; Jr', 'Anna, Maria', '', 'Dr.', '']);
  });
});

describe('decodeQuotedPrintable', () => {
  it('reads UTF-8 when there is no CHARSET and the bytes are UTF-8, else Windows-1252', () => {
    expect([decodeQuotedPrintable('=C3=A9t=C3=A9'), decodeQuotedPrintable('=E9t=E9'), decodeQuotedPrintable('=E9t=E9', 'nonsense-charset')]).toEqual(['été', 'été', 'été']);
  });

  it('keeps a lone = that is not followed by two hex digits', () => {
    expect(decodeQuotedPrintable('a=zb=4')).toEqual('a=zb=4');
  });
});

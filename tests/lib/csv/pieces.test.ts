/**
 * The import reads a file piece by piece (memory, issue 2 bench): whatever the pieces, the result is the one of the
 * whole text at once.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createAcceptedLines } from '../../../lib/rules/accepted-lines';
import { checkContactsCsv } from '../../../lib/csv/check-contacts-csv';
import type { ReportContact } from '../../../lib/contact/contact';
import { decodeCsvPieces, type CsvEncoding } from '../../../lib/csv/decode-csv-bytes';
import { directoryLookupFromList, type ExistingContact } from '../../../lib/contact/directory-lookup';
import type { CsvDelimiter } from '../../../lib/csv/read-csv-header';
import { createCsvRecordParser, type CsvRecord } from '../../../lib/csv/csv-record-parser';
import { HEADER, textFile } from '../../fixtures/contacts';

/** `text` cut at `cuts` (positions, any order, repeats allowed). */
function cut(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
}

/** The reference: papaparse on the whole text, the phantom row after a final line break dropped, lines counted. */
function wholeRecords(body: string, delimiter: CsvDelimiter): CsvRecord[] {
  if (body === '') return [];
  const rows: CsvRecord[] = [];
  Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    step: (results) => rows.push({ line: 0, fields: results.data, badQuotes: results.errors.some((error) => error.type === 'Quotes') }),
  });
  const last = rows[rows.length - 1];
  if (body.endsWith('\n') && last?.fields.length === 1 && last.fields[0] === '') rows.pop();
  let line = 2;
  for (const row of rows) {
    row.line = line;
    line += 1 + row.fields.join('').split('\n').length - 1;
  }
  return rows;
}

function pieceRecords(pieces: string[], delimiter: CsvDelimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  const parser = createCsvRecordParser(delimiter, (record) => records.push(record));
  for (const piece of pieces) parser.push(piece);
  parser.end();
  return records;
}

const csvText = fc.array(fc.constantFrom('a', 'b', ' ', ',', ';', '"', '""', '\ufeff', '\n', '\n\n', 'é'), { maxLength: 40 }).map((parts) => parts.join(''));
const cuts = fc.array(fc.nat(), { maxLength: 8 });

describe('createCsvRecordParser', () => {
  it('gives the records of papaparse on the whole text, whatever the pieces (3,000 texts)', () => {
    fc.assert(
      fc.property(csvText, cuts, fc.constantFrom<CsvDelimiter>(',', ';'), (text, at, delimiter) => {
        expect(pieceRecords(cut(text, at), delimiter)).toEqual(wholeRecords(text, delimiter));
      }),
      { numRuns: 3000 },
    );
  });

  it('hands over the records of an unclosed quote spanning many pieces', () => {
    const text = `a,b\n"open,${'x\n'.repeat(50)}`;
    const actual = pieceRecords(cut(text, [...Array(40).keys()].map((i) => i * 3)), ',');
    expect(actual).toEqual(wholeRecords(text, ','));
  });
});

describe('line breaks across the decoder\'s 64 KiB pieces', () => {
  /** A file whose line 2 (rejected: its position is too long) ends at byte `at`, then two contacts; breaks are `breakText`. */
  function straddling(breakText: string, at: number) {
    const first = `Filler,${'x'.repeat(at - HEADER.length - 1 - 'Filler,'.length - ',f@example.com,,,'.length)},f@example.com,,,`;
    const text = `${HEADER}\n${first}${breakText}Ana,,ana@example.com,,,${breakText}Bo,,bo@example.com,,,${breakText}`;
    return checkContactsCsv(textFile(text));
  }

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['LF', '\n'],
  ])('reads %s cut by a piece boundary as one line break', (_, breakText) => {
    // The first piece ends 1 or 2 bytes before, at, or after the first line's break.
    const actual = [65_534, 65_535, 65_536, 65_537].map((at) => {
      const report = straddling(breakText, at);
      return { blank: report.blank, rejected: report.rejected.map((r) => r.line), lines: report.contacts.map((c) => c.line) };
    });
    expect(actual).toEqual(Array(4).fill({ blank: 0, rejected: [2], lines: [3, 4] }));
  });
});

describe('decodeCsvPieces', () => {
  it.each<[CsvEncoding, number[], string]>([
    ['utf-8', [...new TextEncoder().encode('Zoë, Łukasz, 日本, 🙂 ok')], 'Zoë, Łukasz, 日本, 🙂 ok'],
    ['utf-16le', [0xff, 0xfe, 0x5a, 0x00, 0xeb, 0x00, 0x3d, 0xd8, 0x42, 0xde, 0x0a, 0x00], 'Zë🙂\n'],
    ['utf-16be', [0xfe, 0xff, 0x00, 0x5a, 0x00, 0xeb, 0xd8, 0x3d, 0xde, 0x42, 0x00, 0x0a], 'Zë🙂\n'],
    // 0x80 is € and 0x92 ’ in Windows-1252 (WHATWG), as browsers decode it; Node 20's one-shot decoder reads them
    // as Latin-1 controls (nodejs/node#60888), its streaming decoder gets them right.
    ['windows-1252', [0x5a, 0x6f, 0xeb, 0x80, 0x2c, 0x92, 0xe9], 'Zoë€,’é'],
  ])('decodes %s in pieces of any size, characters split across pieces', (encoding, list, text) => {
    const bytes = new Uint8Array(list);
    const actual = [1, 2, 3, 5, 64].map((size) => [...decodeCsvPieces(bytes, encoding, size)].join(''));
    expect(actual).toEqual([text, text, text, text, text]);
  });
});

describe('checkContactsCsv on a file of many pieces', () => {
  it('counts lines across quoted multi-line cells and CRLF in a 3,000-record file', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `Person ${i},"Head of\r\nSales ${i % 7}",p${i}@example.com,,,`);
    const report = checkContactsCsv(textFile(`${HEADER}\r\n${rows.join('\r\n')}\r\n`), { maxContacts: 3000 });
    const expected = rows.map((_, i) => ({ line: 2 + 2 * i, name: `Person ${i}`, position: `Head of Sales ${i % 7}`, email: `p${i}@example.com`, phones: [] }));
    expect(report.contacts).toEqual(expected);
  });
});

describe('createAcceptedLines', () => {
  const contact = fc.record({
    email: fc.option(fc.constantFrom('a@x.io', 'b@x.io', 'c@x.io'), { nil: undefined }),
    numbers: fc.uniqueArray(fc.constantFrom('+33612345678', '+33612345679', '+4930123456', '+12125550100'), { maxLength: 3 }),
  });

  it('finds what a memory directory of the same lines finds, in the same order (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 30 }), (list) => {
        const accepted = createAcceptedLines();
        const existing: ExistingContact[] = [];
        list.forEach(({ email, numbers }, i) => {
          const phones = numbers.map((number) => ({ type: 'other' as const, number, display: number }));
          const line: ReportContact = email === undefined ? { line: i + 2, name: 'N', phones } : { line: i + 2, name: 'N', email, phones };
          accepted.add(line);
          existing.push(email === undefined ? { id: String(i + 2), name: 'N', phones } : { id: String(i + 2), name: 'N', email, phones });
        });
        const directory = directoryLookupFromList(existing);
        const keys = ['a@x.io', 'B@X.io', 'z@x.io'];
        const numbers = ['+33612345678', '+33612345679', '+4930123456', '+12125550100', '+447700900123'];
        const actual = { emails: keys.map((k) => accepted.findByEmail(k)), phones: numbers.map((n) => accepted.findByPhone(n)) };
        const expected = { emails: keys.map((k) => directory.findByEmail(k)), phones: numbers.map((n) => directory.findByPhone(n)) };
        expect(actual).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('still finds every line after growing past 20,000 entries', () => {
    const accepted = createAcceptedLines();
    for (let i = 0; i < 5000; i++) {
      const phones = [0, 1, 2].map((k) => ({ type: 'other' as const, number: `+3361${String(3 * i + k).padStart(7, '0')}`, display: '' }));
      accepted.add({ line: i + 2, name: `P${i}`, email: `p${i}@x.io`, phones });
    }
    const actual = [0, 1234, 4999].map((i) => [accepted.findByEmail(`p${i}@x.io`)?.id, accepted.findByPhone(`+3361${String(3 * i + 2).padStart(7, '0')}`)[0]?.id]);
    expect(actual).toEqual([['2', '2'], ['1236', '1236'], ['5001', '5001']]);
  });
});

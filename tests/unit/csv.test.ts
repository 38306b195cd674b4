import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCsvStream, parseCsv } from '../../src/lib/csv.ts';
import { decodeText, textPieces } from '../../src/lib/encoding.ts';
import { NormalizeError } from '../../src/lib/problems.ts';

describe('parseCsv', () => {
  it('reads a BOM, semicolons, CRLF and the locale directive', () => {
    const table = parseCsv('\uFEFF# locale: en\r\na;b\r\n1;2\r\n', 'f.csv');
    expect(table).toMatchObject({
      locale: 'en',
      delimiter: ';',
      header: ['a', 'b'],
      rows: [{ line: 3, cells: ['1', '2'] }],
    });
  });
  it('defaults to the vi locale and refuses an unknown one', () => {
    expect(parseCsv('a,b\n1,2\n', 'f.csv').locale).toBe('vi');
    expect(() => parseCsv('# locale: fr\na,b\n', 'f.csv')).toThrow(/locale «fr»/);
  });
  it('counts lines where rows start, past quoted cells that span lines', () => {
    const table = parseCsv('a,b\n"x\ny",1\n\nz,2\n', 'f.csv');
    expect(table.rows.map((r) => r.line)).toEqual([2, 5]);
  });
  it('refuses an empty file', () => {
    expect(() => parseCsv('', 'f.csv')).toThrow(NormalizeError);
  });
});

describe('decodeText', () => {
  it('converts UTF-16 (Excel "Unicode text") and refuses Windows-1258 bytes', () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...Array.from('Hà').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeText(utf16, 'f.csv')).toBe('Hà');
    expect(() => decodeText(new Uint8Array([0x48, 0xe0, 0x20]), 'f.csv')).toThrow(/not UTF-8/);
  });
});

describe('textPieces', () => {
  // The build decodes each file a piece at a time: pieces may cut a letter's bytes anywhere.
  it("gives decodeText's text for any piece size: BOMs, letters cut between pieces, UTF-16", () => {
    const text = 'indicator,geo\nmediation_success_rate,Bà Rịa–Vũng Tàu 😀\n';
    const utf8 = new TextEncoder().encode(text);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array(Array.from(text, (c) => c.charCodeAt(0))).buffer),
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.boolean(), (size, bom) => {
        const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) : utf8;
        expect([...textPieces(bytes, 'f.csv', size)].join('')).toBe(decodeText(bytes, 'f.csv'));
        expect([...textPieces(utf16, 'f.csv', size)].join('')).toBe(decodeText(utf16, 'f.csv'));
      }),
    );
  });

  it("refuses bytes that are not UTF-8 with the file's name, in the piece that holds them", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a,b\n1,2\n'), 0x48, 0xe0, 0x20]);
    const pieces = textPieces(bytes, 'f.csv', 4);
    expect(pieces.next().value).toBe('a,b\n');
    expect(() => [...pieces]).toThrow(NormalizeError);
    expect(() => [...textPieces(bytes, 'f.csv', 4)]).toThrow(/f\.csv: not UTF-8/);
  });
});

describe('createCsvStream', () => {
  it('reads a file cut into pieces of any size exactly as parseCsv reads it whole', () => {
    const text =
      '\uFEFF# locale: en\r\n# a "quoted comment\r\nindicator,geo,value\r\na,"Hà\r\nNội",1\r\n\r\n' +
      // Rows of blank cells are left out wherever a piece cuts the file (papaparse's 'greedy').
      'b,c,"x""y"\r\n ,\t, \r\n,,\r\n# note\r\nd;e,"f,g",h\r\n';
    const whole = parseCsv(text, 'f.csv');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 40 }), (sizes) => {
        const stream = createCsvStream('f.csv');
        const rows = [];
        let at = 0;
        for (let i = 0; at < text.length; i++) {
          const size = sizes[i % sizes.length]!;
          rows.push(...stream.push(text.slice(at, at + size)));
          at += size;
        }
        rows.push(...stream.end());
        expect({ rows, header: stream.header, locale: stream.locale, delimiter: stream.delimiter }).toEqual({
          rows: whole.rows,
          header: whole.header,
          locale: whole.locale,
          delimiter: whole.delimiter,
        });
      }),
    );
    expect(whole.rows.map((r) => r.line)).toEqual([4, 7, 11]);
  });
});

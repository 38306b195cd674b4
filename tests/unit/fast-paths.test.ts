import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvStream, csvPieces, parseCsv } from '../../src/lib/csv.ts';
import { createGeoResolver } from '../../src/lib/geography.ts';
import { memoize } from '../../src/lib/memo.ts';
import { parseNumber } from '../../src/lib/numbers.ts';
import { keyText, normalizeObservations, type NormalizeContext } from '../../src/lib/observations.ts';
import { parsePeriodLabel } from '../../src/lib/periods.ts';
import { readAliases, readIndicators, readSources } from '../../src/lib/reference.ts';
import { foldText } from '../../src/lib/text.ts';

// The build's speed-ups (a fast path for plain numbers, remembered results) must not change a result.
describe('fast paths give what the full reading gives', () => {
  const read = (text: string, locale: 'vi' | 'en') => {
    try {
      return parseNumber(text, locale);
    } catch (error) {
      return `error: ${(error as Error).message.replace(/«[^»]*»/g, '')}`;
    }
  };

  it('plain numbers: the same value, bound and suffix as with a leading space (the full reading)', () => {
    const digitText = fc.stringMatching(/^[0-9.,]{1,14}%?$/);
    fc.assert(
      fc.property(digitText, fc.constantFrom('vi' as const, 'en' as const), (text, locale) => {
        expect(read(text, locale)).toEqual(read(` ${text}`, locale));
      }),
      { numRuns: 5000 },
    );
    expect(parseNumber('1.234.567', 'vi')).toEqual({ value: 1234567, bound: 'exact', suffix: '' });
    expect(parseNumber('97,92%', 'vi')).toEqual({ value: 97.92, bound: 'exact', suffix: '%' });
    expect(() => parseNumber('97.92', 'vi')).toThrow('separates thousands');
    expect(() => parseNumber('9'.repeat(400), 'vi')).toThrow('out of range');
  });

  it('remembered folds and periods equal fresh ones, and a caller cannot spoil the cache', () => {
    expect(foldText('Thừa Thiên–Huế')).toBe(foldText('Thừa Thiên–Huế'.normalize('NFD')));
    const first = parsePeriodLabel('tháng 5/2020', 'calendar');
    first.start = '1999-01-01';
    expect(parsePeriodLabel('tháng 5/2020', 'calendar')).toEqual({
      start: '2020-05-01',
      end: '2020-05-31',
      type: 'month',
    });
    expect(parsePeriodLabel('năm 2022', 'thads_year')).toEqual({
      start: '2021-10-01',
      end: '2022-09-30',
      type: 'year',
    });
    expect(parsePeriodLabel('năm 2022', 'calendar')).toEqual({ start: '2022-01-01', end: '2022-12-31', type: 'year' });
  });

  it('memoize computes each text once, forgets past its limit, and does not remember errors', () => {
    let calls = 0;
    const twice = memoize((s: string) => {
      calls++;
      if (s === 'bad') throw new Error('bad');
      return s + s;
    }, 3);
    expect([twice('a'), twice('a'), twice('b')]).toEqual(['aa', 'aa', 'bb']);
    expect(calls).toBe(2);
    expect(() => twice('bad')).toThrow('bad');
    expect(() => twice('bad')).toThrow('bad');
    expect(calls).toBe(4);
    twice('c');
    twice('d'); // the fourth entry empties the cache first
    twice('a');
    expect(calls).toBe(7);
  });

  it('memoize gives a long text its own result, uncached, and a text result equal to a fresh one', () => {
    let calls = 0;
    const upper = memoize((s: string) => (calls++, s.toUpperCase()));
    const long = 'x'.repeat(300);
    expect([upper(long), upper(long)]).toEqual([long.toUpperCase(), long.toUpperCase()]);
    expect(calls).toBe(2);
    const cell = 'a cell of one row, and more'.slice(2, 6);
    expect([upper(cell), upper(cell)]).toEqual(['CELL', 'CELL']);
    expect(calls).toBe(3);
  });

  it('a remembered key cell equals the cell trimmed and in NFC, whatever its form', () => {
    const keys = fc.oneof(
      fc.constantFrom(' Thừa Thiên Huế ', 'Thừa Thiên Huế'.normalize('NFD'), 'Hoà Bình', 'Hòa Bình', '\tĐắk Lắk'),
      fc.string({ unit: 'grapheme-composite', maxLength: 40 }),
    );
    fc.assert(
      fc.property(keys, (cell) => {
        expect(keyText(cell)).toBe(cell.trim().normalize('NFC'));
        expect(keyText(cell)).toBe(cell.trim().normalize('NFC')); // the second time, from the cache
      }),
      { numRuns: 2000 },
    );
  });
});

describe('remembered cells do not hide a problem', () => {
  const read = (file: string) => parseCsv(readFileSync(file, 'utf8'), file);
  const context: NormalizeContext = {
    indicators: new Map(readIndicators(read('data/indicators.csv')).indicators.map((i) => [i.id, i])),
    sources: new Set(readSources(read('data/sources.csv')).sources.map((s) => s.id)),
    resolveGeo: createGeoResolver(readAliases(read('data/geo/aliases.csv')).aliases, []),
  };
  const source = [...context.sources][0]!;

  it('reports every line of a bad text that repeats, not only the first', () => {
    const header = 'indicator,geo,period_label,value_reported,unit,source_id';
    const rows = [
      `mediation_success_rate,Hà Nộii,năm 2020,"80,5",%,${source}`,
      `mediation_success_rate,Hà Nội,năm 2020,"80.5",%,${source}`,
      `mediation_success_rate,Hà Nộii,năm 2020,"80.5",%,${source}`,
      `mediation_success_rate,Ha\u200bNoi,quý 5/2020,"80,5",%,${source}`,
      `mediation_success_rate,Ha\u200bNoi,quý 5/2020,"80,5",%,${source}`,
      `mediation_success_rate,Hà Nội,năm 2020,"80,5",%,${source}`,
    ];
    const text = ['# locale: vi', header, ...rows].join('\n').replaceAll('\\u200b', '\u200b');
    // Twice: the second reading finds every text in the caches, and must report the same.
    for (let round = 0; round < 2; round++) {
      const result = normalizeObservations(parseCsv(text, 'f.csv'), context);
      const where = result.problems.map((p) => `${p.line} ${p.column} ${p.value}`);
      expect(where).toEqual([
        '3 geo Hà Nộii',
        '4 value_reported 80.5',
        '5 geo Hà Nộii',
        '5 value_reported 80.5',
        '6 geo Ha\u200bNoi', // an invisible character, and so also an unknown province
        '6 period_label quý 5/2020',
        '6 geo Ha\u200bNoi',
        '7 geo Ha\u200bNoi',
        '7 period_label quý 5/2020',
        '7 geo Ha\u200bNoi',
      ]);
      expect(result.observations.map((o) => o.line)).toEqual([8]);
    }
  });

  it('reads a text in pieces as parseCsv reads it whole', () => {
    const text = readFileSync('tests/fixtures/upload/mediation-vi.csv', 'utf8');
    const whole = parseCsv(text, 'f.csv');
    for (const length of [1, 7, 64, text.length]) {
      const stream = createCsvStream('f.csv');
      const rows = [...csvPieces(stream, text, length)].flat();
      expect({ header: stream.header, locale: stream.locale, rows }).toEqual({
        header: whole.header,
        locale: whole.locale,
        rows: whole.rows,
      });
    }
    expect(() => [...csvPieces(createCsvStream('empty.csv'), '')]).toThrow('the file is empty');
  });
});

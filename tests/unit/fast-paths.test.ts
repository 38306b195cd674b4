import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/lib/memo.ts';
import { parseNumber } from '../../src/lib/numbers.ts';
import { parsePeriodLabel } from '../../src/lib/periods.ts';
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
});

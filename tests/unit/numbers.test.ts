import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/lib/numbers.ts';
import { NormalizeError } from '../../src/lib/problems.ts';

describe('parseNumber', () => {
  it.each([
    ['97,92', 'vi', 97.92],
    ['97,92%', 'vi', 97.92],
    ['90,2 %', 'vi', 90.2],
    ['1.234.567', 'vi', 1234567],
    ['1.234.567,89', 'vi', 1234567.89],
    ['2.408', 'vi', 2408],
    ['47', 'vi', 47],
    ['1 234 567', 'vi', 1234567],
    ['97.92', 'en', 97.92],
    ['1,234,567.89', 'en', 1234567.89],
    ['2,408', 'en', 2408],
    ['-12', 'en', -12],
  ] as const)('%s in %s is %d', (text, locale, value) => {
    expect(parseNumber(text, locale)?.value).toBe(value);
  });

  it('reads bounds and approximations as printed', () => {
    expect(parseNumber('trên 73%', 'vi')).toEqual({ value: 73, bound: 'above', suffix: '%' });
    expect(parseNumber('hơn 1.200 việc', 'vi')).toEqual({ value: 1200, bound: 'above', suffix: 'việc' });
    expect(parseNumber('gần 5,5 nghìn tỷ đồng', 'vi')).toEqual({
      value: 5.5,
      bound: 'approx',
      suffix: 'nghìn tỷ đồng',
    });
    expect(parseNumber('< 10', 'en')).toEqual({ value: 10, bound: 'below', suffix: '' });
  });

  it('returns null for empty and "no figure" cells, never zero', () => {
    for (const text of ['', '  ', 'N/A', '—', '-', 'x']) expect(parseNumber(text, 'vi')).toBeNull();
  });

  it.each([
    ['97.92', 'vi', 'separates thousands'],
    ['1.234,5', 'en', 'not a en number'],
    ['12,34,567', 'en', 'separates thousands'],
    ['1,2,3', 'vi', 'more than one decimal mark'],
    ['abc', 'vi', 'not a number'],
    ['9.7.1', 'vi', 'separates thousands'],
  ] as const)('refuses %s in %s instead of guessing', (text, locale, reason) => {
    expect(() => parseNumber(text, locale)).toThrow(NormalizeError);
    expect(() => parseNumber(text, locale)).toThrow(reason);
  });

  it('round-trips any number printed the vi-VN way', () => {
    const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
    const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }), (x) => {
        const rounded = Number(x.toFixed(4));
        expect(parseNumber(vi.format(rounded), 'vi')?.value).toBe(rounded);
        expect(parseNumber(en.format(rounded), 'en')?.value).toBe(rounded);
      }),
    );
  });

  it('throws nothing but NormalizeError, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.constantFrom('vi' as const, 'en' as const),
        (text, locale) => {
          try {
            const parsed = parseNumber(text, locale);
            if (parsed) expect(Number.isFinite(parsed.value)).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(NormalizeError);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber, type Locale } from '../../src/lib/numbers.ts';
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
    ['1e3', 'en', 'exponent notation'],
    ['1e5', 'vi', 'exponent notation'],
    ['2,5E-3', 'vi', 'exponent notation'],
    ['1 2 3', 'vi', 'space inside the number'],
    ['1 234 567', 'vi', 'space inside the number'],
    ['8\ufeff0', 'vi', 'invisible character (U+FEFF)'],
    ['8\u200b0', 'en', 'invisible character (U+200B)'],
    ['\u202e97,92', 'vi', 'invisible character (U+202E)'],
    ['9'.repeat(301), 'vi', 'out of range'],
    ['1234567890123456', 'en', 'significant digits'],
  ] as const)('refuses %s in %s instead of guessing', (text, locale, reason) => {
    expect(() => parseNumber(text, locale)).toThrow(NormalizeError);
    expect(() => parseNumber(text, locale)).toThrow(reason);
  });

  it('round-trips any number printed the vi-VN way', () => {
    const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });
    const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
    fc.assert(
      fc.property(fc.double({ min: -1e10, max: 1e10, noNaN: true, noDefaultInfinity: true }), (x) => {
        const rounded = Number(x.toFixed(4));
        // -0 prints as "-0" and is read as 0: a figure has no sign of zero
        expect(parseNumber(vi.format(rounded), 'vi')?.value).toBe(rounded + 0);
        expect(parseNumber(en.format(rounded), 'en')?.value).toBe(rounded + 0);
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

  it('reads -0 as 0', () => {
    expect(Object.is(parseNumber('-0', 'vi')?.value, 0)).toBe(true);
    expect(Object.is(parseNumber('-0,00', 'vi')?.value, 0)).toBe(true);
  });

  // A printed number: sign, integer digits, grouped or not, fraction digits, percent.
  const printed = fc.record({
    negative: fc.boolean(),
    integer: fc.stringMatching(/^[1-9]\d{0,11}$|^0$/),
    grouped: fc.boolean(),
    fraction: fc.stringMatching(/^\d{0,3}$/),
    percent: fc.boolean(),
    locale: fc.constantFrom('vi' as const, 'en' as const),
  });
  const print = (
    n: { negative: boolean; integer: string; grouped: boolean; fraction: string; percent: boolean },
    locale: Locale,
  ) => {
    const { group, decimal } = locale === 'vi' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
    const whole = n.grouped ? n.integer.replace(/\B(?=(\d{3})+$)/g, group) : n.integer;
    return `${n.negative ? '-' : ''}${whole}${n.fraction ? decimal + n.fraction : ''}${n.percent ? '%' : ''}`;
  };

  it('round-trips every printed number: the value printed the same way gives the same text', () => {
    fc.assert(
      fc.property(printed, (n) => {
        const text = print(n, n.locale);
        const parsed = parseNumber(text, n.locale);
        expect(parsed).not.toBeNull();
        const back = Math.abs(parsed!.value).toFixed(n.fraction.length);
        const [integer = '', fraction = ''] = back.split('.');
        const zero = parsed!.value === 0;
        const again = print({ ...n, integer, fraction, negative: n.negative && !zero }, n.locale);
        expect(again).toBe(zero ? text.replace(/^-/, '') : text);
        expect(parsed!.suffix).toBe(n.percent ? '%' : '');
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a number with an exponent, a space or an invisible character inside, never reads it otherwise', () => {
    const hostile = fc.constantFrom(
      'e3',
      'E+5',
      'e-2',
      ' ',
      '\u00a0',
      '\u202f',
      '\u200b',
      '\ufeff',
      '\u2060',
      '\u202e',
      '\u00ad',
    );
    fc.assert(
      fc.property(printed, hostile, fc.nat(), (n, inserted, at) => {
        const text = print({ ...n, percent: false, negative: false }, n.locale);
        if (text.length < 2) return;
        const position = 1 + (at % (text.length - 1));
        if (!/\d/.test(text[position - 1]!) || !/\d/.test(text[position]!)) return;
        const hostileText = text.slice(0, position) + inserted + text.slice(position);
        expect(() => parseNumber(hostileText, n.locale)).toThrow(NormalizeError);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives finite values only, and fails only with its own error, on any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.constantFrom('vi' as const, 'en' as const),
        (text, locale) => {
          try {
            const parsed = parseNumber(text, locale);
            if (parsed) {
              expect(Number.isFinite(parsed.value)).toBe(true);
              expect(Object.is(parsed.value, -0)).toBe(false);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(NormalizeError);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

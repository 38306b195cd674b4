import { describe, expect, it } from 'vitest';
import { rateDiscrepancy, ratePercent } from '../../src/lib/rates.ts';
import { convertValue, normalizeUnit } from '../../src/lib/units.ts';

describe('normalizeUnit', () => {
  it.each([
    ['tỷ đồng', 'VND', 1e9],
    ['Tỷ đồng', 'VND', 1e9],
    ['nghìn tỷ đồng', 'VND', 1e12],
    ['triệu đồng', 'VND', 1e6],
    ['đồng', 'VND', 1],
    ['%', 'percent', 1],
    ['việc', 'cases', 1],
    ['nhiệm vụ', 'tasks', 1],
  ])('%s → %s × %d', (text, unit, factor) => {
    expect(normalizeUnit(text)).toEqual({ unit, factor });
  });
  it('stores money as whole đồng, without binary noise', () => {
    expect(convertValue(1.1, normalizeUnit('tỷ đồng'))).toBe(1_100_000_000);
    expect(convertValue(15.3, normalizeUnit('nghìn tỷ đồng'))).toBe(15_300_000_000_000);
  });
});

describe('rates', () => {
  it('computes 47/48 as 97.9166…%', () => {
    expect(ratePercent(47, 48)).toBeCloseTo(97.916666, 5);
  });
  it('flags a printed rate more than 0.05 points from its counts', () => {
    expect(rateDiscrepancy(ratePercent(2408, 3399), 73.5)).toBeCloseTo(2.656, 3);
    expect(rateDiscrepancy(ratePercent(47, 48), 97.92)).toBeNull();
  });
  it('honours printed bounds: "trên 85%" is true of 230/270 = 85,19%', () => {
    expect(rateDiscrepancy(ratePercent(230, 270), 85, 'above')).toBeNull();
    expect(rateDiscrepancy(ratePercent(220, 270), 85, 'above')).toBeCloseTo(3.52, 2);
    expect(rateDiscrepancy(84.6, 85, 'approx')).toBeNull();
    expect(rateDiscrepancy(86, 85, 'below')).toBe(-1);
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas in text', async () => {
    const { toCsv } = await import('../../src/views/view.ts');
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['=1+1', -5],
          ['x,"y"', null],
        ],
      ),
    ).toBe(`a,b\r\n'=1+1,-5\r\n"x,""y""",\r\n`);
  });
});

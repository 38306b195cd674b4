import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/lib/dates.ts';
import { classifyPeriod, parsePeriodLabel } from '../../src/lib/periods.ts';
import { NormalizeError } from '../../src/lib/problems.ts';

describe('parsePeriodLabel on the calendar basis', () => {
  it.each([
    ['6 tháng đầu năm 2018', '2018-01-01', '2018-06-30', 'half'],
    ['6 tháng cuối năm 2018', '2018-07-01', '2018-12-31', 'half'],
    ['năm 2019', '2019-01-01', '2019-12-31', 'year'],
    ['2019', '2019-01-01', '2019-12-31', 'year'],
    ['Quý I/2020', '2020-01-01', '2020-03-31', 'quarter'],
    ['quý 4 năm 2020', '2020-10-01', '2020-12-31', 'quarter'],
    ['2020-Q2', '2020-04-01', '2020-06-30', 'quarter'],
    ['2018-H1', '2018-01-01', '2018-06-30', 'half'],
    ['H2 2018', '2018-07-01', '2018-12-31', 'half'],
    ['9 tháng', null, null, null],
    ['9 tháng năm 2021', '2021-01-01', '2021-09-30', 'months'],
    ['10 tháng năm 2021', '2021-01-01', '2021-10-31', 'months'],
    ['tháng 2/2024', '2024-02-01', '2024-02-29', 'month'],
    ['2014-2018', '2014-01-01', '2018-12-31', 'years'],
    ['giai đoạn 2016 – 2020', '2016-01-01', '2020-12-31', 'years'],
    ['01/01–30/09/2022', '2022-01-01', '2022-09-30', 'range'],
  ] as const)('%s → %s..%s', (label, start, end, type) => {
    if (start === null) {
      expect(() => parsePeriodLabel(label, 'calendar')).toThrow(NormalizeError);
      return;
    }
    expect(parsePeriodLabel(label, 'calendar')).toEqual({ start, end, type });
  });
});

describe('parsePeriodLabel on the enforcement (THADS) statistical year', () => {
  it.each([
    ['năm 2022', '2021-10-01', '2022-09-30'],
    ['năm thống kê 2022', '2021-10-01', '2022-09-30'],
    ['6 tháng (đầu) năm 2019', '2018-10-01', '2019-03-31'],
    ['6 tháng năm 2019', '2018-10-01', '2019-03-31'],
    ['10 tháng năm 2021', '2020-10-01', '2021-07-31'],
    ['9 tháng 2017', '2016-10-01', '2017-06-30'],
    ['3 tháng 2022', '2021-10-01', '2021-12-31'],
    ['Quý I/2022', '2021-10-01', '2021-12-31'],
    ['2016-2020', '2015-10-01', '2020-09-30'],
  ] as const)('%s → %s..%s', (label, start, end) => {
    const period = parsePeriodLabel(label, 'thads_year');
    expect([period.start, period.end]).toEqual([start, end]);
  });

  it('never produces a period that ends before it starts, and every year is 12 months', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2090 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('calendar' as const, 'thads_year' as const),
        (year, months, basis) => {
          const p = parsePeriodLabel(`${months} tháng năm ${year}`, basis);
          expect(p.start <= p.end).toBe(true);
          expect(classifyPeriod(p.start, p.end)).toBe(
            months === 12
              ? 'year'
              : months === 6
                ? 'half'
                : months === 1
                  ? 'month'
                  : months === 3
                    ? 'quarter'
                    : 'months',
          );
        },
      ),
    );
  });

  it('throws nothing but NormalizeError, whatever the label', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (label) => {
        try {
          parsePeriodLabel(label, 'calendar');
        } catch (error) {
          expect(error).toBeInstanceOf(NormalizeError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseDate', () => {
  it('reads ISO and Vietnamese day-first dates', () => {
    expect(parseDate('2022-09-30')).toBe('2022-09-30');
    expect(parseDate('30/09/2022')).toBe('2022-09-30');
    expect(parseDate('1-10-2021')).toBe('2021-10-01');
  });
  it.each(['2021-02-29', '31/04/2020', '2020-13-01', '2020-00-10', 'hôm qua'])('refuses %s', (text) => {
    expect(() => parseDate(text)).toThrow(NormalizeError);
  });
  it('accepts 29 February in a leap year only', () => {
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
  });
});

describe('period round trips', () => {
  it('reads back every Vietnamese label the site prints', async () => {
    const { formatPeriod } = await import('../../src/lib/period-labels.ts');
    const shapes: Array<[number, number]> = [
      [1, 12],
      [1, 6],
      [7, 12],
      [1, 3],
      [4, 6],
      [10, 12],
      [1, 9],
      [1, 10],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2040 }), fc.constantFrom(...shapes), (year, [from, to]) => {
        const last = new Date(Date.UTC(year, to, 0)).getUTCDate();
        const start = `${year}-${String(from).padStart(2, '0')}-01`;
        const end = `${year}-${String(to).padStart(2, '0')}-${last}`;
        const period = parsePeriodLabel(formatPeriod(start, end, 'calendar', 'vi'), 'calendar');
        expect([period.start, period.end]).toEqual([start, end]);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2040 }), fc.constantFrom(3, 6, 9, 10, 12), (year, months) => {
        const p = parsePeriodLabel(`${months} tháng năm ${year}`, 'thads_year');
        const again = parsePeriodLabel(formatPeriod(p.start, p.end, 'thads_year', 'vi'), 'thads_year');
        expect(again).toMatchObject({ start: p.start, end: p.end });
      }),
    );
  });
});

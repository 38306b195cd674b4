import type { PluralForms } from '../plural.ts';

/** Units, bounds and number words; counts carry their plural forms (Vietnamese has one). */
export const units = {
  /** The Intl locale of numbers and lists. */
  locale: 'vi-VN',
  percentPoints: (n: string) => `${n} điểm %`,
  vnd: (n: string) => `${n} đồng`,
  vndBillions: (n: string) => `${n} tỷ đồng`,
  /** Axis ticks in billions of đồng. */
  billionsTick: (n: string) => `${n} tỷ`,
  vndTrillionsAxis: 'nghìn tỷ đồng',
  thousandCasesAxis: 'nghìn việc',
  bound: { exact: '', above: 'trên ', below: 'dưới ', approx: 'khoảng ' },
  /** "12/18/2024" is not Vietnamese: day, month, year. */
  date: (day: number, month: number, year: number) =>
    `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
  cases: { other: 'việc' } as PluralForms,
  mediationCases: { other: 'vụ việc' } as PluralForms,
  tasks: { other: 'nhiệm vụ' } as PluralForms,
  provinces: { other: 'tỉnh' } as PluralForms,
  rows: { other: 'dòng' } as PluralForms,
  /** "47/48 nhiệm vụ" */
  counts: (part: string, whole: string, unit: string) => `${part}/${whole} ${unit}`,
  amount: (n: string, unit: string) => `${n} ${unit}`,
};

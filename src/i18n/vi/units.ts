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
  /** What the figures of an indicator are: its kind. */
  kinds: { rate: 'tỷ lệ', count: 'số đếm', money: 'số tiền', target: 'chỉ tiêu', fact: 'sự kiện' } as Record<
    string,
    string
  >,
  /** Canonical units of the data (English names in the Parquet) as a reader calls them. */
  named: {
    percent: { other: '%' },
    VND: { other: 'đồng' },
    cases: { other: 'việc' },
    tasks: { other: 'nhiệm vụ' },
    persons: { other: 'người' },
    teams: { other: 'tổ hòa giải' },
    certificates: { other: 'bằng khen' },
    flag: { other: 'cờ thi đua' },
    flags: { other: 'cờ thi đua' },
    'Sở Tư pháp units': { other: 'Sở Tư pháp' },
    collectives: { other: 'tập thể' },
    'provincial teams': { other: 'đội tỉnh' },
    'rank among ministries': { other: 'thứ hạng trong các bộ' },
    award: { other: 'phần thưởng' },
    title: { other: 'danh hiệu' },
    'điển hình': { other: 'điển hình' },
    units: { other: 'đơn vị' },
    'task groups': { other: 'nhóm nhiệm vụ' },
    'focus tasks': { other: 'nhiệm vụ trọng tâm' },
    'residential areas': { other: 'khu dân cư' },
  } as Record<string, PluralForms>,
};

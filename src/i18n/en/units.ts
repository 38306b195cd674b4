import type { Messages } from '../messages.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const units: Messages['units'] = {
  locale: 'en-GB',
  percentPoints: (n) => `${n} pp`,
  vnd: (n) => `VND ${n}`,
  vndBillions: (n) => `VND ${n} billion`,
  billionsTick: (n) => `${n} bn`,
  vndTrillionsAxis: 'VND trillion',
  thousandCasesAxis: 'thousand cases',
  bound: { exact: '', above: 'over ', below: 'under ', approx: 'about ' },
  date: (day, month, year) => `${day} ${MONTHS[month - 1]} ${year}`,
  cases: { one: 'case', other: 'cases' },
  mediationCases: { one: 'case', other: 'cases' },
  tasks: { one: 'task', other: 'tasks' },
  provinces: { one: 'province', other: 'provinces' },
  rows: { one: 'row', other: 'rows' },
  counts: (part, whole, unit) => `${part}/${whole} ${unit}`,
  amount: (n, unit) => `${n} ${unit}`,
};

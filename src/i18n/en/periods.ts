import type { Messages } from '../messages.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const periods: Messages['periods'] = {
  statYear: (year) => `Statistical year ${year}`,
  statYearPart: (months, year) => `First ${months} months of statistical year ${year}`,
  year: (year) => `${year}`,
  firstHalf: (year) => `H1 ${year}`,
  secondHalf: (year) => `H2 ${year}`,
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  yearToDate: (_months, lastMonth, year) => `Jan–${MONTHS[lastMonth - 1]} ${year}`,
  month: (month, year) => `${MONTHS[month - 1]} ${year}`,
};

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Periods named the way reports name them. */
export const periods = {
  statYear: (year: number) => `Năm thống kê ${year}`,
  statYearPart: (months: number, year: number) => `${months} tháng năm thống kê ${year}`,
  year: (year: number) => `Năm ${year}`,
  firstHalf: (year: number) => `6 tháng đầu năm ${year}`,
  secondHalf: (year: number) => `6 tháng cuối năm ${year}`,
  /** quarter 1..4 */
  quarter: (quarter: number, year: number) => `Quý ${ROMAN[quarter - 1]}/${year}`,
  /** The first `months` months of a year, January to `lastMonth`. */
  yearToDate: (months: number, _lastMonth: number, year: number) => `${months} tháng năm ${year}`,
  month: (month: number, year: number) => `Tháng ${month}/${year}`,
};

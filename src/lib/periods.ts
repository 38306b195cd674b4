import { isoDate, monthEnd, monthStart, parseDate, type IsoDate } from './dates.ts';
import { memoize } from './memo.ts';
import { NormalizeError } from './problems.ts';
import { foldText } from './text.ts';

/**
 * `calendar`: periods count from 1 January.
 * `thads_year`: civil-judgment enforcement's statistical year, 1 October of the year before
 * to 30 September ("năm 2022" = 2021-10-01..2022-09-30); its "6 tháng" end on 31 March.
 */
export type PeriodBasis = 'calendar' | 'thads_year';

export type PeriodType = 'year' | 'half' | 'quarter' | 'months' | 'month' | 'years' | 'range';

export interface Period {
  start: IsoDate;
  end: IsoDate;
  type: PeriodType;
}

/** Month (1-based, relative to the year's calendar) in which the basis's year begins. */
const FIRST_MONTH: Record<PeriodBasis, number> = { calendar: 1, thads_year: -2 }; // -2 = October of year-1

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** First `count` months of `year` on `basis`. */
function leadingMonths(year: number, count: number, basis: PeriodBasis, type: PeriodType): Period {
  const first = FIRST_MONTH[basis];
  return { start: monthStart(year, first), end: monthEnd(year, first + count - 1), type };
}

/** Months `from`..`to` (1-based within the basis's year). */
function monthsOfYear(year: number, from: number, to: number, basis: PeriodBasis, type: PeriodType): Period {
  const first = FIRST_MONTH[basis];
  return { start: monthStart(year, first + from - 1), end: monthEnd(year, first + to - 1), type };
}

/**
 * Reads a period label into exact dates on the indicator's basis. Understands
 * "năm 2019", "2019", "năm thống kê 2022", "6 tháng đầu năm 2018", "6 tháng cuối năm 2018",
 * "9 tháng 2017", "10 tháng năm 2021", "Quý I/2020", "quý 2 năm 2020", "2020-Q1", "2018-H1",
 * "H1 2018", "tháng 5/2020", "2014-2018", "giai đoạn 2016-2020", "01/01–30/09/2022".
 * Throws NormalizeError for anything else.
 */
export function parsePeriodLabel(label: string, basis: PeriodBasis): Period {
  return { ...PARSERS[basis](label) };
}

// One cache per basis: a file repeats the same few labels on every row.
const PARSERS: Record<PeriodBasis, (label: string) => Period> = {
  calendar: memoize((label) => parseLabel(label, 'calendar')),
  thads_year: memoize((label) => parseLabel(label, 'thads_year')),
};

function parseLabel(label: string, basis: PeriodBasis): Period {
  const s = foldText(label); // hyphens, dashes and slashes fold to single spaces
  const raw = label.trim();

  // Explicit range of dates: "01/01–30/09/2022", "01/01/2022-30/09/2022", "2022-01-01..2022-09-30".
  const range =
    /^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}))?\s*(?:[-–—]|\.\.|đến|to)\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(raw);
  if (range) {
    const endYear = Number(range[6]);
    const start = isoDate(Number(range[3] ?? endYear), Number(range[2]), Number(range[1]));
    const end = isoDate(endYear, Number(range[5]), Number(range[4]));
    return checkOrder({ start, end, type: 'range' }, label);
  }
  const isoRange = /^(\d{4}-\d{2}-\d{2})\s*(?:\.\.|\/|đến|to)\s*(\d{4}-\d{2}-\d{2})$/.exec(raw);
  if (isoRange)
    return checkOrder({ start: parseDate(isoRange[1]!), end: parseDate(isoRange[2]!), type: 'range' }, label);

  let m: RegExpExecArray | null;
  // "2014-2018", "giai đoạn 2016-2020", "nhiệm kỳ 2016-2020"
  if ((m = /^(?:giai doan |nhiem ky |nam )?(\d{4}) (\d{4})$/.exec(s))) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    const first = leadingMonths(from, 12, basis, 'years');
    const last = leadingMonths(to, 12, basis, 'years');
    return checkOrder({ start: first.start, end: last.end, type: 'years' }, label);
  }
  // "2018-H1", "H1 2018", "H1/2018"
  if ((m = /^(\d{4}) ?h([12])$/.exec(s)) || (m = /^h([12]) ?(\d{4})$/.exec(s))) {
    const [year, half] = m[1]!.length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    return half === 1 ? monthsOfYear(year, 1, 6, basis, 'half') : monthsOfYear(year, 7, 12, basis, 'half');
  }
  // "6 tháng đầu năm 2018", "6 tháng cuối năm 2018", "9 tháng 2017", "10 tháng năm 2021"
  if ((m = /^(\d{1,2}) thang (dau |cuoi )?(?:nam )?(?:thong ke )?(\d{4})$/.exec(s))) {
    const count = Number(m[1]);
    const year = Number(m[3]);
    if (count < 1 || count > 12) throw new NormalizeError(`«${label}»: a year has 12 months, not ${count}`);
    const type: PeriodType = count === 12 ? 'year' : count === 6 ? 'half' : 'months';
    if (m[2] === 'cuoi ') return monthsOfYear(year, 13 - count, 12, basis, type);
    return leadingMonths(year, count, basis, type);
  }
  // "Quý I/2020", "quý 2 năm 2020", "Q1 2020", "2020-Q1"
  if ((m = /^(?:quy|q) ?(i{1,3}|iv|[1-4]) (?:nam )?(\d{4})$/.exec(s)) || (m = /^(\d{4}) ?q([1-4])$/.exec(s))) {
    const [q, y] = /^\d{4}$/.test(m[1]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
    const quarter = ROMAN[q] ?? Number(q);
    return monthsOfYear(Number(y), quarter * 3 - 2, quarter * 3, basis, 'quarter');
  }
  // "tháng 5/2020", "tháng 5 năm 2020" — a calendar month whatever the basis.
  if ((m = /^thang (\d{1,2}) (?:nam )?(\d{4})$/.exec(s))) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) throw new NormalizeError(`«${label}»: there is no month ${month}`);
    return { start: monthStart(Number(m[2]), month), end: monthEnd(Number(m[2]), month), type: 'month' };
  }
  // "năm 2019", "2019", "năm thống kê 2022", "cả năm 2019"
  if ((m = /^(?:ca )?(?:nam )?(?:thong ke )?(\d{4})$/.exec(s))) {
    return leadingMonths(Number(m[1]), 12, basis, 'year');
  }
  throw new NormalizeError(
    `«${label}» is not a period this build can read (e.g. "năm 2019", "6 tháng đầu năm 2018", "Quý I/2020", "2018-H1")`,
  );
}

function checkOrder(period: Period, label: string): Period {
  if (period.start > period.end)
    throw new NormalizeError(`«${label}» ends (${period.end}) before it starts (${period.start})`);
  return period;
}

/** The type of an explicitly dated period, so that explicit dates still group with labelled ones. */
export function classifyPeriod(start: IsoDate, end: IsoDate): PeriodType {
  const [ys, ms, ds] = start.split('-').map(Number) as [number, number, number];
  const [ye, me] = end.split('-').map(Number) as [number, number];
  if (ds !== 1 || end !== monthEnd(ye, me)) return 'range';
  const months = (ye - ys) * 12 + (me - ms) + 1;
  if (months === 1) return 'month';
  if (months === 3 && ms % 3 === 1) return 'quarter';
  if (months === 12) return 'year';
  if (months === 6) return 'half';
  if (months > 12 && months % 12 === 0) return 'years';
  return 'months';
}

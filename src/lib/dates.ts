import { NormalizeError } from './problems.ts';

/** An ISO calendar date, `YYYY-MM-DD`. Kept as text: no time zone can shift it. */
export type IsoDate = string;

export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!isRealDate(year, month, day)) throw new NormalizeError(`${year}-${month}-${day} is not a date that exists`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= lastDayOfMonth(year, month);
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of the month `months` after (year, month) — months may be negative. */
export function monthEnd(year: number, month: number): IsoDate {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return isoDate(y, m, lastDayOfMonth(y, m));
}

export function monthStart(year: number, month: number): IsoDate {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return isoDate(y, m, 1);
}

/**
 * Reads one date cell: ISO `2022-09-30`, or Vietnamese `30/09/2022`, `30-9-2022`, `30.09.2022`.
 * Refuses dates that do not exist (2021-02-29) rather than rolling them over.
 */
export function parseDate(text: string): IsoDate {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  throw new NormalizeError(`«${text}» is not a date (write 2022-09-30 or 30/09/2022)`);
}

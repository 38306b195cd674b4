import { useBrowserTranslations } from '../i18n/browser.ts';
import { lastDayOfMonth } from './dates.ts';
import { formatDate, type Lang } from './format.ts';
import type { PeriodBasis } from './periods.ts';

/**
 * Names a period the way reports do: "6 tháng đầu năm 2018", "Năm thống kê 2025", "Quý I/2020",
 * or in English "H1 2018", "Statistical year 2025". Falls back to the exact dates; a one-day period is one date.
 */
export function formatPeriod(start: string, end: string, basis: PeriodBasis, lang: Lang): string {
  // A one-day period (a conference, a decision) is one date, not "25/08/2025–25/08/2025".
  if (start === end) return formatDate(start, lang);
  const [ys, ms, ds] = start.split('-').map(Number) as [number, number, number];
  const [ye, me, de] = end.split('-').map(Number) as [number, number, number];
  const wholeMonths = ds === 1 && de === lastDayOfMonth(ye, me);
  const months = (ye - ys) * 12 + (me - ms) + 1;
  const p = useBrowserTranslations(lang).periods;
  if (wholeMonths && basis === 'thads_year' && ms === 10 && (ye === ys + 1 || (months <= 3 && ye === ys))) {
    const year = ys + 1;
    if (months === 12) return p.statYear(year);
    if (months < 12) return p.statYearPart(months, year);
  }
  if (wholeMonths && basis === 'calendar' && ys === ye) {
    if (months === 12) return p.year(ys);
    if (months === 6 && ms === 1) return p.firstHalf(ys);
    if (months === 6 && ms === 7) return p.secondHalf(ys);
    if (months === 3 && ms % 3 === 1) return p.quarter((ms - 1) / 3 + 1, ys);
    if (ms === 1) return p.yearToDate(months, me, ys);
    if (months === 1) return p.month(ms, ys);
  }
  if (wholeMonths && basis === 'calendar' && ms === 1 && me === 12) return `${ys}–${ye}`;
  return `${formatDate(start, lang)}–${formatDate(end, lang)}`;
}

/** The short tick label of a period on a time axis: its end year for yearly series. */
export function periodYear(end: string): number {
  return Number(end.slice(0, 4));
}

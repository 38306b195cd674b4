import { type IsoDate, lastDayOfMonth } from '../dates.ts';
import { parsePeriodLabel, type Period, type PeriodBasis } from '../periods.ts';
import { NormalizeError } from '../problems.ts';

/** A period written in the text ("6 tháng đầu năm 2018"), or one completed from the report's date. */
export interface PeriodMention {
  start: number;
  end: number;
  /** A label periods.ts reads: the words as printed, with the year added when it was left out. */
  label: string;
  /** The year was not printed: it comes from the report's date (or the year last named). */
  inferredYear: boolean;
  /** Printed as an aside ("riêng năm 2023"): it does not carry over to later sentences. */
  aside: boolean;
}

/** "1 - 10 - 2022" → "1/10/2022", the form the shared period reader takes. */
function dayMonth(text: string): string {
  return text.replace(/\s*[/.-]\s*/g, '/');
}

// Folded patterns, most specific first; each gives the label the shared period reader understands.
const D = String.raw`\d{1,2}\s?[/.-]\s?\d{1,2}`;
const PATTERNS: ReadonlyArray<RegExp> = [
  new RegExp(
    String.raw`\btu (?:ngay )?(${D}(?:\s?[/.-]\s?\d{4})?) ?(?:den|[-–]) ?(?:ngay )?(${D}\s?[/.-]\s?\d{4})`,
    'g',
  ),
  /\btu thang (\d{1,2})\/(\d{4}) (?:den|[-–]) (?:het )?thang (\d{1,2})\/(\d{4})/g,
  /\b(\d{1,2}) thang (?:(?:dau|cuoi) )?nam (?:thong ke )?(\d{4})\b/g,
  /\b(\d{1,2}) thang (?:nam )?(\d{4})\b/g,
  /\bquy (i{1,3}|iv|[1-4])(?: nam |\/)(\d{4})\b/g,
  /\b(?:giai doan|nhiem ky) (\d{4}) ?[-–] ?(\d{4})\b/g,
  /\bnam thong ke (\d{4})\b/g,
  /(?<!den |truoc |sau |tu )\bnam (\d{4})\b(?! ?[-–] ?\d)/g,
  /\b(\d{1,2}) thang(?: (dau|cuoi) nam| qua)?\b(?! ?(?:nam )?\d)/g,
];

/** Finds the periods of one sentence (`folded` with foldKeepingOffsets; `offset` its start in the text). */
export function findPeriods(sentence: string, folded: string, offset: number, reportYear: number | null) {
  const found: PeriodMention[] = [];
  const taken: Array<[number, number]> = [];
  PATTERNS.forEach((pattern, index) => {
    for (const m of folded.matchAll(pattern)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      let label = sentence.slice(s, e);
      let inferredYear = false;
      if (index === 0) label = `${dayMonth(m[1]!)}–${dayMonth(m[2]!)}`;
      if (index === 1) label = `01/${m[1]}/${m[2]}–${lastDayOfMonth(Number(m[4]), Number(m[3]))}/${m[3]}/${m[4]}`;
      if (index === PATTERNS.length - 1) {
        const count = Number(m[1]);
        if (count < 2 || count > 12 || reportYear === null) continue; // "1 tháng" is rarely a report period
        label = `${count} tháng ${m[2] === 'cuoi' ? 'cuối ' : m[2] === 'dau' ? 'đầu ' : ''}năm ${reportYear}`;
        inferredYear = true;
      }
      taken.push([s, e]);
      // "riêng năm 2023" singles out a part: it does not become the period of the sentences after it.
      // An aside late in a sentence; at its head ("Trong đó, riêng năm 2020, …") it sets the period.
      const aside = s > 30 && /(?:rieng|trong do|rieng trong) $/.test(folded.slice(Math.max(0, s - 12), s));
      // "so với cùng kỳ năm 2021" names the period compared with, never the figure's own.
      if (/(?:cung ky|so voi|voi) $/.test(folded.slice(Math.max(0, s - 10), s))) continue;
      found.push({ start: offset + s, end: offset + e, label, inferredYear, aside });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

/** The dates of a period mention on an indicator's basis, or null if the shared reader refuses it. */
export function periodDates(label: string, basis: PeriodBasis): Period | null {
  try {
    return parsePeriodLabel(label, basis);
  } catch (error) {
    if (error instanceof NormalizeError) return null;
    throw error;
  }
}

/** The period a report dated `date` most likely covers when it names none: its year so far. */
export function periodFromReportDate(date: IsoDate, basis: PeriodBasis): { label: string; period: Period } | null {
  const year = Number(date.slice(0, 4));
  if (!year) return null;
  const label = `năm ${year}`;
  const period = periodDates(label, basis);
  return period ? { label, period } : null;
}

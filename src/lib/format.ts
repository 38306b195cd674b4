import { useBrowserTranslations } from '../i18n/browser.ts';
import { plural, type PluralForms } from '../i18n/plural.ts';
import type { Bound } from './numbers.ts';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

const formatters = new Map<string, Intl.NumberFormat>();
const lists = new Map<Lang, Intl.ListFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(useBrowserTranslations(lang).units.locale, { maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/** "97,92" (vi) or "97.92" (en). */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return numberFormat(lang, digits).format(value);
}

/** "97,92%" — a percent to two decimals at most, as the sector prints it. */
export function formatPercent(value: number, lang: Lang, digits = 2): string {
  return `${formatNumber(value, lang, digits)}%`;
}

/** "+4,78 điểm %" — a change in percentage points. */
export function formatPointChange(delta: number, lang: Lang): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${useBrowserTranslations(lang).units.percentPoints(formatNumber(Math.abs(delta), lang))}`;
}

/** Money in VND, written the way reports write it: "116.531 tỷ đồng" / "VND 116,531 billion". */
export function formatVnd(value: number, lang: Lang): string {
  const { units } = useBrowserTranslations(lang);
  if (Math.abs(value) >= 1e9) return units.vndBillions(formatNumber(value / 1e9, lang, 0));
  return units.vnd(formatNumber(value, lang, 0));
}

/** "trên 73%" — a printed bound stays visible wherever the figure is shown. */
export function formatBound(bound: Bound, lang: Lang): string {
  return useBrowserTranslations(lang).units.bound[bound];
}

/** Formats a value in its unit. */
export function formatValue(value: number, unit: string, lang: Lang, bound: Bound = 'exact'): string {
  const text =
    unit === 'percent'
      ? formatPercent(value, lang)
      : unit === 'VND'
        ? formatVnd(value, lang)
        : formatNumber(value, lang, 0);
  return formatBound(bound, lang) + text;
}

/** "47/48 nhiệm vụ" / "47/48 tasks": a count of a whole, its unit in the plural form the whole asks for. */
export function formatCounts(part: number, whole: number, unit: PluralForms, lang: Lang): string {
  const words = useBrowserTranslations(lang).units;
  return words.counts(formatNumber(part, lang, 0), formatNumber(whole, lang, 0), plural(lang, whole, unit));
}

/** "12 tỉnh" / "12 provinces": a number with its unit in the right plural form. */
export function formatCount(n: number, unit: PluralForms, lang: Lang): string {
  return useBrowserTranslations(lang).units.amount(formatNumber(n, lang, 0), plural(lang, n, unit));
}

/** A unit of the data as the reader calls it ("persons" → "người"); an unknown unit is shown as it came. */
export function unitName(unit: string, lang: Lang, n = 2): string {
  const forms = useBrowserTranslations(lang).units.named[unit];
  return forms ? plural(lang, n, forms) : unit;
}

/** A value with its unit in words: "10 người", "100%", "116.531 tỷ đồng". */
export function formatQuantity(value: number, unit: string, lang: Lang, digits = 2): string {
  if (unit === 'percent') return formatPercent(value, lang, digits);
  if (unit === 'VND') return formatVnd(value, lang);
  return useBrowserTranslations(lang).units.amount(formatNumber(value, lang, digits), unitName(unit, lang, value));
}

/** "a, b và c" / "a, b and c". */
export function formatList(items: readonly string[], lang: Lang): string {
  let f = lists.get(lang);
  if (!f)
    lists.set(lang, (f = new Intl.ListFormat(useBrowserTranslations(lang).units.locale, { type: 'conjunction' })));
  return f.format(items);
}

/**
 * 2024-06-30 → "30/06/2024" (vi) or "30 Jun 2024" (en). The catalogue writes the date: Intl's en-GB
 * short month is "Sept" in current ICU, which would change every published English date.
 */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return useBrowserTranslations(lang).units.date(d, m, y);
}

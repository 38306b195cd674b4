import type { Bound } from './numbers.ts';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

// Vietnamese readers get vi-VN digits on both language versions: the figures are Vietnamese publications.
const INTL_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: digits })));
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
  return `${sign}${formatNumber(Math.abs(delta), lang)} ${lang === 'vi' ? 'điểm %' : 'pp'}`;
}

/** Money in VND, written the way reports write it: "116.531 tỷ đồng" / "VND 116,531 billion". */
export function formatVnd(value: number, lang: Lang): string {
  if (Math.abs(value) >= 1e9) {
    const billions = formatNumber(value / 1e9, lang, 0);
    return lang === 'vi' ? `${billions} tỷ đồng` : `VND ${billions} billion`;
  }
  return lang === 'vi' ? `${formatNumber(value, lang, 0)} đồng` : `VND ${formatNumber(value, lang, 0)}`;
}

const BOUND_WORDS: Record<Lang, Record<Bound, string>> = {
  vi: { exact: '', above: 'trên ', below: 'dưới ', approx: 'khoảng ' },
  en: { exact: '', above: 'over ', below: 'under ', approx: 'about ' },
};

/** "trên 73%" — a printed bound stays visible wherever the figure is shown. */
export function formatBound(bound: Bound, lang: Lang): string {
  return BOUND_WORDS[lang][bound];
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

/** 2024-06-30 → "30/06/2024" (vi) or "30 Jun 2024" (en). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  if (lang === 'vi') return `${d}/${m}/${y}`;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1];
  return `${Number(d)} ${month} ${y}`;
}

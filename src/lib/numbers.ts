import { NormalizeError } from './problems.ts';

/** Number format a file declares. `vi`: 1.234.567,89 — `en`: 1,234,567.89. */
export type Locale = 'vi' | 'en';
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** How a printed figure relates to the truth: "trên 73%" is a lower bound. */
export type Bound = 'exact' | 'above' | 'below' | 'approx';

export interface ParsedNumber {
  value: number;
  bound: Bound;
  /** Text after the number ("%", "tỷ đồng", "việc"), trimmed; "" if none. */
  suffix: string;
}

// Words that qualify a printed figure. Longest first so "xấp xỉ" wins over shorter prefixes.
const BOUND_WORDS: ReadonlyArray<[string, Bound]> = [
  ['xấp xỉ', 'approx'],
  ['khoảng', 'approx'],
  ['gần', 'approx'],
  ['~', 'approx'],
  ['≈', 'approx'],
  ['trên', 'above'],
  ['hơn', 'above'],
  ['>=', 'above'],
  ['≥', 'above'],
  ['>', 'above'],
  ['dưới', 'below'],
  ['<=', 'below'],
  ['≤', 'below'],
  ['<', 'below'],
];

/** Cells that mean "no figure". They parse to null, never to zero. */
const MISSING = new Set(['', '-', '–', '—', 'n/a', 'na', 'null', 'không có', 'kxđ', '..', '...', 'x']);

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Digits grouped by threes (or not grouped), an optional decimal part and an optional "%". */
const PLAIN: Record<Locale, RegExp> = {
  vi: /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%?)$/,
  en: /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/,
};

/**
 * Parses a printed number in the file's declared locale. Returns null for an empty or
 * "no figure" cell. Throws NormalizeError for anything it cannot read without guessing:
 * "97.92" in a `vi` file is refused, because there a dot groups thousands.
 */
export function parseNumber(text: string, locale: Locale): ParsedNumber | null {
  if (text === '') return null;
  // Fast path for the plain figures that make up almost every cell ("1.234", "97,92%"); it gives
  // what the full reading below gives, without normalizing or trying each qualifier word.
  const plain = PLAIN[locale].exec(text);
  if (plain) {
    const [, whole = '', fraction, percent = ''] = plain;
    const digits = locale === 'vi' ? whole.replaceAll('.', '') : whole.replaceAll(',', '');
    const value = Number(fraction === undefined ? digits : `${digits}.${fraction}`);
    if (Number.isFinite(value)) return { value, bound: 'exact', suffix: percent };
  }
  let s = text
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .trim();
  if (MISSING.has(s.toLowerCase())) return null;
  let bound: Bound = 'exact';
  const lower = s.toLowerCase();
  for (const [word, b] of BOUND_WORDS) {
    if (lower.startsWith(word)) {
      bound = b;
      s = s.slice(word.length).trim();
      break;
    }
  }
  const match = /^([+\-−]?)([\d.,\s]*\d)(.*)$/su.exec(s);
  if (!match) throw new NormalizeError(`not a number: «${text}»`);
  const [, sign = '', digits = '', rest = ''] = match;
  const { group, decimal } = SEPARATORS[locale];
  const compact = digits.replace(/\s/g, '');
  const parts = compact.split(decimal);
  if (parts.length > 2)
    throw new NormalizeError(`«${text}» has more than one decimal mark «${decimal}» (locale ${locale})`);
  const [whole = '', fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    throw new NormalizeError(`«${text}» is not a ${locale} number: «${group}» after the decimal mark «${decimal}»`);
  }
  if (whole.includes(group)) {
    const groups = whole.split(group);
    const ok = /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if (!ok) {
      throw new NormalizeError(
        `«${text}» is not a ${locale} number: «${group}» separates thousands in locale ${locale}` +
          (locale === 'vi' ? ' (write 97,92 for ninety-seven point nine two)' : ' (write 97.92)'),
      );
    }
  } else if (!/^\d+$/.test(whole)) {
    throw new NormalizeError(`«${text}» is not a ${locale} number`);
  }
  const value = Number(whole.split(group).join('') + (fraction !== undefined ? `.${fraction}` : ''));
  if (!Number.isFinite(value)) throw new NormalizeError(`«${text}» is out of range`);
  return { value: sign === '-' || sign === '−' ? -value : value, bound, suffix: rest.trim() };
}

import { NormalizeError } from './problems.ts';
import { codePoint, INVISIBLE_CHARACTER } from './text.ts';

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

/** A double holds 15 significant decimal digits exactly; a longer figure would be stored altered. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * Parses a printed number in the file's declared locale. Returns null for an empty or
 * "no figure" cell. Throws NormalizeError for anything it cannot read without guessing:
 * "97.92" in a `vi` file is refused, because there a dot groups thousands; "1e3", "1 2 3",
 * an invisible character inside the digits, and more digits than a double holds are refused too.
 */
export function parseNumber(text: string, locale: Locale): ParsedNumber | null {
  if (text === '') return null;
  // Fast path for the plain figures that make up almost every cell ("1.234", "97,92%"); it gives
  // what the full reading below gives, without normalizing or trying each qualifier word.
  const plain = PLAIN[locale].exec(text);
  if (plain) {
    const [, whole = '', fraction, percent = ''] = plain;
    const group = SEPARATORS[locale].group;
    const digits = whole.includes(group) ? whole.replaceAll(group, '') : whole;
    return { value: exactValue(digits, fraction, false, text), bound: 'exact', suffix: percent };
  }
  const invisible = INVISIBLE_CHARACTER.exec(text);
  if (invisible) throw new NormalizeError(`«${text}» holds an invisible character (${codePoint(invisible[0])})`);
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
  const match = /^([+\-−]?)(\d(?:[\d.,]*\d)?)(.*)$/su.exec(s);
  if (!match) throw new NormalizeError(`not a number: «${text}»`);
  const [, sign = '', digits = '', rest = ''] = match;
  if (/^[.,]?\s*[eE][+\-−]?\d/.test(rest))
    throw new NormalizeError(`«${text}» is in exponent notation: write the figure out in full`);
  if (/^[.,]?\s+[\d.,]*\d/.test(rest) || /^\s*[.,]\s*\d/.test(rest))
    throw new NormalizeError(`«${text}» has a space inside the number: write it without spaces`);
  if (/^[.,]/.test(rest)) throw new NormalizeError(`«${text}» is not a ${locale} number`);
  const suffix = rest.trim();
  if (/^\d/.test(suffix)) throw new NormalizeError(`«${text}» is not a ${locale} number`);
  const { group, decimal } = SEPARATORS[locale];
  const parts = digits.split(decimal);
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
  const value = exactValue(whole.split(group).join(''), fraction, sign === '-' || sign === '−', text);
  return { value, bound, suffix };
}

/** The value of plain digits, refused when a double cannot hold it exactly; -0 is 0. */
function exactValue(whole: string, fraction: string | undefined, negative: boolean, text: string): number {
  // Up to 15 digits in all cannot be too many: the count of significant ones is needed past that only.
  if (whole.length + (fraction?.length ?? 0) > MAX_SIGNIFICANT_DIGITS) refuseInexact(whole, fraction, text);
  const value = Number(fraction === undefined ? whole : `${whole}.${fraction}`);
  if (!Number.isFinite(value)) throw new NormalizeError(`«${text}» is out of range`);
  return negative && value !== 0 ? -value : value;
}

/** Refuses digits a double cannot hold exactly: more than 15 significant ones, or past 10³⁰⁰. */
function refuseInexact(whole: string, fraction: string | undefined, text: string): void {
  const significant = `${whole}${fraction ?? ''}`.replace(/^0+/, '').replace(/0+$/, '');
  const integerDigits = whole.replace(/^0+/, '').length;
  if (significant.length > MAX_SIGNIFICANT_DIGITS || integerDigits > 300)
    throw new NormalizeError(
      `«${text}» is out of range: more than ${MAX_SIGNIFICANT_DIGITS} significant digits cannot be stored exactly`,
    );
}

import { parseNumber, type Bound } from '../numbers.ts';
import { normalizeUnit } from '../units.ts';

/** What a printed figure counts, read from the word after it. */
export type FigureKind = 'percent' | 'money' | 'cases' | 'tasks' | 'things' | 'bare';

/** A figure printed in a sentence: "trên 539.000 việc", "97,92%", "47/48 nhiệm vụ", "75.000 tỉ đồng". */
export interface Figure {
  /** Offsets in the prepared text: the bound word (if any) through the unit. */
  start: number;
  end: number;
  /** The number itself (for a fraction, the numerator). */
  numberStart: number;
  numberEnd: number;
  /** The figure as printed, bound and unit included: "trên 88%", "gần 53.350". */
  printed: string;
  value: number;
  bound: Bound;
  kind: FigureKind;
  /** The unit word as printed ("tỉ đồng", "vụ việc", "%"), "" if none. */
  unit: string;
  /** In canonical units: VND for money, else the value. */
  canonical: number;
  /** For "47/48": the denominator and its offsets. */
  denominator?: { value: number; start: number; end: number };
  /** For kind 'things': the folded noun ("dien hinh", "tap the", "ca nhan", "tinh"). */
  noun?: string;
}

// Folded unit words after a number, longest first. Money needs "đồng" after "triệu": "24 triệu lượt người" is people.
const UNITS: ReadonlyArray<[RegExp, FigureKind]> = [
  [/^\s?%/, 'percent'],
  [/^ (?:nghin|ngan) (?:ty|ti)(?: dong)?(?![a-z])/, 'money'],
  [/^ (?:ty|ti)(?: dong)?(?![a-z])/, 'money'],
  [/^ trieu dong(?![a-z])/, 'money'],
  [/^ dong(?![a-z])/, 'money'],
  [/^ vu,? viec(?![a-z])/, 'cases'],
  [/^ viec(?![a-z])/, 'cases'],
  [/^ vu(?![a-z])/, 'cases'],
  [/^ nhiem vu(?![a-z])/, 'tasks'],
  [
    /^ (?:nhom nhiem vu (?:trong tam|cu the)|nhiem vu trong tam|dien hinh|tap the|ca nhan|tinh|don vi)(?![a-z])/,
    'things',
  ],
];

// The number tokens of a Vietnamese text: digits with their dots, commas and slashes.
const TOKEN = /\d[\d.,/]*\d|\d/g;
const VI_NUMBER = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const FRACTION = /^(\d{1,3}(?:\.\d{3})*|\d+)\/(\d{1,3}(?:\.\d{3})*|\d+)$/;
const BOUND_BEFORE = /(?:^|[^a-z])(tren|hon|gan|khoang|xap xi|duoi)\s+$/;
// What follows a number that is a date, a duration, an anniversary or an ordinal, never a figure.
const NOT_A_FIGURE_AFTER = /^\s?(?:thang|nam|ngay|quy|gio|phut|lan thu|\/\s?[a-z])|^[-/][a-z]/;

/**
 * Finds the figures of one sentence. `folded` is the sentence folded with foldKeepingOffsets;
 * `offset` is where the sentence starts in the prepared text. Dates ("30/9/2022"), document numbers
 * ("1860/QĐ-BTP"), phone numbers ("024.627.397.37"), years, durations ("9 tháng") and anniversaries
 * ("70 năm") are not figures: they never reach the indicator rules.
 */
export function findFigures(sentence: string, folded: string, offset: number): Figure[] {
  const figures: Figure[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const token = m[0];
    const at = m.index;
    const last = figures.at(-1);
    if (last && at < last.end - offset) continue; // inside an amount in parts ("132.905 tỷ 418 triệu đồng")
    const before = sentence[at - 1] ?? ' ';
    const afterText = folded.slice(at + token.length, at + token.length + 40);
    if (/[\p{L}\d_]/u.test(before) || /^[\p{L}_]/u.test(afterText)) continue; // part of a code: "QH15", "K2"
    if (NOT_A_FIGURE_AFTER.test(afterText)) continue;
    const fraction = FRACTION.exec(token);
    if (!fraction && !VI_NUMBER.test(token)) continue; // dates, phone numbers, "1.1.2" headings
    const numberText = fraction ? fraction[1]! : token;
    const parsed = parseNumber(numberText, 'vi');
    if (!parsed) continue;
    let kind: FigureKind = 'bare';
    let unitLength = 0;
    let noun: string | undefined;
    let multiplier = 1;
    // "2,8 triệu việc", "gần 10 nghìn vụ việc": a count in millions or thousands.
    const scaled = /^ (trieu|nghin|ngan)(?= (?:vu|viec))/.exec(afterText);
    if (scaled) multiplier = scaled[1] === 'trieu' ? 1e6 : 1e3;
    const unitText = scaled ? afterText.slice(scaled[0].length) : afterText;
    for (const [pattern, k] of UNITS) {
      const u = pattern.exec(unitText);
      if (u) {
        kind = k;
        unitLength = u[0].length + (scaled ? scaled[0].length : 0);
        if (k === 'things') noun = u[0].trim();
        break;
      }
    }
    if (fraction && kind !== 'tasks' && kind !== 'cases' && kind !== 'things') continue; // "30/9" is a date
    if (kind === 'bare' && /^(?:19|20)\d\d$/.test(token)) continue; // a year
    const boundMatch = BOUND_BEFORE.exec(folded.slice(Math.max(0, at - 12), at));
    const boundLength = boundMatch ? boundMatch[0].length - (/^[a-z]/.test(boundMatch[0]) ? 0 : 1) : 0;
    const start = at - boundLength;
    // "470 tỷ 581 triệu 046 nghìn đồng": an amount written in parts, summed in VND.
    const parts =
      kind === 'money' ? /^ (?:ty|ti) (\d{1,3}) trieu(?: (\d{1,3}) nghin)?(?: dong)?(?![a-z])/.exec(afterText) : null;
    if (parts) unitLength = parts[0].length;
    const end = at + token.length + unitLength;
    const unit = parts ? 'đồng' : multiplier !== 1 ? 'việc' : sentence.slice(at + token.length, end).trim();
    const printedNumber = fraction ? numberText : token;
    const printed = `${sentence.slice(start, at)}${printedNumber}${kind === 'percent' ? '%' : ''}`;
    const reparsed = parseNumber(printed, 'vi');
    const bound = reparsed?.bound ?? 'exact';
    const canonical = parts
      ? Math.round(parsed.value * 1e9 + Number(parts[1]) * 1e6 + Number(parts[2] ?? 0) * 1e3)
      : kind === 'money'
        ? Math.round(parsed.value * normalizeUnit(unit).factor)
        : parsed.value * multiplier;
    const figure: Figure = {
      start: offset + start,
      end: offset + end,
      numberStart: offset + at,
      numberEnd: offset + at + numberText.length,
      // An amount in parts or in millions has no single printed number the contract reads: it is written in
      // canonical units (đồng, cases) with its bound word.
      printed:
        kind === 'percent'
          ? printed
          : parts || multiplier !== 1
            ? `${sentence.slice(start, at)}${canonical}`
            : sentence.slice(start, at + printedNumber.length),
      value: parsed.value,
      bound,
      kind,
      unit,
      canonical,
    };
    if (noun) figure.noun = noun;
    if (fraction) {
      const denominator = parseNumber(fraction[2]!, 'vi');
      const dStart = offset + at + fraction[1]!.length + 1;
      if (denominator)
        figure.denominator = { value: denominator.value, start: dStart, end: dStart + fraction[2]!.length };
    }
    figures.push(figure);
  }
  return pairCounts(figures, sentence, offset);
}

/** "1.234,5 tỷ đồng / 5.000 tỷ đồng": two amounts of one kind around a slash are one pair of counts. */
function pairCounts(figures: Figure[], sentence: string, offset: number): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1];
    const between = b ? sentence.slice(a.end - offset, b.start - offset) : '';
    if (
      b &&
      !a.denominator &&
      a.kind === b.kind &&
      (a.kind === 'money' || a.kind === 'cases') &&
      /^\s*\/\s*$/.test(between)
    ) {
      out.push({ ...a, end: b.end, denominator: { value: b.canonical, start: b.numberStart, end: b.numberEnd } });
      i++;
    } else out.push(a);
  }
  return out;
}

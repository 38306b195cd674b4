import { rateDiscrepancy, ratePercent } from '../rates.ts';

/** Below this a candidate is listed as low-confidence for review. */
export const LOW_CONFIDENCE = 0.7;

/** One fact behind a score, as data: the catalogue words it (`extract.reasons`) in the reader's language. */
export type ReasonPart =
  | { code: 'agree'; counts: string; printed: string }
  | { code: 'disagree'; counts: string; printed: string; computed: number }
  | { code: 'countsOnly'; counts: string }
  | { code: 'printed'; printed: string }
  | { code: 'bound'; bound: 'above' | 'below' | 'approx' }
  | { code: 'placeFromDocument' }
  | { code: 'placeAssumed' }
  | { code: 'periodEarlier' }
  | { code: 'periodYearInferred' }
  | { code: 'periodReportDate' }
  | { code: 'periodNone' }
  | { code: 'indicatorFromContext' }
  | { code: 'notAProvince'; place: string };

/** How a language words each reason. */
export type ReasonWords = { [K in ReasonPart['code']]: (part: Extract<ReasonPart, { code: K }>) => string };

/** The reasons as one sentence in one language. */
export function reasonText(parts: readonly ReasonPart[], words: ReasonWords): string {
  return parts.map((p) => (words[p.code] as (part: ReasonPart) => string)(p)).join('; ');
}

export interface Confidence {
  score: number;
  reasons: ReasonPart[];
}

/** What the extractor knew about one candidate, each fact moving the score and adding to the reason. */
export interface Evidence {
  numerator: number | null;
  denominator: number | null;
  printed: number | null;
  printedText: string | null;
  bound: 'exact' | 'above' | 'below' | 'approx';
  place: 'sentence' | 'list' | 'document' | 'assumed';
  period: 'sentence' | 'earlier' | 'year-inferred' | 'report-date' | 'none';
  domainFromContext: boolean;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A score in 0..1 and a reason a reviewer can check:
 * "47/48 … 97,92%: numerator, denominator and printed rate agree".
 */
export function scoreCandidate(e: Evidence): Confidence {
  let score = 0.9;
  const reasons: ReasonPart[] = [];
  const counts = `${e.numerator}/${e.denominator}`;
  if (e.numerator !== null && e.denominator !== null) {
    const computed = ratePercent(e.numerator, e.denominator);
    if (e.printed !== null) {
      const difference = rateDiscrepancy(computed, e.printed, e.bound);
      if (difference === null) {
        score = 0.98;
        reasons.push({ code: 'agree', counts, printed: e.printedText ?? '' });
      } else {
        score = 0.6;
        reasons.push({ code: 'disagree', counts, printed: e.printedText ?? '', computed: r2(computed ?? 0) });
      }
    } else reasons.push({ code: 'countsOnly', counts });
  } else if (e.printedText) reasons.push({ code: 'printed', printed: e.printedText });
  if (e.bound !== 'exact') reasons.push({ code: 'bound', bound: e.bound });
  if (e.place === 'document') {
    score -= 0.1;
    reasons.push({ code: 'placeFromDocument' });
  } else if (e.place === 'assumed') {
    score -= 0.25;
    reasons.push({ code: 'placeAssumed' });
  }
  if (e.period === 'earlier') {
    score -= 0.05;
    reasons.push({ code: 'periodEarlier' });
  } else if (e.period === 'year-inferred') {
    score -= 0.15;
    reasons.push({ code: 'periodYearInferred' });
  } else if (e.period === 'report-date') {
    score -= 0.25;
    reasons.push({ code: 'periodReportDate' });
  } else if (e.period === 'none') {
    score -= 0.4;
    reasons.push({ code: 'periodNone' });
  }
  if (e.domainFromContext) {
    score -= 0.1;
    reasons.push({ code: 'indicatorFromContext' });
  }
  return { score: r2(Math.max(0.05, Math.min(1, score))), reasons };
}

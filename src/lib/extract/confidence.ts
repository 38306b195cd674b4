import { rateDiscrepancy, ratePercent } from '../rates.ts';

/** Below this a candidate is listed as low-confidence for review. */
export const LOW_CONFIDENCE = 0.7;

export interface Confidence {
  score: number;
  reason: string;
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
  const reasons: string[] = [];
  if (e.numerator !== null && e.denominator !== null) {
    const computed = ratePercent(e.numerator, e.denominator);
    if (e.printed !== null) {
      const difference = rateDiscrepancy(computed, e.printed, e.bound);
      if (difference === null) {
        score = 0.98;
        reasons.push(
          `${e.numerator}/${e.denominator} … ${e.printedText}: numerator, denominator and printed rate agree`,
        );
      } else {
        score = 0.6;
        reasons.push(`printed ${e.printedText} but ${e.numerator}/${e.denominator} = ${r2(computed ?? 0)}%`);
      }
    } else reasons.push(`${e.numerator}/${e.denominator}: counts printed, no rate printed`);
  } else if (e.printedText) reasons.push(`printed ${e.printedText}`);
  if (e.bound !== 'exact') reasons.push(`a bound (${e.bound}), not an exact figure`);
  if (e.place === 'document') {
    score -= 0.1;
    reasons.push('place taken from the report, not the sentence');
  } else if (e.place === 'assumed') {
    score -= 0.25;
    reasons.push('no place named: national assumed');
  }
  if (e.period === 'earlier') {
    score -= 0.05;
    reasons.push('period from an earlier sentence');
  } else if (e.period === 'year-inferred') {
    score -= 0.15;
    reasons.push("period's year inferred from the report's date");
  } else if (e.period === 'report-date') {
    score -= 0.25;
    reasons.push("period inferred from the report's date");
  } else if (e.period === 'none') {
    score -= 0.4;
    reasons.push('no period found: give one');
  }
  if (e.domainFromContext) {
    score -= 0.1;
    reasons.push('indicator read from the sentence before');
  }
  return { score: r2(Math.max(0.05, Math.min(1, score))), reason: reasons.join('; ') };
}

import type { Bound } from './numbers.ts';

/** A printed rate may differ from its counts by rounding; more than this is a discrepancy. */
export const DISCREPANCY_THRESHOLD_PP = 0.05;

/** numerator / denominator × 100, or null when there is nothing to divide. */
export function ratePercent(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return (numerator / denominator) * 100;
}

// Combining rates (sum the numerators, sum the denominators, divide) is stated once, in SQL, where the
// figures are: src/lib/reaggregate.ts and the queries that use it.

/** "gần 85%" (nearly) and "khoảng 85%" (about) promise less than a rounded figure. */
export const APPROXIMATE_THRESHOLD_PP = 1;

/**
 * printed − computed, in percentage points, when the printed figure misstates its counts;
 * else null. A bound is honoured: "trên 85%" is true of 85,19%.
 */
export function rateDiscrepancy(
  computed: number | null,
  reported: number | null,
  bound: Bound = 'exact',
): number | null {
  if (computed === null || reported === null) return null;
  const difference = reported - computed;
  const wrong =
    bound === 'above'
      ? computed < reported - DISCREPANCY_THRESHOLD_PP
      : bound === 'below'
        ? computed > reported + DISCREPANCY_THRESHOLD_PP
        : Math.abs(difference) > (bound === 'approx' ? APPROXIMATE_THRESHOLD_PP : DISCREPANCY_THRESHOLD_PP);
  return wrong ? difference : null;
}

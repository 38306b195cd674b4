import type { PeriodBasis } from './periods.ts';

export type IndicatorKind = 'rate' | 'count' | 'money' | 'target' | 'fact';
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['rate', 'count', 'money', 'target', 'fact'];

/** One row of data/indicators.csv. */
export interface Indicator {
  id: string;
  name_vi: string;
  name_en: string;
  kind: IndicatorKind;
  unit: string;
  /** For rates: the count indicators divided. */
  numerator: string | null;
  denominator: string | null;
  period_basis: PeriodBasis;
  description_vi: string;
  description_en: string;
}

/** Enforcement indicators follow the 1 October statistical year; the id says which they are. */
export function expectedBasis(id: string): PeriodBasis {
  return id.startsWith('thads_') ? 'thads_year' : 'calendar';
}

/** The values an indicator can take: a percent lies in 0..100, every count, amount and fact in 0..∞. */
export interface ValueRange {
  min: number;
  max: number;
}

/**
 * One rule for every kind, facts included, read from the declared kind and unit so that the build
 * and the browser upload (which reads indicators from Parquet) hold the same range.
 */
export function valueRange(indicator: Pick<Indicator, 'kind' | 'unit'>): ValueRange {
  return indicator.unit === 'percent' || indicator.kind === 'rate' ? { min: 0, max: 100 } : { min: 0, max: Infinity };
}

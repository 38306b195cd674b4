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

import { isoDateColumn, literal } from '../lib/sql.ts';

/** The existing view that draws an indicator's national series, with its fixed parameters. */
export const SERIES_VIEWS: Record<string, { view: string; params: Record<string, string> }> = {
  thads_case_rate: { view: 'enforcement', params: { measure: 'case' } },
  thads_case_target: { view: 'enforcement', params: { measure: 'case' } },
  thads_money_rate: { view: 'enforcement', params: { measure: 'money' } },
  thads_money_target: { view: 'enforcement', params: { measure: 'money' } },
  tasks_completed_rate: { view: 'tasks', params: { scope: 'all' } },
};

/** The indicator a figure block is about, for its link to the indicator page: from its parameters or its view. */
export function figureIndicator(view: string, params: Record<string, string>): string | null {
  if (params.indicator) return params.indicator;
  if (view === 'enforcement') return params.measure === 'money' ? 'thads_money_rate' : 'thads_case_rate';
  if (view === 'tasks') return 'tasks_completed_rate';
  return null;
}

/** Rows of an indicator's coverage table: per year of the period end, how many places have figures. */
export interface CoverageYearRow {
  year: number;
  figures: number;
  national: number;
  provinces63: number;
  provinces34: number;
  clusters: number;
}

export function coverageByYearSql(indicator: string): string {
  return `SELECT year(period_end)::INTEGER AS year, count(*)::INTEGER AS figures,
  count(*) FILTER (geo_code = 'VN')::INTEGER AS national,
  count(DISTINCT geo_code) FILTER (geo_level = 'province' AND geo_map = '63')::INTEGER AS provinces63,
  count(DISTINCT geo_code) FILTER (geo_level = 'province' AND geo_map = '34')::INTEGER AS provinces34,
  count(DISTINCT geo_code) FILTER (geo_level = 'cluster')::INTEGER AS clusters
FROM observations WHERE indicator = ${literal(indicator)} GROUP BY 1 ORDER BY 1`;
}

/** The pages' indicators: every rate and target, with its definition. */
export const PAGE_INDICATORS_SQL = `SELECT id, name_vi, name_en, kind, unit, numerator, denominator, period_basis,
  description_vi, description_en FROM indicators WHERE kind IN ('rate', 'target') ORDER BY kind, id`;

/** First and last day of an indicator's figures, for the coverage line and the Dataset's temporalCoverage. */
export function spanSql(indicator: string): string {
  return `SELECT ${isoDateColumn('min(period_start)', 'first')}, ${isoDateColumn('max(period_end)', 'last')},
  count(*)::INTEGER AS figures FROM observations WHERE indicator = ${literal(indicator)}`;
}

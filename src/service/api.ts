import { DENOMINATOR_SCOPES } from '../lib/issues.ts';
import { isoDateColumn, literal } from '../lib/sql.ts';

/** The API's version: it is in every address, so a new shape is a new path and old clients keep working. */
export const API_VERSION = 'v1';
export const API_BASE = `/api/${API_VERSION}`;

/**
 * The columns of `/api/v1/indicators/<id>.csv|.json`, in order. Stable: a column may be added at the end,
 * never renamed or removed within v1. Names of the Parquet contract where they overlap.
 */
export const API_COLUMNS = [
  'indicator',
  'period_label',
  'period_start',
  'period_end',
  'period_type',
  'geo_code',
  'geo_level',
  'geo_map',
  'geo_name_vi',
  'geo_name_en',
  'organisation',
  'subdivision',
  'value_reported',
  'bound',
  'value',
  'numerator',
  'denominator',
  'denominator_scope',
  'unit',
  'is_preferred',
  'source_id',
  'source_title',
  'source_publisher',
  'source_date',
  'source_url',
  'notes',
  'release',
] as const;

/** The values a coded column takes, shown as code beside its meaning. */
export const API_COLUMN_VALUES: Partial<Record<(typeof API_COLUMNS)[number], readonly string[]>> = {
  geo_level: ['country', 'province', 'cluster'],
  geo_map: ['63', '34'],
  bound: ['exact', 'above', 'below', 'approx'],
  denominator_scope: DENOMINATOR_SCOPES,
  unit: ['percent', 'VND', 'cases', 'tasks', 'persons', 'teams', '…'],
  is_preferred: ['true', 'false'],
};

export type ApiColumn = (typeof API_COLUMNS)[number];
export type ApiRow = Record<ApiColumn, string | number | boolean | null>;

/** Every published figure of one indicator, every version, with its place's name on the map in force. */
export function apiFiguresSql(indicator: string, release: string): string {
  return `SELECT o.indicator, o.period_label, ${isoDateColumn('o.period_start', 'period_start')},
  ${isoDateColumn('o.period_end', 'period_end')}, o.period_type, o.geo_code, o.geo_level, o.geo_map,
  g.name_vi AS geo_name_vi, g.name_en AS geo_name_en, o.organisation, o.subdivision,
  o.value_reported, o.bound, o.value, o.numerator, o.denominator, o.denominator_scope, o.unit, o.is_preferred,
  o.source_id,
  s.title AS source_title, s.publisher AS source_publisher, ${isoDateColumn('s.date', 'source_date')},
  s.url AS source_url, o.notes, ${literal(release)} AS release
FROM observations o JOIN sources s ON s.id = o.source_id
LEFT JOIN geo g ON g.code = o.geo_code AND g.map IS NOT DISTINCT FROM o.geo_map
WHERE o.indicator = ${literal(indicator)}
ORDER BY o.period_end, o.period_start, o.geo_code, o.organisation NULLS FIRST, o.subdivision NULLS FIRST, o.source_id`;
}

/** An indicator with its coverage: what `/api/v1/indicators.json` lists. */
export interface CoverageRow {
  id: string;
  name_vi: string;
  name_en: string;
  kind: string;
  unit: string;
  numerator: string | null;
  denominator: string | null;
  period_basis: string;
  description_vi: string;
  description_en: string;
  figures: number;
  first_period_start: string;
  last_period_end: string;
  places: number;
  national: boolean;
  provinces63: number;
  provinces34: number;
}

/** Indicators that have published figures, with how many, over which years and places. */
export const COVERAGE_SQL = `SELECT i.id, i.name_vi, i.name_en, i.kind, i.unit, i.numerator, i.denominator,
  i.period_basis, i.description_vi, i.description_en, count(*)::INTEGER AS figures,
  ${isoDateColumn('min(o.period_start)', 'first_period_start')},
  ${isoDateColumn('max(o.period_end)', 'last_period_end')},
  count(DISTINCT o.geo_code)::INTEGER AS places, bool_or(o.geo_code = 'VN') AS national,
  count(DISTINCT o.geo_code) FILTER (o.geo_level = 'province' AND o.geo_map = '63')::INTEGER AS provinces63,
  count(DISTINCT o.geo_code) FILTER (o.geo_level = 'province' AND o.geo_map = '34')::INTEGER AS provinces34
FROM indicators i JOIN observations o ON o.indicator = i.id
GROUP BY ALL ORDER BY any_value(i.kind) = 'fact', i.id`;

/** Indicators with a page of their own: the rates and their targets. */
export function hasIndicatorPage(kind: string): boolean {
  return kind === 'rate' || kind === 'target';
}

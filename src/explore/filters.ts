import { NO_RATE_SCOPE } from '../lib/issues.ts';
import { formingProvincesSql, formsWholeSql, placedOnMapSql } from '../lib/reaggregate.ts';
import { isoDateColumn, literal } from '../lib/sql.ts';
import type { ExploreState } from './state.ts';

/**
 * SQL for the Explore filters. One base query gives every figure in scope the place it counts
 * towards at the chosen level (or NULL, with the reason it cannot count); the result query
 * groups by place and period and recomputes; the exclusion query counts what was left out.
 *
 * The rules, as the domain requires:
 * - A single published figure is shown as published (a printed rate stays a printed rate).
 * - Combining figures (a region, a cluster, an old province folded into a new one) sums
 *   numerators and denominators and divides: rates are never averaged. A rate printed without
 *   its counts cannot take part; such rows are counted and the page says how many.
 * - Counts and amounts are summed; targets and one-off facts are never summed.
 */

/** Why a figure in scope has no place at the chosen level. */
export const EXCLUSION_REASONS = ['subdivision', 'map34', 'no_successor', 'no_region', 'no_cluster'] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/** English names of the six socio-economic regions of geo.region (Vietnamese in the data). */
export const REGION_NAMES_EN: Record<string, string> = {
  'Trung du và miền núi phía Bắc': 'Northern midlands and mountains',
  'Đồng bằng sông Hồng': 'Red River Delta',
  'Bắc Trung Bộ và duyên hải miền Trung': 'North Central and Central coast',
  'Tây Nguyên': 'Central Highlands',
  'Đông Nam Bộ': 'South East',
  'Đồng bằng sông Cửu Long': 'Mekong Delta',
};

function inList(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map(literal).join(', ')})`;
}

/** Filters on indicator, version and period shared by every level. */
function scopeConditions(state: ExploreState): string[] {
  const conditions = [state.indicators.length > 0 ? inList('o.indicator', state.indicators) : 'FALSE'];
  if (!state.allVersions) conditions.push('o.is_preferred');
  if (state.from !== null) conditions.push(`year(o.period_end) >= ${Math.trunc(state.from)}`);
  if (state.to !== null) conditions.push(`year(o.period_end) <= ${Math.trunc(state.to)}`);
  if (state.periodType !== 'all') conditions.push(`o.period_type = ${literal(state.periodType)}`);
  return conditions;
}

const BASE_COLUMNS = `o.indicator, i.kind, o.unit, o.geo_code, o.organisation,
  o.period_start, o.period_end, o.period_type,
  o.numerator, o.denominator, o.value, o.value_reported, o.bound, o.source_id, o.denominator_scope`;

/**
 * Every figure in scope with `place_code` (NULL when it cannot count at this level), `is_part`
 * (true when the place is made of several places, so figures must be combined) and `reason`.
 */
export function baseSql(state: ExploreState): string {
  const where = scopeConditions(state).join(' AND ');
  const from = 'FROM observations o JOIN indicators i ON i.id = o.indicator';
  // District figures are parts of a province: counting them beside the province total would count twice.
  const sub = (placed: string, reason: string) =>
    `CASE WHEN o.subdivision IS NOT NULL THEN 'subdivision' WHEN (${placed}) IS NULL THEN ${reason} END`;
  switch (state.geo) {
    case 'national':
      return `SELECT ${BASE_COLUMNS}, CASE WHEN o.subdivision IS NULL THEN o.geo_code END AS place_code,
  FALSE AS is_part, ${sub('o.geo_code', 'NULL')} AS reason
${from} WHERE ${where} AND o.geo_level = 'country'`;
    case 'province':
      if (state.map === '63') {
        // Figures of the new 34 provinces cannot be split back onto the old 63.
        const placed = placedOnMapSql('63');
        return `SELECT ${BASE_COLUMNS}, CASE WHEN o.subdivision IS NULL THEN ${placed} END AS place_code,
          FALSE AS is_part, ${sub(placed, "'map34'")} AS reason
${from} WHERE ${where} AND o.geo_level = 'province'`;
      } else {
        // Old provinces are folded into the new one they became part of (geo.successor_code).
        const placed = placedOnMapSql('34');
        const part = `o.geo_map = '63' AND ${formingProvincesSql('g.successor_code')} > 1`;
        return `SELECT ${BASE_COLUMNS}, CASE WHEN o.subdivision IS NULL THEN ${placed} END AS place_code,
  coalesce(${part}, FALSE) AS is_part, ${sub(placed, "'no_successor'")} AS reason
${from}
LEFT JOIN geo g ON g.code = o.geo_code AND g.map = o.geo_map
WHERE ${where} AND o.geo_level = 'province'`;
      }
    case 'region': {
      // A new province belongs to a region only if every old province it was formed from did.
      const placed = `CASE WHEN o.geo_map = '63' THEN g.region ELSE r.region END`;
      return `SELECT ${BASE_COLUMNS}, CASE WHEN o.subdivision IS NULL THEN ${placed} END AS place_code,
        TRUE AS is_part, ${sub(placed, "'no_region'")} AS reason
${from}
LEFT JOIN geo g ON g.code = o.geo_code AND g.map = o.geo_map
LEFT JOIN (SELECT successor_code AS code,
  CASE WHEN count(DISTINCT region) = 1 THEN any_value(region) END AS region
  FROM geo WHERE map = '63' GROUP BY ALL) r
  ON o.geo_map = '34' AND r.code = o.geo_code
WHERE ${where} AND o.geo_level = 'province'`;
    }
    case 'cluster':
      // Figures published for a cluster stand as they are; its members' figures are combined,
      // over the members a source lists for the figure's period.
      return `SELECT ${BASE_COLUMNS}, CASE WHEN o.subdivision IS NULL THEN o.geo_code END AS place_code,
  FALSE AS is_part, ${sub('o.geo_code', 'NULL')} AS reason
${from} WHERE ${where} AND o.geo_level = 'cluster'
UNION ALL
SELECT ${BASE_COLUMNS}, CASE WHEN o.subdivision IS NULL THEN m.cluster_id END AS place_code,
  TRUE AS is_part, ${sub('m.cluster_id', "'no_cluster'")} AS reason
${from}
LEFT JOIN cluster_members m ON m.province_code = o.geo_code
  AND (m.valid_from IS NULL OR m.valid_from <= o.period_end) AND (m.valid_to IS NULL OR m.valid_to >= o.period_start)
WHERE ${where} AND o.geo_level = 'province'`;
  }
}

import type { ResultRow } from '../lib/result-row.ts';

export type { ResultRow };

/** The columns of ResultRow, in the order downloads write them. */
export const RESULT_COLUMNS: ReadonlyArray<keyof ResultRow> = [
  'indicator',
  'indicator_vi',
  'indicator_en',
  'kind',
  'unit',
  'place_code',
  'place_vi',
  'place_en',
  'organisation',
  'period_start',
  'period_end',
  'period_type',
  'value',
  'value_reported',
  'bound',
  'numerator',
  'denominator',
  'denominator_scope',
  'aggregated',
  'figures',
  'places',
  'places_total',
  'without_counts',
  'not_summable',
  'sources',
];

function placeNames(state: ExploreState): { join: string; vi: string; en: string; total: string } {
  switch (state.geo) {
    case 'national':
      return {
        join: `LEFT JOIN geo pg ON pg.code = r.place_code AND pg.level = 'country'`,
        vi: `coalesce(pg.short_vi, r.place_code)`,
        en: `coalesce(pg.name_en, r.place_code)`,
        total: 'NULL',
      };
    case 'province':
      return {
        join: `LEFT JOIN geo pg ON pg.code = r.place_code AND pg.map = ${literal(state.map)}`,
        vi: `coalesce(pg.short_vi, r.place_code)`,
        en: `coalesce(pg.name_en, r.place_code)`,
        total: state.map === '34' ? formingProvincesSql('r.place_code') : 'NULL',
      };
    case 'region': {
      const english = Object.entries(REGION_NAMES_EN)
        .map(([vi, en]) => `WHEN ${literal(vi)} THEN ${literal(en)}`)
        .join(' ');
      return {
        join: '',
        vi: 'r.place_code',
        en: `CASE r.place_code ${english} ELSE r.place_code END`,
        total: `(SELECT count(*) FROM geo t WHERE t.map = '63' AND t.region = r.place_code)`,
      };
    }
    case 'cluster':
      return {
        join: `LEFT JOIN geo pg ON pg.code = r.place_code AND pg.level = 'cluster'`,
        vi: `coalesce(pg.name_vi, r.place_code)`,
        en: `coalesce(pg.name_en, r.place_code)`,
        total: `CASE WHEN r.aggregated THEN (SELECT count(DISTINCT t.province_code) FROM cluster_members t
        WHERE t.cluster_id = r.place_code
    AND (t.valid_from IS NULL OR t.valid_from <= r.period_end)
    AND (t.valid_to IS NULL OR t.valid_to >= r.period_start)) END`,
      };
  }
}

/** The result of a selection: one row per indicator, place, body and period (and source, for every version). */
export function resultSql(state: ExploreState): string {
  const names = placeNames(state);
  const placeFilter =
    state.geo !== 'national' && state.places.length > 0 ? ` AND ${inList('b.place_code', state.places)}` : '';
  const versionKey = state.allVersions ? ', b.source_id' : '';
  const order =
    state.indicators.length > 0
      ? `list_position([${state.indicators.map(literal).join(', ')}], r.indicator)`
      : 'r.indicator';
  // Counts that make no rate (countsMakeNoRate) are not combined into one either.
  const counted = `b.numerator IS NOT NULL AND b.denominator IS NOT NULL
    AND b.denominator_scope IS DISTINCT FROM ${literal(NO_RATE_SCOPE)}`;
  // A new province is a place of its own: formed from some of its old provinces, its figure would be a
  // part shown as the whole (src/lib/reaggregate.ts). Regions and clusters are groupings an analyst
  // asks for, so their combined rows stand with their coverage (places/places_total) beside them.
  const whole = formsWholeSql({
    reported: 'r.places',
    withCounts: 'r.places - r.rates_without_counts',
    members: 'r.places_total',
  });
  const partOfWhole = state.geo === 'province' ? `r.is_part AND NOT ${whole}` : 'FALSE';
  return `WITH base AS (
${baseSql(state)}
), grouped AS (
  SELECT b.indicator, b.place_code, b.is_part, b.organisation, b.period_start, b.period_end${versionKey},
    any_value(b.kind) AS kind, any_value(b.unit) AS unit, any_value(b.period_type) AS period_type,
    b.is_part OR count(*) > 1 AS aggregated,
    count(*)::INTEGER AS figures,
    count(DISTINCT b.geo_code)::INTEGER AS places,
    count(*) FILTER (WHERE b.kind = 'rate' AND NOT (${counted}))::INTEGER AS rates_without_counts,
    sum(b.numerator) FILTER (WHERE ${counted}) AS numerator_sum,
    sum(b.denominator) FILTER (WHERE ${counted}) AS denominator_sum,
    sum(b.value) AS value_sum,
    any_value(b.value) AS value_one, any_value(b.value_reported) AS reported_one, any_value(b.bound) AS bound_one,
    any_value(b.numerator) AS numerator_one, any_value(b.denominator) AS denominator_one,
    any_value(b.denominator_scope) AS scope_one,
    string_agg(DISTINCT b.source_id, ', ' ORDER BY b.source_id) AS sources
  FROM base b
  WHERE b.place_code IS NOT NULL${placeFilter}
  GROUP BY b.indicator, b.place_code, b.is_part, b.organisation, b.period_start, b.period_end${versionKey}
), counted AS (
  SELECT r.*, (${names.total})::INTEGER AS places_total FROM grouped r
)
SELECT r.indicator, i.name_vi AS indicator_vi, i.name_en AS indicator_en, r.kind, r.unit,
  r.place_code, ${names.vi} AS place_vi, ${names.en} AS place_en, r.organisation,
  ${isoDateColumn('r.period_start', 'period_start')}, ${isoDateColumn('r.period_end', 'period_end')}, r.period_type,
  -- One published figure is the figure its source printed; the rate from its counts is only a check.
  CASE WHEN NOT r.aggregated THEN coalesce(r.reported_one, r.value_one)
    WHEN ${partOfWhole} THEN NULL
    WHEN r.kind = 'rate' THEN 100 * r.numerator_sum / nullif(r.denominator_sum, 0)
    WHEN r.kind IN ('count', 'money') THEN r.value_sum END AS value,
  CASE WHEN NOT r.aggregated THEN r.reported_one END AS value_reported,
  CASE WHEN NOT r.aggregated THEN r.bound_one ELSE 'exact' END AS bound,
  CASE WHEN NOT r.aggregated THEN r.numerator_one WHEN ${partOfWhole} THEN NULL
    WHEN r.kind = 'rate' THEN r.numerator_sum END AS numerator,
  CASE WHEN NOT r.aggregated THEN r.denominator_one WHEN ${partOfWhole} THEN NULL
    WHEN r.kind = 'rate' THEN r.denominator_sum END AS denominator,
  CASE WHEN NOT r.aggregated THEN r.scope_one END AS denominator_scope,
  r.aggregated, r.figures, r.places, r.places_total,
  CASE WHEN r.aggregated AND r.kind = 'rate' THEN r.rates_without_counts ELSE 0 END AS without_counts,
  CASE WHEN r.aggregated AND r.kind NOT IN ('rate', 'count', 'money') THEN r.figures ELSE 0 END AS not_summable,
  r.sources
FROM counted r JOIN indicators i ON i.id = r.indicator
${names.join}
ORDER BY ${order}, place_vi, r.period_end, r.period_start, r.organisation NULLS FIRST, r.sources`;
}

/**
 * Figures in scope that could not count at the chosen level, by reason; `byYear` also splits them by the
 * year their period ends (the year span of src/explore/cross-filter.ts then adds up its own years).
 */
export function excludedSql(state: ExploreState, byYear = false): string {
  const placeFilter =
    state.geo === 'province' && state.places.length > 0 ? ` AND ${inList('b.geo_code', state.places)}` : '';
  const year = byYear ? ', year(b.period_end)::INTEGER AS year' : '';
  return `WITH base AS (
${baseSql(state)}
)
SELECT b.reason${year}, count(*)::INTEGER AS figures FROM base b
WHERE b.place_code IS NULL${placeFilter} GROUP BY ALL ORDER BY ALL`;
}

export interface ExclusionRow {
  reason: ExclusionReason;
  figures: number;
}

import type { Bound } from './numbers.ts';
import type { Source } from './reference.ts';
import { blockedReasonSql, formingProvincesSql, formsWholeSql, placedOnMapSql } from './reaggregate.ts';
import { isoDateColumn, literal } from './sql.ts';

/**
 * The one query module: every chart and KPI on the site is one of these SQL strings, run by
 * DuckDB for Node when the page is built and by DuckDB-wasm when a reader changes a control.
 */

/** A row's source (sources.csv, joined as `s`): enough to link it, or to find it where no address was kept. */
export interface SourceColumns {
  source_id: string;
  source_title: string;
  source_publisher: string;
  source_url: string | null;
  source_date: string | null;
  /** official_report, official_portal, press or repost (src/lib/sources.ts). */
  source_kind: string | null;
}

/** The columns of SourceColumns, from the sources table joined as `s` (source_id comes with the row's own table). */
const SOURCE_COLUMNS = `s.title AS source_title, s.publisher AS source_publisher, s.url AS source_url,
  ${isoDateColumn('s.date', 'source_date')}, s.kind AS source_kind`;

/** One published figure with its source, as pages show it. */
export interface FigureRow extends SourceColumns {
  indicator: string;
  geo_code: string;
  organisation: string | null;
  period_start: string;
  period_end: string;
  period_type: string;
  value: number;
  value_reported: number | null;
  numerator: number | null;
  denominator: number | null;
  bound: Bound;
  unit: string;
  notes: string | null;
  /** The source printed no date: the period follows a convention (marked on the page). */
  dates_assumed: boolean | null;
  /** How the unprinted dates were set: statistical_year, year_only, cutoff or curation. */
  dates_basis: string | null;
  /** Task counts: all_assigned (tasks not yet due included) or due. */
  denominator_scope: string | null;
  /** A curator's finding about the printed figure (src/lib/issues.ts), shown where the figure is. */
  issue: string | null;
}

const FIGURE_COLUMNS = `o.indicator, o.geo_code, o.organisation,
  ${isoDateColumn('o.period_start', 'period_start')}, ${isoDateColumn('o.period_end', 'period_end')},
  o.period_type, o.value, o.value_reported, o.numerator, o.denominator, o.bound, o.unit, o.source_id,
  ${SOURCE_COLUMNS}, o.notes,
  o.dates_assumed, o.dates_basis, o.denominator_scope, o.issue`;

/** Preferred versions of whole-sector or whole-province figures (no district, no single body). */
const HEADLINE = `o.is_preferred AND o.subdivision IS NULL AND o.organisation IS NULL`;

/** A national series of one indicator, oldest first. */
export function nationalSeriesSql(indicator: string): string {
  return `SELECT ${FIGURE_COLUMNS} FROM observations o JOIN sources s ON s.id = o.source_id
WHERE ${HEADLINE} AND o.indicator = ${literal(indicator)} AND o.geo_code = 'VN'
ORDER BY o.period_end, o.period_start`;
}

/** Every figure of one indicator, any body (tasks are reported by the sector and by the Ministry). */
export function indicatorFiguresSql(indicator: string, geo = 'VN'): string {
  return `SELECT ${FIGURE_COLUMNS} FROM observations o JOIN sources s ON s.id = o.source_id
WHERE o.is_preferred AND o.subdivision IS NULL AND o.indicator = ${literal(indicator)} AND o.geo_code = ${literal(geo)}
ORDER BY o.period_end, o.period_start, o.organisation NULLS FIRST`;
}

/** A rate for every province in one period, with the province's name. */
export interface ProvinceFigureRow extends FigureRow {
  name_vi: string;
  /** The province's name without diacritics, as English pages write it. */
  name_en: string;
  geo_map: string;
}

export function provinceFiguresSql(indicator: string, start: string, end: string): string {
  return `SELECT ${FIGURE_COLUMNS}, g.short_vi AS name_vi, g.name_ascii AS name_en, o.geo_map
FROM observations o JOIN sources s ON s.id = o.source_id JOIN geo g ON g.code = o.geo_code AND g.map = o.geo_map
WHERE ${HEADLINE} AND o.geo_level = 'province' AND o.indicator = ${literal(indicator)}
  AND o.period_start = DATE ${literal(start)} AND o.period_end = DATE ${literal(end)}
ORDER BY coalesce(o.value_reported, o.value) DESC, g.short_vi`;
}

/** A province a reader may choose to compare, and the years its figures end in. */
export interface CompareChoiceRow {
  code: string;
  name_vi: string;
  name_en: string;
  first_year: number;
  last_year: number;
}

/** The provinces with figures of an indicator, by name, for "compare the provinces you choose". */
export function compareChoicesSql(indicator: string): string {
  return `SELECT o.geo_code AS code, any_value(g.short_vi) AS name_vi, any_value(g.name_ascii) AS name_en,
  min(year(o.period_end))::INTEGER AS first_year, max(year(o.period_end))::INTEGER AS last_year
FROM observations o JOIN geo g ON g.code = o.geo_code AND g.map = o.geo_map
WHERE ${HEADLINE} AND o.geo_level = 'province' AND o.indicator = ${literal(indicator)}
GROUP BY o.geo_code ORDER BY name_vi, code`;
}

/**
 * The figures of the chosen provinces for the periods ending in a span of years: the open question of a
 * topic page, run by DuckDB-wasm in the page and by DuckDB for Node in its test, with this one SQL.
 */
export function compareProvincesSql(
  indicator: string,
  codes: readonly string[],
  fromYear: number,
  toYear: number,
): string {
  const places = codes.length ? codes.map(literal).join(', ') : 'NULL';
  const [from, to] = [Math.trunc(Math.min(fromYear, toYear)), Math.trunc(Math.max(fromYear, toYear))];
  return `SELECT ${FIGURE_COLUMNS}, g.short_vi AS name_vi, g.name_ascii AS name_en
FROM observations o JOIN sources s ON s.id = o.source_id JOIN geo g ON g.code = o.geo_code AND g.map = o.geo_map
WHERE ${HEADLINE} AND o.geo_level = 'province' AND o.indicator = ${literal(indicator)}
  AND o.geo_code IN (${places}) AND year(o.period_end) BETWEEN ${from} AND ${to}
ORDER BY o.period_end, o.period_start, g.short_vi`;
}

/** The periods for which an indicator has province figures, most provinces first. */
export interface PeriodChoiceRow {
  period_start: string;
  period_end: string;
  provinces: number;
}

export function provincePeriodsSql(indicator: string): string {
  return `SELECT ${isoDateColumn('period_start')}, ${isoDateColumn('period_end')},
    count(DISTINCT geo_code)::INTEGER AS provinces
FROM observations o WHERE ${HEADLINE} AND geo_level = 'province' AND indicator = ${literal(indicator)}
GROUP BY ALL ORDER BY provinces DESC, period_end DESC`;
}

/** A national rate and its target, yearly. */
export interface TargetRow {
  period_start: string;
  period_end: string;
  value: number;
  bound: Bound;
  source_id: string;
  source_title: string;
  source_url: string | null;
  source_kind?: string | null;
}

export function nationalTargetsSql(target: string): string {
  return `SELECT ${isoDateColumn('o.period_start', 'period_start')}, ${isoDateColumn('o.period_end', 'period_end')},
  o.value, o.bound, o.source_id, s.title AS source_title, s.url AS source_url, s.kind AS source_kind
FROM observations o JOIN sources s ON s.id = o.source_id
WHERE ${HEADLINE} AND o.indicator = ${literal(target)} AND o.geo_code = 'VN' ORDER BY o.period_end`;
}

/** Indicator definitions, for names and the method page. */
export interface IndicatorRow {
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
}

export const INDICATORS_SQL = `SELECT * FROM indicators ORDER BY kind = 'fact', id`;

/** A source as sources.parquet holds it, with how many figures cite it. */
export interface SourceRow extends Source {
  figures: number;
}

export const SOURCES_SQL = `SELECT s.id, s.title, s.publisher, s.url, ${isoDateColumn('s.date', 'date')}, s.note,
  s.kind, count(o.source_id)::INTEGER AS figures
FROM sources s LEFT JOIN observations o ON o.source_id = s.id GROUP BY ALL ORDER BY date DESC NULLS LAST, s.id`;

export interface MovementRow extends SourceColumns {
  id: string;
  title_vi: string;
  level: string;
  issuer: string;
  launched_on: string | null;
  decision_no: string | null;
  period_start: string | null;
  period_end: string | null;
  focus_task_count: number | null;
  /** Only the year (or period) of the launch is printed: launched_on is 1 January by convention. */
  launched_on_assumed: boolean | null;
  note: string | null;
}

export const MOVEMENTS_SQL = `SELECT m.id, m.title_vi, m.level, m.issuer,
  ${isoDateColumn('m.launched_on', 'launched_on')}, m.decision_no,
  ${isoDateColumn('m.period_start', 'period_start')}, ${isoDateColumn('m.period_end', 'period_end')},
  m.focus_task_count,
  m.launched_on_assumed, m.source_id, ${SOURCE_COLUMNS}, m.note
FROM movements m JOIN sources s ON s.id = m.source_id ORDER BY m.period_start, m.id`;

export interface ClusterRow {
  code: string;
  name_vi: string;
  name_en: string;
  members_known: string | null;
  source_url: string | null;
  note: string | null;
  members: string | null;
  members_years: string | null;
}

export const CLUSTERS_SQL = `SELECT c.code, c.name_vi, c.name_en, c.members_known, c.source_url, c.note,
  string_agg(p.short_vi, ', ' ORDER BY p.short_vi) AS members,
  string_agg(DISTINCT CAST(year(m.valid_from) AS VARCHAR), ', ') AS members_years
FROM geo c
LEFT JOIN cluster_members m ON m.cluster_id = c.code
LEFT JOIN geo p ON p.code = m.province_code AND p.map = '63'
WHERE c.level = 'cluster' GROUP BY ALL ORDER BY c.code`;

/** One-off facts of the emulation movements: awards, honours, focus-task counts. */
export const FACTS_SQL = `SELECT o.indicator, i.name_vi, i.name_en, o.geo_code, g.short_vi AS place,
  o.organisation, o.subdivision,
  ${isoDateColumn('o.period_start', 'period_start')}, ${isoDateColumn('o.period_end', 'period_end')},
  o.value, o.unit, o.numerator, o.denominator,
  o.source_id, ${SOURCE_COLUMNS}
FROM observations o JOIN indicators i ON i.id = o.indicator JOIN sources s ON s.id = o.source_id
LEFT JOIN geo g ON g.code = o.geo_code AND (g.map = o.geo_map OR (g.map IS NULL AND o.geo_map IS NULL))
WHERE i.kind = 'fact' AND o.is_preferred ORDER BY o.period_end DESC, o.indicator`;

export interface FactRow extends SourceColumns {
  indicator: string;
  name_vi: string;
  name_en: string;
  geo_code: string;
  place: string | null;
  organisation: string | null;
  subdivision: string | null;
  period_start: string;
  period_end: string;
  value: number | null;
  unit: string;
  numerator: number | null;
  denominator: number | null;
}

/** How a province's figure on a chosen map came about. */
export type MapStatus = 'published' | 'summed' | 'no_data' | 'incomplete' | 'no_counts';

export interface MapFigureRow {
  code: string;
  name_vi: string;
  name_en: string;
  /** Old provinces that form it (1 on the map the figures were published on). */
  members: number;
  reported: number;
  with_counts: number;
  numerator: number | null;
  denominator: number | null;
  /** The printed figure where there is one (with its bound), else the rate computed from counts. */
  value: number | null;
  status: MapStatus;
  bound: Bound;
  /** No source printed this rate: it was computed from counts (summed, or printed as counts only). */
  computed: boolean;
  source_ids: string | null;
  source_titles: string | null;
}

/**
 * One rate for every province of a map in one period. Figures published on that map are shown as
 * they are; figures of the 63 old provinces are put on the 34 new ones by summing numerators and
 * denominators of every old province that forms the new one — never by averaging rates. A new
 * province is left without a value when some of its old provinces have no figure, or no counts.
 */
export function provinceMapSql(indicator: string, start: string, end: string, map: '63' | '34'): string {
  const m = literal(map);
  const coverage = { reported: 'reported', withCounts: 'with_counts', members: 'members' };
  return `WITH target AS (
  SELECT code, short_vi AS name_vi, name_ascii AS name_en,
    ${map === '34' ? formingProvincesSql('t.code') : '1'} AS members
  FROM geo t WHERE t.map = ${m} AND t.level = 'province'
), figures AS (
  SELECT o.*, o.geo_map = ${m} AS native, coalesce(o.value_reported, o.value) AS shown,
    CASE WHEN o.value_reported IS NULL THEN 'exact' ELSE o.bound END AS shown_bound,
    ${placedOnMapSql(map)} AS target_code
  FROM observations o JOIN geo g ON g.code = o.geo_code AND g.map = o.geo_map
  WHERE ${HEADLINE} AND o.geo_level = 'province' AND o.indicator = ${literal(indicator)}
    AND o.period_start = DATE ${literal(start)} AND o.period_end = DATE ${literal(end)}
    AND (o.geo_map = ${m} OR (${m} = '34' AND o.geo_map = '63'))
), grouped AS (
  SELECT t.code, t.name_vi, t.name_en, t.members,
    count(f.geo_code)::INTEGER AS reported,
    count(*) FILTER (
      WHERE f.numerator IS NOT NULL AND f.denominator IS NOT NULL AND f.counts_approximate IS NOT TRUE
    )::INTEGER AS with_counts,
    bool_or(f.native) AS native,
    any_value(f.shown) FILTER (WHERE f.native) AS native_value,
    any_value(f.shown_bound) AS single_bound,
    bool_or(f.value_reported IS NULL) AS any_computed,
    sum(f.numerator) AS numerator, sum(f.denominator) AS denominator,
    string_agg(DISTINCT f.source_id, '|') AS source_ids,
    string_agg(DISTINCT s.title, ' | ') AS source_titles
  FROM target t LEFT JOIN figures f ON f.target_code = t.code LEFT JOIN sources s ON s.id = f.source_id
  GROUP BY ALL
)
SELECT code, name_vi, name_en, members::INTEGER AS members, reported, with_counts,
  CASE WHEN with_counts = reported AND reported > 0 THEN numerator END AS numerator,
  CASE WHEN with_counts = reported AND reported > 0 THEN denominator END AS denominator,
  CASE
    WHEN native THEN native_value
    WHEN reported = 1 AND members = 1 THEN (SELECT any_value(shown) FROM figures WHERE target_code = grouped.code)
    WHEN ${formsWholeSql(coverage)} THEN numerator / denominator * 100
  END AS value,
  CASE
    WHEN reported = 0 THEN 'no_data'
    WHEN native OR members = 1 THEN 'published'
    ELSE coalesce(${blockedReasonSql(coverage)}, 'summed')
  END AS status,
  CASE WHEN native OR (reported = 1 AND members = 1) THEN coalesce(single_bound, 'exact') ELSE 'exact' END AS bound,
  -- a summed rate is always computed here; a single figure is computed where its source printed no rate
  CASE WHEN native OR (reported = 1 AND members = 1) THEN coalesce(any_computed, false) ELSE reported > 0 END
    AS computed,
  source_ids, source_titles
FROM grouped ORDER BY code`;
}

/** The sources of a set of figures, by id. */
export function sourcesByIdSql(ids: readonly string[]): string {
  if (ids.length === 0)
    return `SELECT id, title, publisher, url, ${isoDateColumn('date')}, kind FROM sources WHERE false`;
  return `SELECT id, title, publisher, url, ${isoDateColumn('date')}, kind FROM sources
WHERE id IN (${ids.map(literal).join(', ')}) ORDER BY date DESC NULLS LAST, id`;
}

/** Yearly national figures of several count indicators, for context charts. */
export function nationalYearsSql(indicators: readonly string[]): string {
  return `SELECT o.indicator, ${isoDateColumn('o.period_start', 'period_start')},
    ${isoDateColumn('o.period_end', 'period_end')}, o.value, o.source_id, s.title AS source_title,
    s.url AS source_url, s.publisher AS source_publisher, ${isoDateColumn('s.date', 'source_date')}
FROM observations o JOIN sources s ON s.id = o.source_id
WHERE ${HEADLINE} AND o.geo_code = 'VN' AND o.period_type = 'year'
  AND o.indicator IN (${indicators.map(literal).join(', ')})
ORDER BY o.period_end, o.indicator`;
}

/** Which places and years have a published figure, for the coverage grid of the Sources page. */
export interface CoverageCellRow {
  indicator: string;
  geo_code: string;
  name_vi: string | null;
  name_en: string | null;
  year: number;
  /** Figures of this place ending in this year (statistical years end in their year too). */
  figures: number;
  /** One of them covers the whole year. */
  full_year: boolean;
  /** All of them span several years (a cumulative figure, shown at its last year). */
  multi_year: boolean;
}

export function coverageSql(indicators: readonly string[]): string {
  return `SELECT o.indicator, o.geo_code, o.geo_code = 'VN' AS national, g.short_vi AS name_vi, g.name_ascii AS name_en,
  year(o.period_end)::INTEGER AS year, count(*)::INTEGER AS figures, bool_or(o.period_type = 'year') AS full_year,
  bool_and(o.period_end - o.period_start > 366) AS multi_year
FROM observations o LEFT JOIN geo g ON g.code = o.geo_code AND g.map = o.geo_map
WHERE ${HEADLINE} AND o.geo_level IN ('country', 'province') AND o.indicator IN (${indicators.map(literal).join(', ')})
GROUP BY ALL ORDER BY indicator, national DESC, name_vi, year`;
}

/** What each emulation cluster or region pledged (its targets), with the bound as printed. */
export interface ClusterPledgeRow extends SourceColumns {
  cluster_code: string;
  name_vi: string;
  name_en: string;
  indicator: string;
  indicator_vi: string;
  indicator_en: string;
  period_start: string;
  period_end: string;
  value: number;
  value_reported: number | null;
  bound: Bound;
  unit: string;
  numerator: number | null;
  denominator: number | null;
  dates_assumed: boolean | null;
  dates_basis: string | null;
}

export const CLUSTER_PLEDGES_SQL = `SELECT o.geo_code AS cluster_code, g.name_vi, g.name_en, o.indicator,
  i.name_vi AS indicator_vi, i.name_en AS indicator_en,
  ${isoDateColumn('o.period_start', 'period_start')}, ${isoDateColumn('o.period_end', 'period_end')},
  o.value, o.value_reported, o.bound, o.unit, o.numerator, o.denominator, o.dates_assumed, o.dates_basis,
  o.source_id, ${SOURCE_COLUMNS}
FROM observations o JOIN sources s ON s.id = o.source_id JOIN indicators i ON i.id = o.indicator
JOIN geo g ON g.code = o.geo_code AND g.level = 'cluster'
WHERE o.is_preferred AND o.geo_level = 'cluster' AND i.kind = 'target'
ORDER BY g.name_vi, o.period_end, o.indicator`;

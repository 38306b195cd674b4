/** The files each release keeps as published (copied by the data build to `/data/releases/<id>/`). */
export const RELEASE_DATA_FILES = [
  'observations.parquet',
  'sources.parquet',
  'indicators.parquet',
  'geo.parquet',
] as const;

/** One figure that changed between two releases: its key, its old and new printed value and source. */
export interface Change {
  change: 'added' | 'revised' | 'withdrawn';
  indicator: string;
  geo_code: string;
  organisation: string | null;
  subdivision: string | null;
  period_label: string;
  period_start: string;
  period_end: string;
  old_value_reported: number | null;
  old_bound: string | null;
  old_value: number | null;
  old_source_id: string | null;
  new_value_reported: number | null;
  new_bound: string | null;
  new_value: number | null;
  new_source_id: string | null;
  /** The curation log's reason in each language (`reasons.csv`), null when the log gives none. */
  reason_vi: string | null;
  reason_en: string | null;
}

export interface ReleaseEntry {
  id: string;
  date: string;
  hash: string;
  previous: string | null;
  /** Figures shown (one per indicator, place and period) in this release. */
  figures: number;
  changes: Change[];
}

/** `public/data/releases.json`: the release this build is, then every release, newest first. */
export interface ReleaseList {
  current: string;
  releases: ReleaseEntry[];
}

const KEY = ['indicator', 'geo_code', 'organisation', 'subdivision', 'period_start', 'period_end'];
const COMPARED = ['value_reported', 'bound', 'numerator', 'denominator', 'source_id'];
/**
 * The figure as a page shows it (the printed value, else the one computed): a rule that changes what is
 * computed, not what was printed (a task share no longer given as a rate), is a revision too; one that
 * changes only a value the printed one stands before is not.
 */
const SHOWN = (side: string) => `coalesce(${side}.value_reported, ${side}.value)`;

/**
 * The figures shown (preferred versions) that differ between two releases' observation files: added,
 * revised (printed or shown value, bound, counts or source) or withdrawn. A figure is its indicator, place, body and
 * period, as versions.ts keys it. The reason is the latest curation-log line for that figure dated after the
 * previous release and no later than this one.
 */
export function CHANGES_SQL(oldFile: string, newFile: string, oldDate: string, newDate: string): string {
  const shown = (file: string) =>
    `(SELECT *, strftime(period_start, '%Y-%m-%d') AS ps, strftime(period_end, '%Y-%m-%d') AS pe
      FROM read_parquet(${file}) WHERE is_preferred)`;
  const on = KEY.map((k) => `o.${k} IS NOT DISTINCT FROM n.${k}`).join(' AND ');
  const differs = [
    ...COMPARED.map((c) => `o.${c} IS DISTINCT FROM n.${c}`),
    `${SHOWN('o')} IS DISTINCT FROM ${SHOWN('n')}`,
  ].join(' OR ');
  const pick = (c: string) => `coalesce(n.${c}, o.${c}) AS ${c}`;
  return `WITH changed AS (
  SELECT CASE WHEN o.indicator IS NULL THEN 'added' WHEN n.indicator IS NULL THEN 'withdrawn' ELSE 'revised' END
      AS change,
    ${pick('indicator')}, ${pick('geo_code')}, ${pick('organisation')}, ${pick('subdivision')},
    ${pick('period_label')}, coalesce(n.ps, o.ps) AS period_start, coalesce(n.pe, o.pe) AS period_end,
    o.value_reported AS old_value_reported, o.bound AS old_bound, o.value AS old_value, o.source_id AS old_source_id,
    n.value_reported AS new_value_reported, n.bound AS new_bound, n.value AS new_value, n.source_id AS new_source_id
  FROM ${shown(oldFile)} o FULL OUTER JOIN ${shown(newFile)} n ON ${on}
  WHERE o.indicator IS NULL OR n.indicator IS NULL OR ${differs}
),
latest AS (
  SELECT * FROM reasons WHERE date >= '${oldDate}' AND date <= '${newDate}'
  QUALIFY row_number() OVER (PARTITION BY indicator, geo_code, period_start, period_end ORDER BY date DESC) = 1
)
SELECT c.*, r.reason_vi, r.reason_en
FROM changed c LEFT JOIN latest r ON r.indicator = c.indicator AND r.geo_code = c.geo_code
  AND r.period_start = c.period_start AND r.period_end = c.period_end
ORDER BY change, indicator, period_end, geo_code`;
}

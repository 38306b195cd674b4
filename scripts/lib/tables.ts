import type { ColumnSpec } from './parquet.ts';

/** The columns of each output file: the data contract that pages, explorer and checks read. */
export const OBSERVATION_SCHEMA: readonly ColumnSpec[] = [
  { name: 'indicator', type: 'VARCHAR' },
  { name: 'geo_code', type: 'VARCHAR' },
  { name: 'geo_level', type: 'VARCHAR' },
  { name: 'geo_map', type: 'VARCHAR' },
  { name: 'organisation', type: 'VARCHAR' },
  { name: 'subdivision', type: 'VARCHAR' },
  { name: 'period_label', type: 'VARCHAR' },
  { name: 'period_start', type: 'DATE' },
  { name: 'period_end', type: 'DATE' },
  { name: 'period_type', type: 'VARCHAR' },
  { name: 'numerator', type: 'DOUBLE' },
  { name: 'denominator', type: 'DOUBLE' },
  { name: 'value', type: 'DOUBLE' },
  { name: 'value_reported', type: 'DOUBLE' },
  { name: 'bound', type: 'VARCHAR' },
  { name: 'unit', type: 'VARCHAR' },
  { name: 'source_id', type: 'VARCHAR' },
  { name: 'is_preferred', type: 'BOOLEAN' },
  { name: 'notes', type: 'VARCHAR' },
  /** The source printed no date: the period follows a convention (data/README.md). */
  { name: 'dates_assumed', type: 'BOOLEAN' },
  /** statistical_year, year_only, cutoff or curation (src/lib/issues.ts); null where the dates were printed. */
  { name: 'dates_basis', type: 'VARCHAR' },
  /** Task counts: all_assigned (tasks not yet due included) or due. */
  { name: 'denominator_scope', type: 'VARCHAR' },
  /** A count is printed as approximate: value is the printed rate, the counts only a check. */
  { name: 'counts_approximate', type: 'BOOLEAN' },
  /** A curator's finding about the printed figure (src/lib/issues.ts); details in quality.json. */
  { name: 'issue', type: 'VARCHAR' },
  { name: 'file', type: 'VARCHAR' },
  { name: 'line', type: 'INTEGER' },
];

export const SOURCE_SCHEMA: readonly ColumnSpec[] = [
  { name: 'id', type: 'VARCHAR' },
  { name: 'title', type: 'VARCHAR' },
  { name: 'publisher', type: 'VARCHAR' },
  { name: 'url', type: 'VARCHAR' },
  { name: 'date', type: 'DATE' },
  { name: 'note', type: 'VARCHAR' },
  /** official_report, official_portal, press or repost (src/lib/sources.ts). */
  { name: 'kind', type: 'VARCHAR' },
];

export const INDICATOR_SCHEMA: readonly ColumnSpec[] = [
  { name: 'id', type: 'VARCHAR' },
  { name: 'name_vi', type: 'VARCHAR' },
  { name: 'name_en', type: 'VARCHAR' },
  { name: 'kind', type: 'VARCHAR' },
  { name: 'unit', type: 'VARCHAR' },
  { name: 'numerator', type: 'VARCHAR' },
  { name: 'denominator', type: 'VARCHAR' },
  { name: 'period_basis', type: 'VARCHAR' },
  { name: 'description_vi', type: 'VARCHAR' },
  { name: 'description_en', type: 'VARCHAR' },
];

export const GEO_SCHEMA: readonly ColumnSpec[] = [
  { name: 'code', type: 'VARCHAR' },
  { name: 'map', type: 'VARCHAR' },
  { name: 'level', type: 'VARCHAR' },
  { name: 'name_vi', type: 'VARCHAR' },
  { name: 'short_vi', type: 'VARCHAR' },
  { name: 'name_ascii', type: 'VARCHAR' },
  { name: 'name_en', type: 'VARCHAR' },
  { name: 'region', type: 'VARCHAR' },
  { name: 'valid_from', type: 'DATE' },
  { name: 'valid_to', type: 'DATE' },
  /** 63-map rows: the code of the 34-map province they became part of. */
  { name: 'successor_code', type: 'VARCHAR' },
  /** 34-map rows: the old codes they were formed from, `|`-separated. */
  { name: 'merged_from', type: 'VARCHAR' },
  /** Cluster rows: yes / partial / no. */
  { name: 'members_known', type: 'VARCHAR' },
  { name: 'source_url', type: 'VARCHAR' },
  { name: 'note', type: 'VARCHAR' },
];

export const ALIAS_SCHEMA: readonly ColumnSpec[] = [
  { name: 'alias', type: 'VARCHAR' },
  { name: 'code', type: 'VARCHAR' },
  { name: 'map', type: 'VARCHAR' },
  { name: 'valid_to', type: 'DATE' },
  { name: 'note', type: 'VARCHAR' },
];

export const CLUSTER_MEMBER_SCHEMA: readonly ColumnSpec[] = [
  { name: 'cluster_id', type: 'VARCHAR' },
  { name: 'province_code', type: 'VARCHAR' },
  { name: 'valid_from', type: 'DATE' },
  { name: 'valid_to', type: 'DATE' },
  { name: 'source_url', type: 'VARCHAR' },
];

// The partitioned observations of a large data set (scripts/lib/partition.ts writes them): which
// partitions and row groups a selection needs, and the check of every byte range read from them.
// Pure functions, shared by the browser's loader, the build and the tests.
import type { FileMetaData } from 'hyparquet';
import { IntegrityError, sha256Hex } from '../lib/integrity.ts';
import type { Partition, PartitionManifest } from './remote-parquet.ts';

/** Where the build puts the index beside manifest.json when it partitions observations (manifest lists it). */
export const PARTITION_INDEX = 'observations/partitions.json';

/**
 * The columns of observations that Explore's SQL reads (src/explore/filters.ts), in the order the
 * partitioned files hold them first: one contiguous byte range per row group. `indicator` is the
 * partition's folder, not a column of its files.
 */
export const EXPLORE_COLUMNS = [
  ['indicator', 'VARCHAR'],
  ['geo_code', 'VARCHAR'],
  ['geo_level', 'VARCHAR'],
  ['geo_map', 'VARCHAR'],
  ['organisation', 'VARCHAR'],
  ['subdivision', 'VARCHAR'],
  ['period_start', 'DATE'],
  ['period_end', 'DATE'],
  ['period_type', 'VARCHAR'],
  ['numerator', 'DOUBLE'],
  ['denominator', 'DOUBLE'],
  ['value', 'DOUBLE'],
  ['value_reported', 'DOUBLE'],
  ['bound', 'VARCHAR'],
  ['unit', 'VARCHAR'],
  ['source_id', 'VARCHAR'],
  ['is_preferred', 'BOOLEAN'],
  ['denominator_scope', 'VARCHAR'],
] as const;

/** The Explore columns a partition file holds (all but the folder's `indicator`). */
export const FILE_COLUMNS: readonly string[] = EXPLORE_COLUMNS.slice(1).map(([name]) => name);

/** A partition with what a reader needs to check what it fetched by range. */
export interface CheckedPartition extends Partition {
  /** Years in which its periods end (a THADS year starting in October ends the next year). */
  endYears: [number, number];
  /** Bytes of the footer at the end of the file (Thrift metadata, its length and `PAR1`). */
  footerBytes: number;
  /** SHA-256 of the footer, and of each row group's run of FILE_COLUMNS chunks. */
  sha256: { footer: string; rowGroups: string[] };
}

export interface CheckedIndex extends PartitionManifest {
  columns: string[];
  partitions: CheckedPartition[];
}

/** What an Explore selection asks of observations (src/explore/state.ts, read by baseSql). */
export interface ObservationSelection {
  indicators: readonly string[];
  /** Years in which a period ends, inclusive; null = open. */
  from: number | null;
  to: number | null;
  /** A period type, or null for every type. */
  periodType: string | null;
  preferredOnly: boolean;
  /** geo_level values the chosen level reads. */
  geoLevels: readonly string[];
}

const GEO_LEVELS: Record<string, readonly string[]> = {
  national: ['country'],
  province: ['province'],
  region: ['province'],
  cluster: ['cluster', 'province'],
};

export function selectionOf(state: {
  indicators: readonly string[];
  from: number | null;
  to: number | null;
  periodType: string;
  allVersions: boolean;
  geo: string;
}): ObservationSelection {
  return {
    indicators: state.indicators,
    from: state.from,
    to: state.to,
    periodType: state.periodType === 'all' ? null : state.periodType,
    preferredOnly: !state.allVersions,
    geoLevels: GEO_LEVELS[state.geo] ?? ['country', 'province', 'cluster'],
  };
}

const overlaps = (lo: number, hi: number, from: number | null, to: number | null) =>
  (from === null || hi >= from) && (to === null || lo <= to);

/** The partitions that can hold rows of the selection: its indicators, periods ending in its years. */
export function partitionsFor(index: CheckedIndex, selection: ObservationSelection): CheckedPartition[] {
  return index.partitions.filter(
    (p) =>
      selection.indicators.includes(p.indicator) &&
      overlaps(p.endYears[0], p.endYears[1], selection.from, selection.to),
  );
}

type Stat = string | number | bigint | boolean | Date | Uint8Array | undefined;
const yearOf = (value: Stat) =>
  value instanceof Date
    ? value.getUTCFullYear()
    : typeof value === 'number'
      ? new Date(value * 864e5).getUTCFullYear()
      : NaN;

/**
 * The row groups of a partition whose min/max statistics can hold a row of the selection (a group
 * without statistics is kept). The rows read are a superset of what the SQL then keeps: it filters
 * the same conditions again, so a result is the one the whole file gives.
 */
export function rowGroupsFor(metadata: FileMetaData, selection: ObservationSelection): number[] {
  const kept: number[] = [];
  metadata.row_groups.forEach((group, i) => {
    const stats = (name: string) => {
      const s = group.columns.find((c) => c.meta_data?.path_in_schema.join('.') === name)?.meta_data?.statistics;
      const min = (s?.min_value ?? s?.min) as Stat;
      const max = (s?.max_value ?? s?.max) as Stat;
      return min === undefined || max === undefined ? null : { min, max };
    };
    const text = (name: string, values: readonly string[]) => {
      const s = stats(name);
      return !s || values.some((v) => String(s.min) <= v && v <= String(s.max));
    };
    const end = stats('period_end');
    const years = !end || overlaps(yearOf(end.min), yearOf(end.max), selection.from, selection.to);
    const preferred = !selection.preferredOnly || stats('is_preferred')?.max !== false;
    const type = selection.periodType === null || text('period_type', [selection.periodType]);
    if (years && preferred && type && text('geo_level', selection.geoLevels)) kept.push(i);
  });
  return kept;
}

/** The byte range [start, end) of a row group's FILE_COLUMNS chunks, which the writer puts first and together. */
export function rowGroupRange(metadata: FileMetaData, group: number): [number, number] {
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const name of FILE_COLUMNS) {
    const chunk = metadata.row_groups[group]!.columns.find((c) => c.meta_data?.path_in_schema.join('.') === name);
    const meta = chunk?.meta_data;
    if (!meta) throw new IntegrityError(`row group ${group}: no column ${name}`);
    const from = Number(meta.dictionary_page_offset || meta.data_page_offset);
    start = Math.min(start, from);
    end = Math.max(end, from + Number(meta.total_compressed_size));
  }
  return [start, end];
}

/** A partition file whose bytes are not the ones the index lists: nothing from it may be shown. */
export class PartitionRefused extends IntegrityError {
  override name = 'PartitionRefused';
  readonly file: string;
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.file = file;
  }
}

/** Refuses a range whose bytes do not hash to what the index (itself checked by the manifest) says. */
export async function verifyRange(file: string, what: string, bytes: ArrayBuffer, expected: string): Promise<void> {
  const actual = await sha256Hex(bytes);
  if (actual !== expected)
    throw new PartitionRefused(
      file,
      `${what}: SHA-256 ${actual.slice(0, 12)}… does not match the index's ${expected.slice(0, 12)}…`,
    );
}

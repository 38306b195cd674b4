import { parquetWriteBuffer } from 'hyparquet-writer';
import { RELEASE_COLUMN, toCsv } from '../views/view.ts';
import type { Lang } from '../lib/format.ts';
import { RESULT_COLUMNS } from './filters.ts';
import type { SourceInfo } from './options.ts';
import { sortRows } from './present.ts';
import type { ExploreResult } from './run.ts';
import type { ExploreState } from './state.ts';

/** Rows as a reader takes them away: CSV (UTF-8 with BOM, for Excel) or Parquet, written in the browser. */
export type Table = { columns: readonly string[]; rows: ReadonlyArray<Record<string, unknown>> };

/**
 * A result's rows with where each comes from, as the last columns: the titles and addresses of its sources
 * (in the order of its `sources` ids) and the data release. Columns, not comment lines, so that DuckDB, pandas
 * and spreadsheets read the file with no options.
 */
export function withProvenance(
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, unknown> & { sources: string }>,
  sources: readonly SourceInfo[],
  release: string | undefined,
): Table {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const ids = (r: { sources: string }) => r.sources.split(', ').filter(Boolean);
  return {
    columns: [...columns, 'source_titles', 'source_urls', RELEASE_COLUMN],
    rows: rows.map((r) => ({
      ...r,
      source_titles: ids(r)
        .map((id) => byId.get(id)?.title ?? id)
        .join(' | '),
      source_urls: ids(r)
        .map((id) => byId.get(id)?.url ?? '')
        .join(' | '),
      [RELEASE_COLUMN]: release ?? null,
    })),
  };
}

/** Explore's result as the reader sorted it, with its provenance: what its CSV and Parquet downloads hold. */
export function resultTable(
  result: ExploreResult,
  sort: ExploreState['sort'],
  lang: Lang,
  release: string | undefined,
): Table {
  const rows = sortRows(result.rows, sort, lang) as unknown as Array<Record<string, unknown> & { sources: string }>;
  return withProvenance(RESULT_COLUMNS, rows, result.sources, release);
}

export function csvBlob({ columns, rows }: Table): Blob {
  const text = toCsv(
    columns,
    rows.map((r) => columns.map((c) => plain(r[c]))),
  );
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}

function plain(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}

/**
 * The Parquet type a column's values fit: numbers as DOUBLE (as the data contract stores them), big integers,
 * booleans, else text.
 */
function columnType(values: readonly unknown[]): 'DOUBLE' | 'INT64' | 'BOOLEAN' | 'STRING' {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return 'STRING';
  if (present.every((v) => typeof v === 'boolean')) return 'BOOLEAN';
  if (present.every((v) => typeof v === 'bigint')) return 'INT64';
  if (present.every((v) => typeof v === 'number')) return 'DOUBLE';
  return 'STRING';
}

export function parquetBlob({ columns, rows }: Table): Blob {
  const columnData = columns.map((name) => {
    const values = rows.map((r) => r[name]);
    const type = columnType(values);
    const data = values.map((v) => {
      if (v === null || v === undefined) return null;
      if (type === 'INT64') return BigInt(v as number | bigint);
      if (type === 'STRING') return String(plain(v));
      return v;
    });
    return { name, data, type };
  });
  return new Blob([parquetWriteBuffer({ columnData })], { type: 'application/vnd.apache.parquet' });
}

export { saveBlob } from '../scripts/save-file.ts';

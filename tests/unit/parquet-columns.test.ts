import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Dictionary } from 'apache-arrow';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { afterAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/lib/sql.ts';
import { parquetColumns, parquetToArrow, parquetToArrowBatches, readFlatColumn } from '../../src/live/parquet-arrow.ts';
import { query } from '../helpers/duckdb.ts';

// The Explore loader's column path, on Parquet written by the real DuckDB: every value equals what
// hyparquet's own row reader gives, and text arrives as codes into its distinct strings.
const dir = mkdtempSync(path.join(os.tmpdir(), 'parquet-columns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 5000;
const SELECT = `SELECT
  'ind_' || (i % 7) AS indicator,
  CASE WHEN i % 11 = 0 THEN NULL ELSE lpad((i % 63)::VARCHAR, 2, '0') END AS geo_code,
  CASE WHEN i % 3 = 0 THEN NULL ELSE 'note ' || i END AS notes,
  DATE '2020-01-01' + (i % 400)::INTEGER AS period_start,
  CASE WHEN i % 5 = 0 THEN NULL ELSE i * 1.5::DOUBLE END AS numerator,
  (i % 9)::DOUBLE AS value,
  i % 2 = 0 AS is_preferred,
  CASE WHEN i % 13 = 0 THEN NULL ELSE i::INTEGER END AS line,
  i::BIGINT AS big
FROM range(${ROWS}) t(i)`;

async function write(name: string, options: string, where = 'true'): Promise<ArrayBuffer> {
  const file = path.join(dir, name);
  await query(`COPY (${SELECT} WHERE ${where}) TO '${file}' (FORMAT parquet, ${options})`);
  const bytes = readFileSync(file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

/** Arrow's values as hyparquet's row reader gives them (days for dates, numbers for 64-bit integers). */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 864e5;
  if (typeof value === 'bigint') return Number(value);
  return value ?? null;
}

describe('Parquet to Arrow, column by column', () => {
  it.each([
    ['zstd, small row groups (several dictionaries to merge)', 'compression zstd, row_group_size 1024'],
    ['snappy, one row group', 'compression snappy'],
    ['uncompressed', 'compression uncompressed, row_group_size 2048'],
    ['Parquet v2 pages (other encodings go through hyparquet)', "compression zstd, parquet_version 'v2'"],
  ])('%s: every value equals hyparquet’s row reader', async (_label, options) => {
    const buf = await write(`${options.replace(/\W+/g, '-')}.parquet`, options);
    const table = await parquetToArrow(buf);
    const rows = await parquetReadObjects({ file: buf, compressors, parsers: { dateFromDays: (days) => days } });
    expect(table.numRows).toBe(ROWS);
    for (const field of table.schema.fields) {
      const column = table.getChild(field.name)!;
      // Arrow hands a DateDay back as milliseconds; hyparquet was asked for days.
      const scale = String(field.type).startsWith('Date') ? 864e5 : 1;
      const got = Array.from({ length: ROWS }, (_, i) => {
        const v = plain(column.get(i));
        return typeof v === 'number' ? v / scale : v;
      });
      const want = rows.map((row) => plain(row[field.name]));
      expect(got, field.name).toEqual(want);
    }
  });

  it('reads DuckDB’s default output through the flat reader, text as codes into the distinct strings', async () => {
    const buf = await write('default.parquet', 'compression zstd, row_group_size 1024');
    const metadata = parquetMetadata(buf);
    for (const name of ['indicator', 'geo_code', 'notes', 'period_start', 'numerator', 'value', 'line']) {
      const target = readFlatColumn(buf, metadata, name);
      expect(target, name).toBeDefined(); // no column fell back to the per-value reader
    }
    const table = await parquetToArrow(buf, ['indicator', 'geo_code']);
    expect(table.schema.fields.map((f) => f.name)).toEqual(['indicator', 'geo_code']);
    const indicator = table.getChild('indicator')!;
    expect(indicator.type).toBeInstanceOf(Dictionary);
    // 7 distinct strings for 5000 rows: each encoded once, one small integer code per row.
    expect(indicator.data[0]!.dictionary!.length).toBe(7);
    expect(indicator.data[0]!.values).toBeInstanceOf(Int8Array);
    expect(table.getChild('geo_code')!.nullCount).toBe(Math.ceil(ROWS / 11));
  });

  it('in batches of whole row groups, the same rows in the same order (one empty table if empty)', async () => {
    // Pages the flat reader does not know (v2 may bring them) go to hyparquet: its rows are cut to each batch too.
    for (const options of ['compression zstd, row_group_size 1024', "row_group_size 1024, parquet_version 'v2'"]) {
      const buf = await write(`batches-${options.length}.parquet`, options);
      const columns = ['geo_code', 'numerator', 'line', 'period_start'];
      const whole = await parquetToArrow(buf, columns);
      const batches = [];
      for await (const batch of parquetToArrowBatches(buf, columns, 1500)) batches.push(batch);
      expect(batches.length).toBeGreaterThan(1);
      expect(batches.reduce((n, b) => n + b.numRows, 0)).toBe(ROWS);
      const joined = batches.flatMap((b) => b.toArray().map((row) => row.toJSON()));
      expect(joined).toEqual(whole.toArray().map((row) => row.toJSON()));
    }
    const none = await write('none.parquet', 'compression zstd', 'false');
    const emptyBatches = [];
    for await (const batch of parquetToArrowBatches(none)) emptyBatches.push(batch);
    expect(emptyBatches.map((b) => b.numRows)).toEqual([0]);
    expect(emptyBatches[0]!.schema.fields.length).toBe(9);
  });

  it('takes every column of every published table through the flat reader (npm test builds them first)', () => {
    for (const table of TABLES) {
      const bytes = readFileSync(path.join('public', 'data', `${table}.parquet`));
      const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      const metadata = parquetMetadata(buf);
      for (const name of parquetColumns(metadata))
        expect(readFlatColumn(buf, metadata, name), `${table}.${name}`).toBeDefined();
    }
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDuckDB, sqlText } from '../../scripts/lib/parquet.ts';
import { writePartitions } from '../../scripts/lib/partition.ts';
import { IntegrityError } from '../../src/lib/integrity.ts';
import {
  type CheckedIndex,
  FILE_COLUMNS,
  partitionsFor,
  rowGroupRange,
  rowGroupsFor,
  selectionOf,
  verifyRange,
} from '../../src/live/partition-index.ts';
import { tempDir } from '../helpers/build.ts';

// Two indicators over 2021–2023: district months of 96 provinces, national months, and THADS statistical
// years (October to September: the period starts in one year and ends in the next), written by the real
// partition writer in row groups of 2 048 rows (DuckDB's smallest), about three a partition.
const root = tempDir('partition-index');
const parts = path.join(root, 'parts');
let index: CheckedIndex;

beforeAll(async () => {
  const connection = await openDuckDB();
  const input = path.join(root, 'observations.parquet');
  await connection.run(`COPY (
    SELECT ind AS indicator, geo AS geo_code, CASE WHEN geo = 'VN' THEN 'country' ELSE 'province' END AS geo_level,
      '63' AS geo_map, NULL::VARCHAR AS organisation, CASE WHEN geo <> 'VN' THEN sub END AS subdivision,
      'label' AS period_label,
      start AS period_start, CAST(CASE WHEN ptype = 'month' THEN start + INTERVAL 1 MONTH - INTERVAL 1 DAY
        ELSE start + INTERVAL 1 YEAR - INTERVAL 1 DAY END AS DATE) AS period_end, ptype AS period_type,
      1.0 AS numerator, 2.0 AS denominator, 50.0 AS value, NULL::DOUBLE AS value_reported, 'exact' AS bound,
      '%' AS unit, 'synthetic' AS source_id, TRUE AS is_preferred, NULL::VARCHAR AS notes, 'f.csv' AS file, 1 AS line,
      NULL::VARCHAR AS denominator_scope
    FROM (SELECT unnest(['rate_a', 'rate_b']) AS ind),
      (SELECT printf('%02d', g) AS geo FROM range(1, 97) t(g) UNION ALL SELECT 'VN'),
      (SELECT 'd' || s AS sub FROM range(5) t(s)),
      (SELECT CAST(d AS DATE) AS start, 'month' AS ptype
       FROM range(DATE '2021-01-01', DATE '2024-01-01', INTERVAL 1 MONTH) t(d)
       UNION ALL SELECT DATE '2021-10-01', 'year' UNION ALL SELECT DATE '2022-10-01', 'year')
  ) TO ${sqlText(input)} (FORMAT parquet)`);
  index = await writePartitions(connection, input, parts);
  connection.closeSync();
});

const metadataOf = (file: string) => {
  const bytes = readFileSync(path.join(parts, file));
  return { bytes, metadata: parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) };
};
/** A copy of a view's bytes (a Buffer's `.buffer` may hold other files' bytes too). */
const copy = (view: Uint8Array) => new Uint8Array(view).buffer;
const base: Parameters<typeof selectionOf>[0] = {
  indicators: ['rate_a'],
  from: null,
  to: null,
  periodType: 'all',
  allVersions: false,
  geo: 'province',
};

describe('partitions a selection needs', () => {
  it('reads the indicator’s partitions whose periods end in the years asked for', () => {
    const names = (s: typeof base) => partitionsFor(index, selectionOf(s)).map((p) => `${p.indicator}/${p.year}`);
    expect(names(base)).toEqual(['rate_a/2021', 'rate_a/2022', 'rate_a/2023']);
    // A statistical year that starts in October 2022 ends in 2023: its 2022 partition holds a 2023 period.
    expect(names({ ...base, from: 2023, to: 2023 })).toEqual(['rate_a/2022', 'rate_a/2023']);
    expect(names({ ...base, to: 2021 })).toEqual(['rate_a/2021']);
    expect(names({ ...base, indicators: ['rate_b', 'rate_a'], from: 2024 })).toEqual([]);
    expect(index.partitions.find((p) => p.year === 2022)!.endYears).toEqual([2022, 2023]);
  });

  it('keeps only row groups whose statistics can match: level, period type, years', () => {
    const file = index.partitions.find((p) => p.indicator === 'rate_a' && p.year === 2022)!;
    const { metadata } = metadataOf(file.path);
    expect(metadata.row_groups.length).toBeGreaterThan(2);
    const all = metadata.row_groups.map((_, i) => i);
    // Sorted by place: the national rows (VN) sit in the last group only.
    expect(rowGroupsFor(metadata, selectionOf({ ...base, geo: 'national' }))).toEqual([all.at(-1)]);
    expect(rowGroupsFor(metadata, selectionOf(base))).toEqual(all);
    // No row of this partition is a half-year, and none ends in 2021.
    expect(rowGroupsFor(metadata, selectionOf({ ...base, periodType: 'half' }))).toEqual([]);
    expect(rowGroupsFor(metadata, selectionOf({ ...base, to: 2021 }))).toEqual([]);
    expect(rowGroupsFor(metadata, selectionOf({ ...base, geo: 'cluster' }))).toEqual(all);
  });

  it('holds Explore’s columns first, so a row group’s share of them is one range the index has hashed', async () => {
    expect(index.columns).toEqual([...FILE_COLUMNS]);
    for (const partition of index.partitions) {
      const { bytes, metadata } = metadataOf(partition.path);
      const names = (metadata.schema as Array<{ name: string }>).slice(1).map((s) => s.name);
      expect(names.slice(0, FILE_COLUMNS.length)).toEqual([...FILE_COLUMNS]);
      expect(names).not.toContain('indicator');
      expect(partition.sha256.rowGroups).toHaveLength(metadata.row_groups.length);
      expect(partition.bytes).toBe(bytes.length);
      for (const [g, expected] of partition.sha256.rowGroups.entries()) {
        const [start, end] = rowGroupRange(metadata, g);
        await verifyRange(partition.path, `row group ${g}`, copy(bytes.subarray(start, end)), expected);
      }
      const footer = copy(bytes.subarray(bytes.length - partition.footerBytes));
      await verifyRange(partition.path, 'footer', footer, partition.sha256.footer);
    }
  });

  it('refuses a range with one byte changed, naming the file and the row group', async () => {
    const partition = index.partitions[0]!;
    const { bytes, metadata } = metadataOf(partition.path);
    const [start, end] = rowGroupRange(metadata, 1);
    const tampered = new Uint8Array(bytes.subarray(start, end));
    tampered[tampered.length >> 1]! ^= 1;
    const check = verifyRange(partition.path, 'row group 1', tampered.buffer, partition.sha256.rowGroups[1]!);
    await expect(check).rejects.toThrow(IntegrityError);
    await expect(check).rejects.toThrow(`${partition.path}: row group 1: SHA-256`);
  });
});

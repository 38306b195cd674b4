import { readFileSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { sha256Hex } from '../../src/lib/integrity.ts';
import {
  type CheckedIndex,
  type CheckedPartition,
  FILE_COLUMNS,
  PARTITION_INDEX,
  rowGroupRange,
} from '../../src/live/partition-index.ts';
import { sqlText } from './parquet.ts';

/**
 * Whether partitions written earlier (a benchmark's cache) hold the columns Explore reads today: an index
 * missing, unreadable or of other columns means they must be written again.
 */
export function partitionsCurrent(indexFile: string): boolean {
  try {
    return (JSON.parse(readFileSync(indexFile, 'utf8')) as CheckedIndex).columns?.join() === FILE_COLUMNS.join();
  } catch {
    return false;
  }
}

/** Rows per row group: a province's rows of one indicator and year fall in one or two groups. */
export const ROW_GROUP_SIZE = 2048;

/**
 * Writes observations as Parquet partitioned hive-style by indicator and year
 * (`indicator=X/year=Y/data_0.parquet`), sorted by place and period inside each file so that a
 * row group's min/max statistics let a reader skip the places it does not need. A static host
 * cannot list a folder, so `partitions.json` lists every file with its rows and bytes.
 *
 * The columns Explore reads come first in each file, so a row group's share of them is one byte
 * range; the index records the SHA-256 of each such range and of each footer, so that a reader
 * fetching ranges can check every byte it uses (the index itself is hashed in manifest.json).
 */
export async function writePartitions(
  connection: DuckDBConnection,
  input: string,
  outDir: string,
  rowGroupSize = ROW_GROUP_SIZE,
): Promise<CheckedIndex> {
  await rm(outDir, { recursive: true, force: true });
  const first = FILE_COLUMNS.map((c) => `"${c}"`).join(', ');
  // One thread: several would each write their own file into a partition, a different number each run.
  await connection.run('SET threads = 1');
  await connection.run(`COPY (
    SELECT indicator, ${first}, * EXCLUDE (indicator, ${first}, file, line), year(period_start) AS year
    FROM read_parquet(${sqlText(input)})
    ORDER BY indicator, year, geo_code, subdivision, period_start
  ) TO ${sqlText(outDir)}
    (FORMAT parquet, PARTITION_BY (indicator, year), ROW_GROUP_SIZE ${rowGroupSize}, COMPRESSION zstd)`);
  await connection.run('RESET threads');
  const counted = await connection.runAndReadAll(`SELECT filename, count(*)::INTEGER AS n,
      min(year(period_end))::INTEGER, max(year(period_end))::INTEGER
    FROM read_parquet(${sqlText(`${outDir}/*/*/*.parquet`)}, filename = true, hive_partitioning = false)
    GROUP BY ALL ORDER BY filename`);
  const partitions: CheckedPartition[] = [];
  for (const [filename, n, endFirst, endLast] of counted.getRows() as Array<[string, number, number, number]>) {
    const relative = path.relative(outDir, filename).split(path.sep).join('/');
    const [indicatorDir = '', yearDir = ''] = relative.split('/');
    const bytes = await readFile(filename);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const metadata = parquetMetadata(buffer);
    const footerBytes = metadata.metadata_length + 8;
    const rowGroups = metadata.row_groups.map((_, i) => {
      const [start, end] = rowGroupRange(metadata, i);
      return sha256Hex(bytes.subarray(start, end));
    });
    partitions.push({
      indicator: decodeURIComponent(indicatorDir.replace(/^indicator=/, '')),
      year: Number(yearDir.replace(/^year=/, '')),
      path: relative,
      rows: Number(n),
      bytes: (await stat(filename)).size,
      endYears: [endFirst, endLast],
      footerBytes,
      sha256: {
        footer: await sha256Hex(bytes.subarray(bytes.byteLength - footerBytes)),
        rowGroups: await Promise.all(rowGroups),
      },
    });
  }
  const manifest: CheckedIndex = { rowGroupSize, columns: [...FILE_COLUMNS], partitions };
  await writeFile(path.join(outDir, 'partitions.json'), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

/** Observations above this many rows are also written partitioned, and pages read them by range. */
export const PARTITION_ROWS = 2_000_000;

/**
 * The partitioned copy of a data folder's observations, in `<dataDir>/observations/`, and the
 * manifest entry of its index (size and SHA-256, as for every file the pages check).
 */
export async function writePartitionedObservations(
  connection: DuckDBConnection,
  observations: string,
  dataDir: string,
  rowGroupSize = ROW_GROUP_SIZE,
): Promise<{ name: string; entry: { bytes: number; sha256: string } }> {
  await writePartitions(connection, observations, path.join(dataDir, path.dirname(PARTITION_INDEX)), rowGroupSize);
  const index = await readFile(path.join(dataDir, PARTITION_INDEX));
  return { name: PARTITION_INDEX, entry: { bytes: index.byteLength, sha256: await sha256Hex(index) } };
}

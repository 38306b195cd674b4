import { rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Partition, PartitionManifest } from '../../src/live/remote-parquet.ts';
import { sqlText } from './parquet.ts';

/** Rows per row group: a province's rows of one indicator and year fall in one or two groups. */
export const ROW_GROUP_SIZE = 2048;

/**
 * Writes observations as Parquet partitioned hive-style by indicator and year
 * (`indicator=X/year=Y/data_0.parquet`), sorted by place and period inside each file so that a
 * row group's min/max statistics let a reader skip the places it does not need. A static host
 * cannot list a folder, so `partitions.json` lists every file with its rows and bytes.
 */
export async function writePartitions(
  connection: DuckDBConnection,
  input: string,
  outDir: string,
  rowGroupSize = ROW_GROUP_SIZE,
): Promise<PartitionManifest> {
  await rm(outDir, { recursive: true, force: true });
  // One thread: several would each write their own file into a partition, a different number each run.
  await connection.run('SET threads = 1');
  await connection.run(`COPY (
    SELECT * EXCLUDE (file, line), year(period_start) AS year FROM read_parquet(${sqlText(input)})
    ORDER BY indicator, year, geo_code, subdivision, period_start
  ) TO ${sqlText(outDir)}
    (FORMAT parquet, PARTITION_BY (indicator, year), ROW_GROUP_SIZE ${rowGroupSize}, COMPRESSION zstd)`);
  await connection.run('RESET threads');
  const counted = await connection.runAndReadAll(`SELECT filename, count(*)::INTEGER AS n
    FROM read_parquet(${sqlText(`${outDir}/*/*/*.parquet`)}, filename = true, hive_partitioning = false)
    GROUP BY ALL ORDER BY filename`);
  const partitions: Partition[] = [];
  for (const [filename, n] of counted.getRows() as Array<[string, number]>) {
    const relative = path.relative(outDir, filename).split(path.sep).join('/');
    const [indicatorDir = '', yearDir = ''] = relative.split('/');
    partitions.push({
      indicator: decodeURIComponent(indicatorDir.replace(/^indicator=/, '')),
      year: Number(yearDir.replace(/^year=/, '')),
      path: relative,
      rows: Number(n),
      bytes: (await stat(filename)).size,
    });
  }
  const manifest: PartitionManifest = { rowGroupSize, partitions };
  await writeFile(path.join(outDir, 'partitions.json'), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

// Reads Parquet partitioned by indicator and year (scripts/lib/partition.ts) over HTTP range
// requests: only the partitions a query names, only the columns it asks for, and only the row
// groups whose min/max statistics can hold its filter. Says how many bytes and requests it took.
import {
  asyncBufferFromUrl,
  parquetMetadataAsync,
  parquetReadObjects,
  type AsyncBuffer,
  type ParquetQueryFilter,
} from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

export interface Partition {
  indicator: string;
  year: number;
  /** Relative to the manifest's folder: `indicator=X/year=Y/data_0.parquet`. */
  path: string;
  rows: number;
  bytes: number;
}

export interface PartitionManifest {
  rowGroupSize: number;
  partitions: Partition[];
}

export interface RemoteQuery {
  indicator: string;
  /** Inclusive range of years. */
  years: [number, number];
  columns: string[];
  /** Exact matches on columns, e.g. `{ geo_code: '01' }`: row groups that cannot match are not fetched. */
  equals?: Record<string, string>;
}

export interface RemoteResult<T> {
  rows: T[];
  /** Bytes received, headers aside; `totalBytes` is the size of every partition together. */
  bytesFetched: number;
  requests: number;
  partitionsRead: number;
  totalBytes: number;
}

const FOOTER_FETCH = 1 << 14;

/** An AsyncBuffer that counts what it fetches. */
function countingBuffer(inner: AsyncBuffer, count: { bytes: number; requests: number }): AsyncBuffer {
  return {
    byteLength: inner.byteLength,
    async slice(start, end) {
      const buffer = await inner.slice(start, end);
      count.bytes += buffer.byteLength;
      count.requests++;
      return buffer;
    },
  };
}

export async function fetchManifest(base: string): Promise<PartitionManifest> {
  const response = await fetch(new URL('partitions.json', base));
  if (!response.ok) throw new Error(`partitions.json: ${response.status}`);
  return response.json() as Promise<PartitionManifest>;
}

/**
 * Rows of one indicator over a range of years, as objects with the asked columns (plus `year`,
 * which the partition's folder carries). The file sizes come from the manifest, so no HEAD request
 * is made; each file costs one request for its footer and one per run of needed column chunks.
 */
export async function readRemote<T = Record<string, unknown>>(
  base: string,
  manifest: PartitionManifest,
  query: RemoteQuery,
): Promise<RemoteResult<T>> {
  const count = { bytes: 0, requests: 0 };
  const wanted = manifest.partitions.filter(
    (p) => p.indicator === query.indicator && p.year >= query.years[0] && p.year <= query.years[1],
  );
  const filter =
    query.equals && Object.keys(query.equals).length
      ? ({
          $and: Object.entries(query.equals).map(([column, value]) => ({ [column]: { $eq: value } })),
        } as ParquetQueryFilter)
      : undefined;
  const parts = await Promise.all(
    wanted.map(async (partition) => {
      const file = countingBuffer(
        await asyncBufferFromUrl({ url: new URL(partition.path, base).href, byteLength: partition.bytes }),
        count,
      );
      // The footer is at the end of the file. hyparquet reads the last 512 KB by default, which for a
      // partition of a few hundred KB is the whole file; 16 KB holds a footer of these files.
      const metadata = await parquetMetadataAsync(file, { initialFetchSize: FOOTER_FETCH });
      const rows = await parquetReadObjects({
        file,
        metadata,
        columns: query.columns,
        filter,
        compressors,
        parsers: { dateFromDays: (days: number) => new Date(days * 864e5).toISOString().slice(0, 10) },
      });
      return rows.map((row) => ({ ...row, year: partition.year }) as T);
    }),
  );
  return {
    rows: parts.flat(),
    bytesFetched: count.bytes,
    requests: count.requests,
    partitionsRead: wanted.length,
    totalBytes: manifest.partitions.reduce((sum, p) => sum + p.bytes, 0),
  };
}

// Observations of a large set, read by range instead of loaded whole: for each selection, only the
// partitions (indicator, year), the columns Explore's SQL reads and the row groups whose statistics
// can match are fetched, each range checked against the index's SHA-256, and inserted into the
// `observations` table, where the same SQL as for a whole file runs. What was read stays loaded.
import type * as duckdb from '@duckdb/duckdb-wasm';
import { Table, Utf8 } from 'apache-arrow';
import { type FileMetaData, parquetMetadata } from 'hyparquet';
import { IntegrityError } from '../lib/integrity.ts';
import { DataFileError, fetchVerified } from './data-files.ts';
import { refusedText, showFetched } from './fetched-note.ts';
import { parquetToArrow, toVector } from './parquet-arrow.ts';
import {
  type CheckedIndex,
  type CheckedPartition,
  EXPLORE_COLUMNS,
  FILE_COLUMNS,
  type ObservationSelection,
  PARTITION_INDEX,
  PartitionRefused,
  selectionOf,
  partitionsFor,
  rowGroupRange,
  rowGroupsFor,
  verifyRange,
} from './partition-index.ts';

const FOLDER = `/data/${PARTITION_INDEX.slice(0, PARTITION_INDEX.lastIndexOf('/') + 1)}`;

/** What has been read so far, against the whole set. */
export interface FetchReport {
  /** Bytes received (the index, footers and row groups), and the size of every partition together. */
  bytesFetched: number;
  totalBytes: number;
  requests: number;
  /** Partitions with at least one row group loaded, of all. */
  partitionsRead: number;
  partitions: number;
  rowsLoaded: number;
  rowsTotal: number;
}

/** One byte range of a partition file, exactly as asked (a server that ignores Range is refused). */
async function fetchRange(file: string, start: number, end: number): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(`${FOLDER}${file}`, { headers: { Range: `bytes=${start}-${end - 1}` } });
  } catch (error) {
    throw new DataFileError(`${file}: ${(error as Error).message}`);
  }
  if (response.status !== 206) throw new DataFileError(`${file}: HTTP ${response.status} for bytes ${start}–${end}`);
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength !== end - start)
    throw new PartitionRefused(file, `${bytes.byteLength} bytes for a range of ${end - start}`);
  return bytes;
}

/** Row groups of one partition, decoded, with the keys (`path#g`) they add to the table. */
interface DecodedPart {
  table: Table;
  key: string;
  path: string;
  keys: string[];
}

export class PartitionedObservations {
  #connection: duckdb.AsyncDuckDBConnection | undefined;
  readonly #index: CheckedIndex;
  readonly #footers = new Map<string, Promise<FileMetaData>>();
  /** Row groups fetched and checked, not yet inserted (`path#group`): what the first selection prefetched. */
  readonly #ranges = new Map<string, Promise<ArrayBuffer>>();
  /** Row groups decoded, not yet inserted (`path#g,h`): the first selection's, decoded while the engine starts. */
  readonly #decoded = new Map<string, Promise<DecodedPart>>();
  /** `path#group` of every row group in the table. */
  readonly #loaded = new Set<string>();
  readonly #read = new Set<string>();
  #rows = 0;
  /** The selection Explore opened the engine with, prefetched while it started. */
  #first: ObservationSelection | undefined;
  #fetched: { bytes: number; requests: number };
  /** One selection at a time: two at once would fetch and insert the same row groups twice. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(index: CheckedIndex, indexBytes: number) {
    this.#index = index;
    this.#fetched = { bytes: indexBytes, requests: 1 };
  }

  report(): FetchReport {
    const parts = this.#index.partitions;
    return {
      bytesFetched: this.#fetched.bytes,
      totalBytes: parts.reduce((n, p) => n + p.bytes, 0),
      requests: this.#fetched.requests,
      partitionsRead: this.#read.size,
      partitions: parts.length,
      rowsLoaded: this.#rows,
      rowsTotal: parts.reduce((n, p) => n + p.rows, 0),
    };
  }

  /** Makes `observations` hold every row the selection can need; returns what has been read so far. */
  load(selection: ObservationSelection): Promise<FetchReport> {
    const run = this.#queue.then(() => this.#load(selection));
    this.#queue = run.catch(() => {});
    return run;
  }

  /** Explore's hook before its SQL runs: the selection's rows loaded, and the analyst told what it took. */
  async prepare(
    state: Parameters<typeof selectionOf>[0],
    status: HTMLElement,
    formatNumber: Parameters<typeof showFetched>[2],
  ): Promise<void> {
    try {
      showFetched(status, await this.load(selectionOf(state)), formatNumber);
    } catch (error) {
      // The selection is not answered (the build's figures or the last result stay); the status names the file.
      if (error instanceof PartitionRefused) throw new IntegrityError(refusedText(status, error.file));
      throw error;
    }
  }

  async #load(selection: ObservationSelection): Promise<FetchReport> {
    performance.mark('partitions:load'); // marks for the bench (scripts/bench/remote-explore.ts)
    // Everything is fetched and checked before anything is inserted: a refused range leaves the table as it was.
    const parts = await Promise.all(partitionsFor(this.#index, selection).map((p) => this.#rowGroups(p, selection)));
    performance.mark('partitions:decoded');
    let added = 0;
    for (const part of parts) {
      if (!part) continue;
      await this.#connection!.insertArrowTable(part.table, { name: 'observations', create: false });
      for (const key of part.keys) this.#loaded.add(key);
      this.#decoded.delete(part.key);
      this.#read.add(part.path);
      added += part.table.numRows;
    }
    performance.mark('partitions:inserted');
    if (added > 0) {
      const counted = await this.#connection!.query('SELECT count(*)::DOUBLE AS n FROM observations');
      const rows = Number(counted.toArray()[0]!.toJSON().n);
      if (rows !== this.#rows + added)
        throw new IntegrityError(
          `observations: ${rows} rows loaded, the partitions' footers say ${this.#rows + added}`,
        );
      this.#rows = rows;
    }
    return this.report();
  }

  #footer(partition: CheckedPartition): Promise<FileMetaData> {
    let footer = this.#footers.get(partition.path);
    if (!footer) {
      footer = (async () => {
        const bytes = await this.#range(partition.path, partition.bytes - partition.footerBytes, partition.bytes);
        await verifyRange(partition.path, 'footer', bytes, partition.sha256.footer);
        const metadata = parquetMetadata(bytes);
        if (
          Number(metadata.num_rows) !== partition.rows ||
          metadata.row_groups.length !== partition.sha256.rowGroups.length
        )
          throw new PartitionRefused(
            partition.path,
            `${metadata.num_rows} rows in its footer, the index says ${partition.rows}`,
          );
        return metadata;
      })();
      this.#footers.set(partition.path, footer);
      footer.catch(() => this.#footers.delete(partition.path));
    }
    return footer;
  }

  async #range(file: string, start: number, end: number): Promise<ArrayBuffer> {
    const bytes = await fetchRange(file, start, end);
    this.#fetched.bytes += bytes.byteLength;
    this.#fetched.requests++;
    return bytes;
  }

  /** A row group's run of Explore's columns, fetched once and checked against the index. */
  #checkedRowGroup(partition: CheckedPartition, metadata: FileMetaData, group: number): Promise<ArrayBuffer> {
    const key = `${partition.path}#${group}`;
    let range = this.#ranges.get(key);
    if (!range) {
      range = (async () => {
        const [start, end] = rowGroupRange(metadata, group);
        const bytes = await this.#range(partition.path, start, end);
        await verifyRange(partition.path, `row group ${group}`, bytes, partition.sha256.rowGroups[group]!);
        return bytes;
      })();
      this.#ranges.set(key, range);
      range.catch(() => this.#ranges.delete(key));
    }
    return range;
  }

  /** Fetches, checks and decodes what a selection will need, before the engine can take it (errors: with load). */
  prefetch(selection: ObservationSelection): void {
    this.#first = selection;
    for (const partition of partitionsFor(this.#index, selection))
      void this.#rowGroups(partition, selection).catch(() => {});
  }

  /** An empty `observations` table with Explore's columns, which selections then fill. */
  async open(connection: duckdb.AsyncDuckDBConnection): Promise<this> {
    await connection.query(`CREATE TABLE observations (${EXPLORE_COLUMNS.map(([n, t]) => `${n} ${t}`).join(', ')})`);
    this.#connection = connection;
    // The first selection goes in now, beside the small tables, ahead of the page's other queries;
    // Explore's prepare then finds it loaded (or meets its error again, and reports it).
    if (this.#first) void this.load(this.#first).catch(() => {});
    return this;
  }

  /** The row groups of a partition that the selection needs and the table lacks, fetched, checked and decoded. */
  async #rowGroups(partition: CheckedPartition, selection: ObservationSelection) {
    const metadata = await this.#footer(partition);
    const groups = rowGroupsFor(metadata, selection).filter((g) => !this.#loaded.has(`${partition.path}#${g}`));
    if (groups.length === 0) return null;
    const key = `${partition.path}#${groups.join(',')}`;
    let decoded = this.#decoded.get(key);
    if (!decoded) {
      decoded = this.#decode(partition, metadata, groups);
      this.#decoded.set(key, decoded);
      decoded.catch(() => this.#decoded.delete(key));
    }
    return decoded;
  }

  /** Row groups of a partition as an Arrow table in the table's column order, from checked ranges only. */
  async #decode(partition: CheckedPartition, metadata: FileMetaData, groups: number[]): Promise<DecodedPart> {
    // The file's bytes where the decoder looks for them; only the checked ranges are filled in.
    const file = new Uint8Array(partition.bytes);
    await Promise.all(
      groups.map(async (g) => {
        file.set(new Uint8Array(await this.#checkedRowGroup(partition, metadata, g)), rowGroupRange(metadata, g)[0]);
        this.#ranges.delete(`${partition.path}#${g}`);
      }),
    );
    const rowGroups = groups.map((g) => metadata.row_groups[g]!);
    const rows = rowGroups.reduce((n, g) => n + Number(g.num_rows), 0);
    const decoded = await parquetToArrow(file.buffer, FILE_COLUMNS, {
      ...metadata,
      row_groups: rowGroups,
      num_rows: BigInt(rows),
    });
    // The folder names the indicator; the columns go in the table's order (EXPLORE_COLUMNS).
    const indicator = toVector(new Utf8(), new Array<string>(rows).fill(partition.indicator));
    const table = new Table({ indicator, ...Object.fromEntries(FILE_COLUMNS.map((n) => [n, decoded.getChild(n)!])) });
    const key = `${partition.path}#${groups.join(',')}`;
    return { table, key, path: partition.path, keys: groups.map((g) => `${partition.path}#${g}`) };
  }
}

/**
 * The partitions' index, checked against the page's manifest like every data file, with the ranges of
 * Explore's first selection on their way (the engine is still starting when this is called).
 */
export async function fetchPartitioned(state: Parameters<typeof selectionOf>[0]): Promise<PartitionedObservations> {
  const bytes = await fetchVerified(PARTITION_INDEX);
  const index = JSON.parse(new TextDecoder().decode(bytes)) as CheckedIndex;
  if (index.columns?.join() !== FILE_COLUMNS.join())
    throw new IntegrityError(`${PARTITION_INDEX}: its files do not hold the columns this page reads`);
  const observations = new PartitionedObservations(index, bytes.byteLength);
  observations.prefetch(selectionOf(state));
  return observations;
}

import type { AliasRow, ClusterAliasRow } from '../lib/geography.ts';
import type { Indicator } from '../lib/indicators.ts';
import type { QualityNote } from '../lib/observations.ts';
import type { Problem } from '../lib/problems.ts';

/** What the page sends the upload worker: the file and the reference tables, read from DuckDB. */
export interface UploadRequest {
  file: File;
  uploadSource: string;
  indicators: Indicator[];
  sources: string[];
  aliases: AliasRow[];
  clusterAliases: ClusterAliasRow[];
}

/** What the worker sends back, in order: progress and batches of rows, then done (or failed). */
export type UploadMessage =
  /** Sent once, when the worker's code has loaded: from then on it reads files with the network gone. */
  | { type: 'ready' }
  | { type: 'progress'; bytes: number; total: number }
  /** Normalized rows as an Arrow IPC stream; the worker waits for `continue` before the next. */
  | { type: 'rows'; ipc: Uint8Array; count: number }
  | { type: 'done'; good: number; bad: number; problems: Problem[]; notes: QualityNote[] }
  /** `input`: the file itself is refused (NormalizeError); otherwise the reading broke (`name`: RangeError, …). */
  | { type: 'failed'; message: string; input: boolean; name: string };

/** Rows per batch: small enough to insert without holding the page, large enough to be quick. */
export const BATCH_ROWS = 20_000;
/** Bytes read from the file at a time. */
export const CHUNK_BYTES = 1 << 20;
/** Problems sent back in full; the rest are counted. */
export const MAX_PROBLEMS = 2_000;
/**
 * A worker that sends nothing for this long, while the page waits on it, is taken for dead (a worker killed
 * for memory may never say so).
 */
export const WORKER_SILENCE_MS = 60_000;

import * as duckdb from '@duckdb/duckdb-wasm';
import type { PartitionedObservations } from './partitioned-observations.ts';
import { verifyRows } from '../lib/integrity.ts';
import { TABLES, type Db } from '../lib/sql.ts';
import { fetchVerified, loadManifest } from './data-files.ts';
import { ENGINE_WASM, ENGINE_WORKER } from './engine-files.ts';
import { EngineStopped } from './engine-stopped.ts';
import { parquetToArrowBatches } from './parquet-arrow.ts';
import { PARTITION_INDEX } from './partition-index.ts';

/** Self-hosted files (scripts/copy-duckdb.ts puts them there): no CDN, no extension downloads. */
const WASM = ENGINE_WASM;
const WORKER = ENGINE_WORKER;

/** If the engine has not started by then, it will not: say so instead of waiting for ever. */
const START_TIMEOUT_MS = 60_000;

/** The Db of the pages, with the engine beneath it for the Explore page (SQL console, uploads). */
export interface BrowserDb extends Db {
  duckdb: duckdb.AsyncDuckDB;
  connection: duckdb.AsyncDuckDBConnection;
  /** Rejects with EngineStopped when the engine is ended; a query still running races it. */
  stopped: Promise<never>;
  /** Ends the engine's worker at once, whatever it is doing. */
  stop(): void;
  /** Whether stop() has ended it. */
  readonly isStopped: boolean;
  /**
   * Set when observations are partitioned (a large set): loads the rows a selection needs before
   * Explore's SQL runs, and says under `status` what was fetched (src/live/partitioned-observations.ts).
   */
  prepare?: PartitionedObservations['prepare'];
}

let ready: Promise<BrowserDb> | undefined;

/** DuckDB-wasm's worker waits silently when its wasm cannot be fetched; ask the host first. */
async function checkEngineFiles(): Promise<void> {
  for (const file of [WASM, WORKER]) {
    const response = await fetch(file, { method: 'HEAD' }).catch((error: Error) => {
      throw new Error(`${file}: ${error.message}`);
    });
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  }
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`${what}: no answer in ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS),
    ),
  ]);
}

/**
 * A Parquet file into a new table, a few row groups at a time: while DuckDB-wasm's worker inserts one
 * batch, the page decodes the next (the worker runs requests in the order they are sent).
 */
async function insertParquet(connection: duckdb.AsyncDuckDBConnection, name: string, bytes: ArrayBuffer) {
  const inserts: Promise<unknown>[] = [];
  for await (const batch of parquetToArrowBatches(bytes))
    inserts.push(connection.insertArrowTable(batch, { name, create: inserts.length === 0 }));
  await Promise.all(inserts);
}

/**
 * A published table, loaded only from bytes whose size and SHA-256 are the manifest's, and kept only
 * if DuckDB then counts the manifest's rows (a decoder that dropped or invented rows is caught too).
 */
async function loadTable(connection: duckdb.AsyncDuckDBConnection, name: string): Promise<void> {
  const file = `${name}.parquet`;
  await insertParquet(connection, name, await fetchVerified(file));
  const counted = await connection.query(`SELECT count(*) AS n FROM "${name}"`);
  verifyRows(file, Number(counted.toArray()[0]!.toJSON().n), await loadManifest());
}

/** What Explore asks first (src/explore/state.ts): given, a large set's observations may be read by range. */
type Selection = Parameters<PartitionedObservations['prepare']>[0];
/** The selection Explore opened the engine with, kept for a restarted engine. */
let exploring: Selection | undefined;

/**
 * A large set's observations when Explore opens the engine: the partitions' index and the ranges its first
 * selection needs are fetched and checked while DuckDB-wasm starts. Other pages' figures need every row:
 * they load observations.parquet whole, as for a small set.
 */
async function partitionedFor(selection: Selection | undefined) {
  if (!selection || !(PARTITION_INDEX in (await loadManifest()).files)) return undefined;
  return (await import('./partitioned-observations.ts')).fetchPartitioned(selection);
}

async function start(onProgress: (step: string) => void, selection?: Selection): Promise<BrowserDb> {
  onProgress('engine');
  const early = partitionedFor(selection);
  early.catch(() => {}); // awaited once the engine runs
  await checkEngineFiles();
  const worker = new Worker(WORKER);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  let stop!: (error: EngineStopped) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => {}); // nobody need be listening when it ends
  try {
    await withTimeout(db.instantiate(WASM), 'DuckDB-wasm');
    await db.open({ query: { castBigIntToDouble: true } });
    const connection = await db.connect();
    // The page's Content-Security-Policy does not reach DuckDB's worker: SQL typed in the console
    // must not read URLs or fetch extensions, so no request can leave the site from there either.
    await connection.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;
SET enable_external_access = false; SET lock_configuration = true`);
    onProgress('data');
    // A large set's observations are read by range, a selection at a time, by a module loaded only then.
    const partitioned = await early;
    const [observations] = await Promise.all([
      partitioned?.open(connection),
      ...TABLES.filter((name) => !partitioned || name !== 'observations').map((name) => loadTable(connection, name)),
    ]);
    let isStopped = false;
    return {
      duckdb: db,
      connection,
      stopped,
      get isStopped() {
        return isStopped;
      },
      stop() {
        isStopped = true;
        worker.terminate();
        stop(new EngineStopped('the query engine was restarted'));
      },
      prepare: observations?.prepare.bind(observations),
      async query<T>(sql: string): Promise<T[]> {
        const result = await Promise.race([connection.query(sql), stopped]);
        return result.toArray().map((row) => row.toJSON() as T);
      },
    };
  } catch (error) {
    worker.terminate(); // refused data or a failed start: the next attempt starts a new worker
    throw error;
  }
}

/**
 * DuckDB-wasm with the data contract's tables loaded, each checked against the page's manifest (size,
 * SHA-256, rows) before use. Parquet is decoded with hyparquet, because DuckDB-wasm's own Parquet
 * reader is an extension it would fetch from the internet.
 */
export function openBrowserDb(
  onProgress: (step: string) => void = () => {},
  selection: Selection | undefined = exploring,
): Promise<BrowserDb> {
  exploring = selection;
  ready ??= start(onProgress, selection);
  const current = ready;
  current.catch(() => {
    if (ready === current) ready = undefined; // a failed load may be retried by the next interaction
  });
  return current;
}

/**
 * Ends an engine stuck in a query that cancelling did not stop, and starts a new one with the published
 * data loaded and checked again. Tables the reader added (uploads) are gone with the old engine.
 */
export function restartBrowserDb(old: BrowserDb): Promise<BrowserDb> {
  ready = undefined;
  const next = openBrowserDb();
  old.stop();
  return next;
}

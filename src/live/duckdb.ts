import * as duckdb from '@duckdb/duckdb-wasm';
import type { PartitionedObservations } from './partitioned-observations.ts';
import { verifyRows } from '../lib/integrity.ts';
import { TABLES, type Db } from '../lib/sql.ts';
import { fetchChecked, loadManifest } from './data-files.ts';
import { ENGINE_WASM, ENGINE_WORKER } from './engine-files.ts';
import { EngineStopped } from './engine-stopped.ts';
import { ParquetDecoders } from './parquet-decoders.ts';
import { PARTITION_INDEX } from './partition-index.ts';

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

/** The moment DuckDB-wasm is instantiated, opened and locked down, on the page's performance timeline. */
const ENGINE_READY_MARK = 'loader: engine ready';

/** A step of the load on the page's performance timeline ("loader: decode observations"), for the bench. */
function phase(name: string, start: number, duration = performance.now() - start): void {
  performance.measure(`loader: ${name}`, { start, duration });
}

/** DuckDB-wasm's worker waits silently when its wasm cannot be fetched; ask the host first. */
async function checkEngineFiles(): Promise<void> {
  for (const file of [ENGINE_WASM, ENGINE_WORKER]) {
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
 * Decode workers beside DuckDB's: one per core left over, one at least (the page's thread mostly waits), two
 * at most (each warms up its own compiled code; on two cores a second one made the load slower).
 */
const DECODERS = Math.max(1, Math.min(2, (navigator.hardwareConcurrency || 2) - 1));

/**
 * A published table, loaded only from bytes whose size and SHA-256 are the manifest's, and kept only
 * if DuckDB then counts the manifest's rows (a decoder that dropped or invented rows is caught too).
 * The file is fetched, hashed and decoded while DuckDB-wasm starts; its batches go to DuckDB's worker
 * in file order once the engine is up (the worker runs requests in the order they are sent). Nothing
 * is used before the hash and the count pass.
 */
async function loadTable(engine: Promise<duckdb.AsyncDuckDBConnection>, decoders: ParquetDecoders, name: string) {
  const file = `${name}.parquet`;
  const started = performance.now();
  const { bytes, verified } = await fetchChecked(file);
  const fetched = performance.now();
  phase(`fetch ${name}`, started);
  void verified.then(() => phase(`hash ${name}`, fetched));
  const inserts: Promise<unknown>[] = [];
  const decoded = decoders.decode(bytes, (ipc, index, timing) => {
    phase(`decode ${name}`, performance.now() - timing.decodeMs - timing.serializeMs, timing.decodeMs);
    phase(`serialize ${name}`, performance.now() - timing.serializeMs, timing.serializeMs);
    const insert = engine.then((c) => c.insertArrowFromIPCStream(ipc, { name, create: index === 0 }));
    insert.catch(() => {}); // awaited below, unless the decode fails first
    inserts.push(insert);
  });
  try {
    await decoded;
  } catch (error) {
    await verified; // bytes that are not the published ones are refused as such, not as a decoding error
    throw error;
  }
  const decodedAt = performance.now();
  await Promise.all(inserts);
  phase(`insert ${name}`, decodedAt);
  await verified;
  const connection = await engine;
  const counting = performance.now();
  const counted = await connection.query(`SELECT count(*) AS n FROM "${name}"`);
  phase(`count ${name}`, counting);
  verifyRows(file, Number(counted.toArray()[0]!.toJSON().n), await loadManifest());
}

/** DuckDB-wasm instantiated and opened, with the one connection the pages share. */
async function startEngine(db: duckdb.AsyncDuckDB): Promise<duckdb.AsyncDuckDBConnection> {
  await checkEngineFiles();
  await withTimeout(db.instantiate(ENGINE_WASM), 'DuckDB-wasm');
  await db.open({ query: { castBigIntToDouble: true } });
  const connection = await db.connect();
  // The page's Content-Security-Policy does not reach DuckDB's worker: SQL typed in the console
  // must not read URLs or fetch extensions, so no request can leave the site from there either.
  await connection.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;
SET enable_external_access = false; SET lock_configuration = true`);
  // On the page's timeline for the bench: the data is fetched and decoded beside the start, so no request says it.
  performance.mark(ENGINE_READY_MARK);
  return connection;
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
  early.catch(() => {}); // awaited below
  const worker = new Worker(ENGINE_WORKER);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  const decoders = new ParquetDecoders(DECODERS);
  let stop!: (error: EngineStopped) => void;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  stopped.catch(() => {}); // nobody need be listening when it ends
  try {
    const engine = startEngine(db);
    void engine.then(
      () => onProgress('data'),
      () => {},
    );
    // A large set's observations are read by range, a selection at a time, by a module loaded only then.
    const partitioned = await early;
    const [connection, observations] = await Promise.all([
      engine,
      partitioned && engine.then((c) => partitioned.open(c)),
      ...TABLES.filter((name) => !partitioned || name !== 'observations').map((name) =>
        loadTable(engine, decoders, name),
      ),
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
  } finally {
    decoders.close();
  }
}

/**
 * DuckDB-wasm with the data contract's tables loaded, each checked against the page's manifest (size,
 * SHA-256, rows) before use. Parquet is decoded by our own column reader (in workers, src/live/parquet-worker.ts),
 * because DuckDB-wasm's own Parquet reader is an extension it would fetch from the internet.
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

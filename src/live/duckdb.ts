import * as duckdb from '@duckdb/duckdb-wasm';
import { TABLES, type Db } from '../lib/sql.ts';
import { fetchVerified } from './data-files.ts';
import { parquetToArrowBatches } from './parquet-arrow.ts';

/** Self-hosted files (scripts/copy-duckdb.ts puts them in public/duckdb/): no CDN, no extension downloads. */
const WASM = '/duckdb/duckdb-eh.wasm';
const WORKER = '/duckdb/duckdb-browser-eh.worker.js';

/** If the engine has not started by then, it will not: say so instead of waiting for ever. */
const START_TIMEOUT_MS = 60_000;

/** The Db of the pages, with the engine beneath it for the Explore page (SQL console, uploads). */
export interface BrowserDb extends Db {
  duckdb: duckdb.AsyncDuckDB;
  connection: duckdb.AsyncDuckDBConnection;
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
 * DuckDB-wasm with the data contract's tables loaded. Each file is checked against manifest.json's
 * SHA-256 before use. Parquet is decoded with hyparquet, because DuckDB-wasm's own Parquet reader is an
 * extension it would fetch from the internet.
 */
export function openBrowserDb(onProgress: (step: string) => void = () => {}): Promise<BrowserDb> {
  ready ??= (async () => {
    onProgress('engine');
    await checkEngineFiles();
    const worker = new Worker(WORKER);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await withTimeout(db.instantiate(WASM), 'DuckDB-wasm');
    await db.open({ query: { castBigIntToDouble: true } });
    const connection = await db.connect();
    // The page's Content-Security-Policy does not reach DuckDB's worker: SQL typed in the console
    // must not read URLs or fetch extensions, so no request can leave the site from there either.
    await connection.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;
SET enable_external_access = false; SET lock_configuration = true`);
    onProgress('data');
    await Promise.all(
      TABLES.map(async (name) => insertParquet(connection, name, await fetchVerified(`${name}.parquet`))),
    );
    return {
      duckdb: db,
      connection,
      async query<T>(sql: string): Promise<T[]> {
        const result = await connection.query(sql);
        return result.toArray().map((row) => row.toJSON() as T);
      },
    };
  })();
  ready.catch(() => (ready = undefined)); // a failed load may be retried by the next interaction
  return ready;
}

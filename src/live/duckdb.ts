import * as duckdb from '@duckdb/duckdb-wasm';
import { TABLES, type Db } from '../lib/sql.ts';
import { parquetToArrow } from './parquet-arrow.ts';

/** Self-hosted files (scripts/copy-duckdb.ts puts them in public/duckdb/): no CDN, no extension downloads. */
const WASM = '/duckdb/duckdb-eh.wasm';
const WORKER = '/duckdb/duckdb-browser-eh.worker.js';
const DATA = '/data/';

/** The Db of the pages, with the engine beneath it for the Explore page (SQL console, uploads). */
export interface BrowserDb extends Db {
  duckdb: duckdb.AsyncDuckDB;
  connection: duckdb.AsyncDuckDBConnection;
}

let ready: Promise<BrowserDb> | undefined;

/**
 * DuckDB-wasm with the data contract's tables loaded. Parquet is decoded with hyparquet, because
 * DuckDB-wasm's own Parquet reader is an extension it would fetch from the internet.
 */
export function openBrowserDb(onProgress: (step: string) => void = () => {}): Promise<BrowserDb> {
  ready ??= (async () => {
    onProgress('engine');
    const worker = new Worker(WORKER);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(WASM);
    await db.open({ query: { castBigIntToDouble: true } });
    const connection = await db.connect();
    // The page's Content-Security-Policy does not reach DuckDB's worker: SQL typed in the console
    // must not read URLs or fetch extensions, so no request can leave the site from there either.
    await connection.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;
SET enable_external_access = false; SET lock_configuration = true`);
    onProgress('data');
    await Promise.all(TABLES.map(async (name) => connection.insertArrowTable(await parquetToArrow(`${DATA}${name}.parquet`), { name })));
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

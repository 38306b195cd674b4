import * as duckdb from '@duckdb/duckdb-wasm';
import { TABLES, type Db } from '../lib/sql.ts';
import { parquetToArrow } from './parquet-arrow.ts';

/** Self-hosted files (scripts/copy-duckdb.ts puts them in public/duckdb/): no CDN, no extension downloads. */
const WASM = '/duckdb/duckdb-eh.wasm';
const WORKER = '/duckdb/duckdb-browser-eh.worker.js';
const DATA = '/data/';

let ready: Promise<Db> | undefined;

/**
 * DuckDB-wasm with the data contract's tables loaded. Parquet is decoded with hyparquet, because
 * DuckDB-wasm's own Parquet reader is an extension it would fetch from the internet.
 */
export function openBrowserDb(onProgress: (step: string) => void = () => {}): Promise<Db> {
  ready ??= (async () => {
    onProgress('engine');
    const worker = new Worker(WORKER);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(WASM);
    await db.open({ query: { castBigIntToDouble: true } });
    const connection = await db.connect();
    onProgress('data');
    await Promise.all(TABLES.map(async (name) => connection.insertArrowTable(await parquetToArrow(`${DATA}${name}.parquet`), { name })));
    return {
      async query<T>(sql: string): Promise<T[]> {
        const result = await connection.query(sql);
        return result.toArray().map((row) => row.toJSON() as T);
      },
    };
  })();
  ready.catch(() => (ready = undefined)); // a failed load may be retried by the next interaction
  return ready;
}

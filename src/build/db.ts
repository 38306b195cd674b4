import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import path from 'node:path';
import { TABLES, type Db } from '../lib/sql.ts';

/**
 * DuckDB for Node over the Parquet of public/data: the engine that renders pages at build time.
 * Each table is a view of its file, named as the browser names it, so the same SQL runs in both.
 */
export async function openParquetDb(dataDir = path.resolve('public/data')): Promise<Db & { close(): void }> {
  const connection: DuckDBConnection = await (await DuckDBInstance.create(':memory:')).connect();
  for (const table of TABLES) {
    const file = path.join(dataDir, `${table}.parquet`).replace(/'/g, "''");
    await connection.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${file}')`);
  }
  return {
    async query<T>(sql: string): Promise<T[]> {
      return (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[];
    },
    close: () => connection.closeSync(),
  };
}

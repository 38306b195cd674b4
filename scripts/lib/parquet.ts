import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'DATE' | 'BOOLEAN' | 'INTEGER';
export interface ColumnSpec { name: string; type: ColumnType }
export type Row = Record<string, string | number | boolean | null | undefined>;

/** Opens an in-memory DuckDB for one build; the caller closes it. */
export async function openDuckDB(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:');
  return instance.connect();
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Writes rows to a Parquet file through DuckDB, in the given column order and types.
 * Dates travel as text and are cast by DuckDB, so a day never shifts with a time zone.
 */
export async function writeParquet(connection: DuckDBConnection, table: string, columns: readonly ColumnSpec[], rows: readonly Row[], path: string): Promise<void> {
  const staging = `${table}_staging`;
  const ddl = columns.map((c) => `${quote(c.name)} ${c.type === 'DATE' ? 'VARCHAR' : c.type}`).join(', ');
  await connection.run(`CREATE OR REPLACE TABLE ${quote(staging)} (${ddl})`);
  const appender = await connection.createAppender(staging);
  for (const row of rows) {
    for (const { name, type } of columns) {
      const value = row[name];
      if (value === null || value === undefined) appender.appendNull();
      else if (type === 'DOUBLE') appender.appendDouble(Number(value));
      else if (type === 'INTEGER') appender.appendInteger(Number(value));
      else if (type === 'BOOLEAN') appender.appendBoolean(Boolean(value));
      else appender.appendVarchar(String(value));
    }
    appender.endRow();
  }
  appender.closeSync();
  const select = columns.map((c) => (c.type === 'DATE' ? `CAST(${quote(c.name)} AS DATE) AS ${quote(c.name)}` : quote(c.name))).join(', ');
  await connection.run(`CREATE OR REPLACE TABLE ${quote(table)} AS SELECT ${select} FROM ${quote(staging)}`);
  await connection.run(`DROP TABLE ${quote(staging)}`);
  // zstd: smallest files that hyparquet-compressors decodes in the browser.
  await connection.run(`COPY ${quote(table)} TO '${path.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
}

import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { BrowserDb } from '../live/duckdb.ts';

/** Rows shown and downloaded from one console query; the rest are counted. */
export const CONSOLE_ROW_LIMIT = 5_000;

export interface ConsoleResult {
  columns: string[];
  /** Each column's Arrow type ("Date32<DAY>", "Float64", …): how its cells are shown. */
  types?: string[];
  rows: Array<Record<string, unknown>>;
  total: number;
}

let connection: Promise<AsyncDuckDBConnection> | undefined;

/** A connection of its own, so cancelling a console query never touches the page's queries. */
function consoleConnection(db: BrowserDb): Promise<AsyncDuckDBConnection> {
  connection ??= db.duckdb.connect();
  return connection;
}

/**
 * Runs the reader's SQL over the same tables as the page (and any upload). Sent as a pending
 * query, polled, so that `cancelConsole` can stop it. Throws DuckDB's own error.
 */
export async function runConsole(db: BrowserDb, sql: string): Promise<ConsoleResult> {
  const conn = await consoleConnection(db);
  const reader = await conn.send(sql, true);
  const columns = reader.schema?.fields.map((f) => f.name) ?? [];
  const rows: Array<Record<string, unknown>> = [];
  let total = 0;
  for await (const batch of reader) {
    total += batch.numRows;
    for (let i = 0; i < batch.numRows && rows.length < CONSOLE_ROW_LIMIT; i++) rows.push(batch.get(i)!.toJSON());
  }
  const types = reader.schema?.fields.map((f) => String(f.type)) ?? [];
  return { columns: columns.length ? columns : Object.keys(rows[0] ?? {}), types, rows, total };
}

/** Asks DuckDB to stop the console's running query; it then fails with DuckDB's "interrupted" error. */
export async function cancelConsole(db: BrowserDb): Promise<boolean> {
  return (await consoleConnection(db)).cancelSent();
}

export interface SchemaColumn {
  table_name: string;
  column_name: string;
  data_type: string;
}

export const SCHEMA_SQL = `SELECT table_name, column_name, data_type FROM information_schema.columns
WHERE table_schema = 'main' ORDER BY table_name LIKE 'upload_%', table_name, ordinal_position`;

/** Statements that change tables: in the console they change only this browser's copy, and the page says so. */
const CHANGES = new RegExp(
  '\\b(delete\\s+from|update\\s+[\\w"]+\\s+set|insert\\s+(or\\s+\\w+\\s+)?into|drop\\s+(table|view)|' +
    'alter\\s+table|truncate|create\\s+or\\s+replace)\\b',
  'i',
);

export function changesTables(sql: string): boolean {
  return CHANGES.test(sql);
}

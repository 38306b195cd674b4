import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { BrowserDb } from '../live/duckdb.ts';
import { literal } from '../lib/sql.ts';

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

/** A query from a link stops after this long: a link cannot hold the reader's page. */
export const LINK_TIME_LIMIT_MS = 10_000;

/** Thrown for a statement that is not read-only, before it runs; its message is DuckDB's reason. */
export class WriteRefusal extends Error {
  override name = 'WriteRefusal';
}

/** Thrown when a query from a link ran past LINK_TIME_LIMIT_MS and was stopped. */
export class TimeLimitError extends Error {
  override name = 'TimeLimitError';
}

/**
 * Whether a statement only reads, decided by DuckDB's own parser, not by matching text: the `query()`
 * table function accepts a single SELECT statement only (WITH, VALUES, FROM-first, UNION, DESCRIBE,
 * SUMMARIZE included), and DESCRIBE binds it without running it. UPDATE, DELETE, DROP, INSERT, CREATE,
 * ATTACH, COPY, SET, PRAGMA… are refused however they are spelled (comments, schema-qualified names,
 * aliases, CTEs, several statements). Returns null when it may run, else DuckDB's reason; any other
 * error (a missing table) is DuckDB's, thrown as such, and nothing runs.
 */
export async function writeRefusal(db: BrowserDb, sql: string): Promise<string | null> {
  try {
    await db.query(`DESCRIBE SELECT * FROM query(${literal(sql.trim().replace(/;\s*$/, ''))})`);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Expected a single SELECT statement/.test(message)) return message;
    throw error;
  }
}

/**
 * Runs the reader's SQL over the same tables as the page (and any upload), if it only reads. Sent as
 * a pending query, polled, so that `cancelConsole` can stop it. Throws WriteRefusal, DuckDB's own
 * error, or TimeLimitError.
 */
export async function runConsole(db: BrowserDb, sql: string, timeLimitMs?: number): Promise<ConsoleResult> {
  // The console reads: the tables it shares with the pages and the filters cannot be changed from it.
  const refusal = await writeRefusal(db, sql);
  if (refusal !== null) throw new WriteRefusal(refusal);
  const conn = await consoleConnection(db);
  let timedOut = false;
  const timer =
    timeLimitMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          void cancelConsole(db);
        }, timeLimitMs);
  try {
    return await readAll(conn, sql);
  } catch (error) {
    if (timedOut) throw new TimeLimitError(`stopped after ${Math.round(timeLimitMs! / 1000)} s`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function readAll(conn: AsyncDuckDBConnection, sql: string): Promise<ConsoleResult> {
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

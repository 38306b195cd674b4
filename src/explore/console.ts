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

const connections = new WeakMap<BrowserDb, Promise<AsyncDuckDBConnection>>();
/** The console's query now running on each engine, settled or not. */
const running = new WeakMap<BrowserDb, Promise<unknown>>();

/** A connection of its own, so cancelling a console query never touches the page's queries. */
function consoleConnection(db: BrowserDb): Promise<AsyncDuckDBConnection> {
  let connection = connections.get(db);
  if (!connection) connections.set(db, (connection = db.duckdb.connect()));
  return connection;
}

/**
 * How long a cancelled query may take to end before its engine is ended and started again: DuckDB-wasm
 * checks for a cancel between steps, and some steps (a lambda over a list of millions) run for minutes.
 */
export const STOP_GRACE_MS = 1_000;

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
 * a pending query, polled, so that `stopConsole` can stop it. Throws WriteRefusal, DuckDB's own
 * error, EngineStopped, or TimeLimitError.
 */
export async function runConsole(db: BrowserDb, sql: string, timeLimitMs?: number): Promise<ConsoleResult> {
  let timedOut = false;
  const timer =
    timeLimitMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          void stopConsole(db);
        }, timeLimitMs);
  // The run includes DuckDB's read-only check: binding can take as long as running (constant folding).
  // An engine ended by stopConsole never answers: its `stopped` settles the run instead.
  const run = Promise.race([readIfReadOnly(db, sql), db.stopped]);
  running.set(db, run);
  try {
    return await run;
  } catch (error) {
    if (timedOut) throw new TimeLimitError(`stopped after ${Math.round(timeLimitMs! / 1000)} s`);
    throw error;
  } finally {
    clearTimeout(timer);
    if (running.get(db) === run) running.delete(db);
  }
}

async function readIfReadOnly(db: BrowserDb, sql: string): Promise<ConsoleResult> {
  // The console reads: the tables it shares with the pages and the filters cannot be changed from it.
  const refusal = await writeRefusal(db, sql);
  if (refusal !== null) throw new WriteRefusal(refusal);
  return readAll(await consoleConnection(db), sql);
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

/**
 * Stops the console's running query: DuckDB is asked to cancel it (it then fails with DuckDB's own
 * "interrupted" error); if it has not ended within STOP_GRACE_MS, the engine is ended, the query fails
 * with EngineStopped, and a new engine loads the published data. Says which it took, or null if idle.
 */
export async function stopConsole(db: BrowserDb, graceMs = STOP_GRACE_MS): Promise<'cancelled' | 'restarted' | null> {
  const run = running.get(db);
  if (!run) return null;
  const ended = run.then(
    () => true,
    () => true,
  );
  // Nothing here waits for the worker, which answers only between steps: not the cancel, and not a new
  // connection (a query still in DuckDB's read-only check has none yet; only a restart stops that one).
  void connections
    .get(db)
    ?.then((conn) => conn.cancelSent())
    .catch(() => false);
  const inTime = await Promise.race([ended, new Promise<false>((done) => setTimeout(() => done(false), graceMs))]);
  if (inTime) return 'cancelled';
  const { restartBrowserDb } = await import('../live/duckdb.ts'); // loaded already: the engine runs
  await restartBrowserDb(db);
  return 'restarted';
}

export interface SchemaColumn {
  table_name: string;
  column_name: string;
  data_type: string;
}

export const SCHEMA_SQL = `SELECT table_name, column_name, data_type FROM information_schema.columns
WHERE table_schema = 'main' ORDER BY table_name LIKE 'upload_%', table_name, ordinal_position`;

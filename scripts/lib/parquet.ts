import { closeSync, openSync, writeSync } from 'node:fs';
import { DuckDBInstance, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'DATE' | 'BOOLEAN' | 'INTEGER';
export interface ColumnSpec {
  name: string;
  type: ColumnType;
}
export type Row = Record<string, string | number | boolean | null | undefined>;

/**
 * Opens a DuckDB for one build; the caller closes it. In memory by default; given a file, DuckDB
 * keeps the staged rows there (compressed) and holds at most `memoryLimit` in memory, so a large
 * input does not have to fit in RAM.
 */
export async function openDuckDB(file = ':memory:', memoryLimit?: string): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(file, memoryLimit ? { memory_limit: memoryLimit } : {});
  return instance.connect();
}

export const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A table that rows are appended to as they are read; dates are kept as text until the copy. */
export interface Staging {
  readonly name: string;
  /** Rows appended so far; each row's `row_id` column is its position, from 0. */
  readonly rows: number;
  append(rows: Iterable<Row>): Promise<void>;
  /** Commits what was appended: an open appender keeps every row it was given in memory. */
  flush(): void;
  /** Removes the staged rows from the database once they are copied. */
  drop(): Promise<void>;
}

/**
 * Creates `<table>_staging` with the given columns plus `row_id`, and appends rows to it in
 * batches, so that a large input never has to be held whole in JavaScript. Flush every so often
 * (the build does per file): each flush is a commit, which has its cost.
 */
export async function openStaging(
  connection: DuckDBConnection,
  table: string,
  columns: readonly ColumnSpec[],
): Promise<Staging> {
  const name = `${table}_staging`;
  const ddl = columns.map((c) => `${quote(c.name)} ${c.type === 'DATE' ? 'VARCHAR' : c.type}`).join(', ');
  await connection.run(`CREATE OR REPLACE TABLE ${quote(name)} (${ddl}, row_id INTEGER)`);
  let appender: DuckDBAppender | undefined;
  // Each column's append is chosen once, not once per cell.
  const cells = columns.map(({ name: column, type }) => {
    if (type === 'DOUBLE')
      return (row: Row) => (row[column] == null ? appender!.appendNull() : appender!.appendDouble(Number(row[column])));
    if (type === 'INTEGER')
      return (row: Row) =>
        row[column] == null ? appender!.appendNull() : appender!.appendInteger(Number(row[column]));
    if (type === 'BOOLEAN')
      return (row: Row) =>
        row[column] == null ? appender!.appendNull() : appender!.appendBoolean(Boolean(row[column]));
    return (row: Row) => (row[column] == null ? appender!.appendNull() : appender!.appendVarchar(String(row[column])));
  });
  let rows = 0;
  return {
    name,
    get rows() {
      return rows;
    },
    async append(batch) {
      appender ??= await connection.createAppender(name);
      for (const row of batch) {
        for (const cell of cells) cell(row);
        appender.appendInteger(rows++);
        appender.endRow();
      }
    },
    flush() {
      appender?.closeSync();
      appender = undefined;
    },
    async drop() {
      await connection.run(`DROP TABLE ${quote(name)}`);
    },
  };
}

/**
 * A staging "table" that is a CSV file on disk, read back by DuckDB as a view with explicit
 * types: for a million rows this is several times faster than the appender (one call per cell
 * across into DuckDB, then compressing the rows into a table that is read only once or twice).
 * Text is always quoted (`""` is an empty text, an unquoted empty field is NULL); numbers are
 * written as JavaScript's shortest round-trip form, which DuckDB reads back to the same double.
 */
export interface CsvStaging extends Staging {
  /** Closes the file once every row is written; the view reads it from then on. */
  finish(): Promise<void>;
}

/** What a CsvStagingWriter wrote: enough for DuckDB to read the file back as a table (stagedView). */
export interface StagedFile {
  file: string;
  rows: number;
  /** Each coded column's values, in the order of their codes. */
  dictionaries: Array<[string, string[]]>;
  /** A text holds a line break: DuckDB must then read the file with one thread. */
  lineBreaks: boolean;
}

/** Writes rows to a staging CSV file without DuckDB, so that it can run in a worker thread. */
export interface CsvStagingWriter {
  readonly rows: number;
  append(rows: Iterable<Row>): void;
  /** Closes the file; what it holds is then read by stagedView. */
  close(): StagedFile;
}

/**
 * `coded` names text columns with few distinct values that repeat on every row (an indicator, a
 * file name): each is written as its position in a list of the values seen, and the view puts the
 * text back, which halves the file the build writes and DuckDB reads.
 */
export function createCsvStagingWriter(
  columns: readonly ColumnSpec[],
  file: string,
  coded: readonly string[] = [],
): CsvStagingWriter {
  const fd = openSync(file, 'w');
  let open = true;
  // Quoted line breaks are read correctly only by DuckDB's single-threaded CSV reader.
  let lineBreaks = false;
  const text = (value: string) => {
    if (!lineBreaks && (value.includes('\n') || value.includes('\r'))) lineBreaks = true;
    return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
  };
  const dictionaries = new Map(coded.map((column) => [column, new Map<string, number>()]));
  const cells = columns.map(({ name: column, type }): ((value: Row[string]) => string) => {
    if (type === 'DOUBLE' || type === 'INTEGER')
      return (value) => (value == null ? '' : Object.is(Number(value), -0) ? '-0' : String(Number(value)));
    if (type === 'BOOLEAN') return (value) => (value == null ? '' : String(Boolean(value)));
    const codes = dictionaries.get(column);
    if (codes)
      return (value) => {
        if (value == null) return '';
        let code = codes.get(String(value));
        if (code === undefined) codes.set(String(value), (code = codes.size));
        return String(code);
      };
    return (value) => (value == null ? '' : text(String(value)));
  });
  const line = lineWriter(
    columns.map((c) => c.name),
    cells,
  );
  let rows = 0;
  return {
    get rows() {
      return rows;
    },
    append(batch) {
      // Rows joined per batch: one write, cheaper than growing a string.
      const lines: string[] = [];
      for (const row of batch) lines.push(line(row, rows++));
      if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
    },
    close() {
      if (open) closeSync(fd);
      open = false;
      return { file, rows, dictionaries: [...dictionaries].map(([c, codes]) => [c, [...codes.keys()]]), lineBreaks };
    },
  };
}

/** Makes `<table>_staging` a view of a staging CSV file, with the given columns plus `row_id`. */
export async function stagedView(
  connection: DuckDBConnection,
  table: string,
  columns: readonly ColumnSpec[],
  staged: StagedFile,
): Promise<Staging> {
  const name = `${table}_staging`;
  const dictionaries = new Map(staged.dictionaries);
  const types = [
    ...columns.map((c) => {
      const type = dictionaries.has(c.name) ? 'INTEGER' : c.type === 'DATE' ? 'VARCHAR' : c.type;
      return `${sqlText(c.name)}: ${sqlText(type)}`;
    }),
    `'row_id': 'INTEGER'`,
  ].join(', ');
  const decode = [...dictionaries].map(
    ([column, values]) =>
      `CAST([${values.map(sqlText).join(', ')}] AS VARCHAR[])[${quote(column)} + 1] AS ${quote(column)}`,
  );
  const replace = decode.length > 0 ? ` REPLACE (${decode.join(', ')})` : '';
  const options = [
    'header = false',
    `delim = ','`,
    `quote = '"'`,
    `escape = '"'`,
    `new_line = '\\n'`,
    'allow_quoted_nulls = false',
    'auto_detect = false',
    `parallel = ${!staged.lineBreaks}`,
    `columns = {${types}}`,
  ].join(', ');
  await connection.run(
    `CREATE OR REPLACE VIEW ${quote(name)} AS SELECT *${replace} FROM read_csv(${sqlText(staged.file)}, ${options})`,
  );
  return {
    name,
    rows: staged.rows,
    async append() {
      throw new Error(`${name} is a view of a closed file`);
    },
    flush() {},
    async drop() {
      await connection.run(`DROP VIEW ${quote(name)}`);
    },
  };
}

/** A staging CSV file written from this thread, and read as the view `<table>_staging` once finished. */
export async function openCsvStaging(
  connection: DuckDBConnection,
  table: string,
  columns: readonly ColumnSpec[],
  file: string,
  coded: readonly string[] = [],
): Promise<CsvStaging> {
  const writer = createCsvStagingWriter(columns, file, coded);
  let view: Staging | undefined;
  return {
    name: `${table}_staging`,
    get rows() {
      return writer.rows;
    },
    async append(batch) {
      writer.append(batch);
    },
    flush() {},
    async drop() {
      writer.close();
      await view?.drop();
    },
    async finish() {
      view = await stagedView(connection, table, columns, writer.close());
    },
  };
}

/**
 * The function that writes a row as a line of the staging file: each column's cell, then the row's
 * id. It is compiled for the columns, so that each value is read by a name written out in the code:
 * V8 reads that as fast as a field, where `row[column]` over 25 names is a slow lookup, and a million
 * rows spent most of their staging time there.
 */
function lineWriter(
  names: readonly string[],
  cells: ReadonlyArray<(value: Row[string]) => string>,
): (row: Row, id: number) => string {
  const cell = names.map((name, i) => `cells[${i}](row[${JSON.stringify(name)}])`);
  // Safe to compile: the code holds only the schema's column names, each quoted as a JSON string.
  return new Function('cells', `return (row, id) => ${[...cell, 'id'].join(" + ',' + ")};`)(cells);
}

/**
 * Copies a staging table to Parquet in the schema's column order and types, optionally with
 * computed columns (`expressions`, over the staging table and an optional `join`) and an ORDER BY.
 * zstd: the smallest files that hyparquet-compressors decodes in the browser.
 */
export async function copyStaging(
  connection: DuckDBConnection,
  staging: Staging,
  columns: readonly ColumnSpec[],
  path: string,
  options: { expressions?: Record<string, string>; join?: string; orderBy?: readonly string[] } = {},
): Promise<void> {
  const select = columns
    .map((c) => {
      const expression = options.expressions?.[c.name] ?? quote(c.name);
      return `${c.type === 'DATE' ? `CAST(${expression} AS DATE)` : expression} AS ${quote(c.name)}`;
    })
    .join(', ');
  const order = options.orderBy?.length
    ? ` ORDER BY ${options.orderBy.map((c) => `${quote(staging.name)}.${quote(c)}`).join(', ')}`
    : ' ORDER BY row_id';
  await connection.run(
    `COPY (SELECT ${select} FROM ${quote(staging.name)} ${options.join ?? ''}${order}) ` +
      `TO ${sqlText(path)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  await staging.drop();
}

/**
 * Writes rows to a Parquet file through DuckDB, in the given column order and types.
 * Dates travel as text and are cast by DuckDB, so a day never shifts with a time zone.
 */
export async function writeParquet(
  connection: DuckDBConnection,
  table: string,
  columns: readonly ColumnSpec[],
  rows: readonly Row[],
  path: string,
): Promise<void> {
  const staging = await openStaging(connection, table, columns);
  await staging.append(rows);
  staging.flush();
  await copyStaging(connection, staging, columns, path);
}

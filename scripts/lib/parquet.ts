import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { createCsvStagingWriter, type StagedFile } from './staging-file.ts';

export type { StagedFile } from './staging-file.ts';

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
  // Loaded when first opened, not with this module: the build opens it while its staging processes work.
  const { DuckDBInstance } = await import('@duckdb/node-api');
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
  /**
   * The same rows with their coded columns left as numbers that sort as their texts do (stagedView):
   * a sort over them moves integers instead of texts, and the texts are put back after it.
   */
  readonly coded?: { name: string; decode: ReadonlyMap<string, string> };
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

/**
 * Makes `<table>_staging` a view of staging CSV files (one per process that staged them, in order), with
 * the given columns plus `row_id`, numbered on across the files. Each file codes its own columns as it
 * meets their values; here every code becomes the rank of its text among all the files' values, in
 * DuckDB's own order, so `<table>_coded` (the ranks) sorts exactly as the texts would.
 */
export async function stagedView(
  connection: DuckDBConnection,
  table: string,
  columns: readonly ColumnSpec[],
  files: readonly StagedFile[],
): Promise<Staging> {
  const name = `${table}_staging`;
  const codedName = `${table}_coded`;
  const codedColumns = [...new Set(files.flatMap((f) => f.dictionaries.map(([column]) => column)))];
  const sorted = new Map<string, string[]>();
  for (const column of codedColumns) {
    const values = new Set(files.flatMap((f) => f.dictionaries.find(([c]) => c === column)?.[1] ?? []));
    sorted.set(column, await sortedTexts(connection, [...values]));
  }
  let offset = 0;
  const parts = files.map((file) => {
    const dictionaries = new Map(file.dictionaries);
    const types = [
      ...columns.map((c) => {
        const type = dictionaries.has(c.name) ? 'INTEGER' : c.type === 'DATE' ? 'VARCHAR' : c.type;
        return `${sqlText(c.name)}: ${sqlText(type)}`;
      }),
      `'row_id': 'INTEGER'`,
    ].join(', ');
    const ranks = [...dictionaries].map(([column, values]) => {
      const rank = new Map(sorted.get(column)!.map((text, i) => [text, i]));
      const list = `CAST([${values.map((v) => rank.get(v)).join(', ')}] AS INTEGER[])`;
      return `${list}[${quote(column)} + 1] AS ${quote(column)}`;
    });
    const options = [
      'header = false',
      `delim = ','`,
      `quote = '"'`,
      `escape = '"'`,
      `new_line = '\\n'`,
      'allow_quoted_nulls = false',
      'auto_detect = false',
      `parallel = ${!file.lineBreaks}`,
      `columns = {${types}}`,
    ].join(', ');
    const replace = [...ranks, `row_id + ${offset} AS row_id`].join(', ');
    offset += file.rows;
    return `SELECT * REPLACE (${replace}) FROM read_csv(${sqlText(file.file)}, ${options})`;
  });
  await connection.run(`CREATE OR REPLACE VIEW ${quote(codedName)} AS ${parts.join(' UNION ALL ')}`);
  const decode = new Map(
    [...sorted].map(([column, texts]) => [
      column,
      `CAST([${texts.map(sqlText).join(', ')}] AS VARCHAR[])[${quote(column)} + 1]`,
    ]),
  );
  const replace = [...decode].map(([column, text]) => `${text} AS ${quote(column)}`);
  const decoded = replace.length > 0 ? ` REPLACE (${replace.join(', ')})` : '';
  await connection.run(`CREATE OR REPLACE VIEW ${quote(name)} AS SELECT *${decoded} FROM ${quote(codedName)}`);
  return {
    name,
    rows: offset,
    coded: { name: codedName, decode },
    async append() {
      throw new Error(`${name} is a view of a closed file`);
    },
    flush() {},
    async drop() {
      await connection.run(`DROP VIEW ${quote(name)}`);
      await connection.run(`DROP VIEW ${quote(codedName)}`);
    },
  };
}

/** Texts in the order DuckDB sorts them (ORDER BY), so that their ranks sort the same way. */
async function sortedTexts(connection: DuckDBConnection, texts: readonly string[]): Promise<string[]> {
  if (texts.length === 0) return [];
  const list = `CAST([${texts.map(sqlText).join(', ')}] AS VARCHAR[])`;
  const reader = await connection.runAndReadAll(`SELECT list_sort(${list})`);
  return reader.getRowsJS()[0]![0] as string[];
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
      view = await stagedView(connection, table, columns, [writer.close()]);
    },
  };
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
  const coded = options.orderBy?.length ? staging.coded : undefined;
  const source = coded?.name ?? staging.name;
  const value = (c: ColumnSpec) => options.expressions?.[c.name] ?? `${quote(source)}.${quote(c.name)}`;
  const typed = (c: ColumnSpec, expression: string) =>
    `${c.type === 'DATE' ? `CAST(${expression} AS DATE)` : expression} AS ${quote(c.name)}`;
  const order = options.orderBy?.length
    ? ` ORDER BY ${options.orderBy.map((c) => `${quote(source)}.${quote(c)}`).join(', ')}`
    : ' ORDER BY row_id';
  const from = `FROM ${quote(source)} ${options.join ?? ''}${order}`;
  // Sorted by the coded columns' ranks (stagedView), their texts put back in the same SELECT: the sort
  // compares numbers, not texts (a fifth faster at a million rows).
  const select = columns
    .map((c) => typed(c, (coded && !options.expressions?.[c.name] && coded.decode.get(c.name)) || value(c)))
    .join(', ');
  await connection.run(`COPY (SELECT ${select} ${from}) TO ${sqlText(path)} (FORMAT parquet, COMPRESSION zstd)`);
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

// The staging CSV file of the observations, written without DuckDB: the processes that stage the
// observation files load this module, not DuckDB's native library (some 50 MB of memory each).
import { closeSync, openSync, writeSync } from 'node:fs';
import type { ColumnSpec, Row } from './parquet.ts';

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
  // Each value's code kept as the text written, so that a row's cell is a look-up, not a new string.
  const dictionaries = new Map(coded.map((column) => [column, new Map<string, string>()]));
  const cells = columns.map(({ name: column, type }): ((value: Row[string]) => string) => {
    if (type === 'DOUBLE' || type === 'INTEGER')
      return (value) => (value == null ? '' : Object.is(Number(value), -0) ? '-0' : String(Number(value)));
    if (type === 'BOOLEAN') return (value) => (value == null ? '' : String(Boolean(value)));
    const codes = dictionaries.get(column);
    if (codes)
      return (value) => {
        if (value == null) return '';
        let code = codes.get(String(value));
        if (code === undefined) codes.set(String(value), (code = String(codes.size)));
        return code;
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

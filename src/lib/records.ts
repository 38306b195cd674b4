import type { CsvTable } from './csv.ts';
import type { Problem } from './problems.ts';

export type RecordRow = Record<string, string> & { readonly line: number };

/**
 * Reads a reference table (sources, indicators, geography) into records keyed by header,
 * reporting missing columns and ragged rows as problems with file and line.
 */
export function readRecords(
  table: CsvTable,
  required: readonly string[],
): { records: RecordRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const { file, header } = table;
  for (const column of required) {
    if (!header.includes(column))
      problems.push({ file, line: 1, column, value: '', reason: `required column «${column}» is missing` });
  }
  if (problems.length > 0) return { records: [], problems };
  const records: RecordRow[] = [];
  for (const { line, cells } of table.rows) {
    if (cells.length !== header.length) {
      problems.push({
        file,
        line,
        column: '*',
        value: cells.join(table.delimiter),
        reason: `${cells.length} cells where the header has ${header.length}`,
      });
      continue;
    }
    const record: Record<string, string | number> = { line };
    header.forEach((name, i) => (record[name] = (cells[i] ?? '').trim()));
    records.push(record as RecordRow);
  }
  return { records, problems };
}

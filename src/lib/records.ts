import type { CsvTable } from './csv.ts';
import type { Problem } from './problems.ts';
import { keyProblem } from './text.ts';

export type RecordRow = Record<string, string> & { readonly line: number };

/** Columns of prose (titles, notes, descriptions), where any script is fine; every other cell is a key or name. */
const FREE_TEXT: ReadonlySet<string> = new Set([
  'title',
  'title_vi',
  'publisher',
  'note',
  'notes',
  'description_vi',
  'description_en',
  'name_en',
  'url',
  'source_url',
]);

/**
 * Reads a reference table (sources, indicators, geography) into records keyed by header,
 * reporting repeated and missing columns, ragged rows and unsafe keys as problems with file and line.
 */
export function readRecords(
  table: CsvTable,
  required: readonly string[],
): { records: RecordRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const { file, header } = table;
  header.forEach((name, i) => {
    if (header.indexOf(name) !== i)
      problems.push({ file, line: 1, column: name, value: name, reason: `a second column named «${name}»` });
    const reason = keyProblem(name);
    if (reason) problems.push({ file, line: 1, column: name, value: name, reason });
  });
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
    let refused = false;
    header.forEach((name, i) => {
      // One form for comparing: NFC. Names and ids must not hide invisible or look-alike letters.
      const text = (cells[i] ?? '').trim().normalize('NFC');
      record[name] = text;
      const reason = FREE_TEXT.has(name) ? null : keyProblem(text);
      if (reason) (refused = true), problems.push({ file, line, column: name, value: text, reason });
    });
    if (!refused) records.push(record as RecordRow);
  }
  return { records, problems };
}

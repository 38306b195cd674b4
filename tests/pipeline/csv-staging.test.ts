import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCsvStaging, openDuckDB, openStaging, type ColumnSpec, type Row } from '../../scripts/lib/parquet.ts';

// The build stages observations as a CSV file that DuckDB reads back: every value must come back
// as the appender would have stored it, whatever text or number a published file holds.
const COLUMNS: readonly ColumnSpec[] = [
  { name: 'indicator', type: 'VARCHAR' },
  { name: 'notes', type: 'VARCHAR' },
  { name: 'period_start', type: 'DATE' },
  { name: 'value', type: 'DOUBLE' },
  { name: 'line', type: 'INTEGER' },
];
const CODED = ['indicator'];

const awkward: Row[] = [
  { indicator: 'a', notes: 'plain', period_start: '2024-01-01', value: 97.92, line: 2 },
  { indicator: 'b "quoted"', notes: '', period_start: '2024-12-31', value: 0.1 + 0.2, line: 3 },
  { indicator: '', notes: null, period_start: null, value: null, line: null },
  { indicator: null, notes: 'a, b; c\td', period_start: '2024-02-29', value: -0, line: 4 },
  { indicator: 'a', notes: ' leading and trailing ', period_start: '2024-03-01', value: 1e21, line: 5 },
  { indicator: "it's", notes: '"', period_start: '2024-03-02', value: 5e-324, line: 6 },
  {
    indicator: 'Tỉnh Bà Rịa–Vũng Tàu',
    notes: 'NULL',
    period_start: '2024-03-03',
    value: 1.7976931348623157e308,
    line: 7,
  },
  { indicator: 'a', notes: 'two\nlines\r\nand a return\r', period_start: '2024-03-04', value: -123456.789, line: 8 },
];

describe('CSV staging', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'csv-staging-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function stagedRows(rows: readonly Row[], file: string) {
    const connection = await openDuckDB();
    try {
      const csv = await openCsvStaging(connection, 'csv', COLUMNS, path.join(dir, file), CODED);
      // Two batches, as the build appends 10 000 rows at a time.
      await csv.append(rows.slice(0, 3));
      await csv.append(rows.slice(3));
      await csv.finish();
      const reference = await openStaging(connection, 'appended', COLUMNS);
      await reference.append(rows);
      reference.flush();
      const read = async (name: string) =>
        (
          await connection.runAndReadAll(`SELECT *, value::VARCHAR AS value_text FROM ${name} ORDER BY row_id`)
        ).getRowObjectsJS();
      return { csv: await read(csv.name), appended: await read(reference.name), rows: csv.rows };
    } finally {
      connection.closeSync();
    }
  }

  const what = 'quotes, separators, empty text beside NULL, line breaks, -0 and extreme doubles';
  it(`gives back every value the appender stores: ${what}`, async () => {
    const { csv, appended, rows } = await stagedRows(awkward, 'awkward.csv');
    expect(rows).toBe(awkward.length);
    expect(csv).toHaveLength(awkward.length);
    expect(csv).toEqual(appended);
    expect(csv.map((r) => r.row_id)).toEqual(awkward.map((_, i) => i));
    expect(csv[2]).toMatchObject({ indicator: '', notes: null, value: null });
    expect(Object.is(csv[3]!.value, -0)).toBe(true);
    expect(csv[7]!.notes).toBe('two\nlines\r\nand a return\r');
  });

  it('reads many rows without line breaks the same way (the parallel reader)', async () => {
    const many: Row[] = Array.from({ length: 30_000 }, (_, i) => ({
      indicator: `indicator_${i % 7}`,
      notes: i % 3 === 0 ? null : `note "${i}", ${i % 5 === 0 ? '' : 'x'}`,
      period_start: '2020-01-01',
      value: i / 7,
      line: i + 2,
    }));
    const { csv, appended } = await stagedRows(many, 'many.csv');
    expect(csv).toHaveLength(many.length);
    expect(csv).toEqual(appended);
  });
});

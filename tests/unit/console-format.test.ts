import { describe, expect, it } from 'vitest';
import { createBuildDocument } from '../../src/build/dom.ts';
import { errorText, instantText, renderRowsTable, sensibleDigits } from '../../src/explore/table.ts';

describe('the SQL console shows results as a reader reads them', () => {
  it('shows a date as a date, not as milliseconds', () => {
    expect(instantText(1_727_740_800_000, 'Date32<DAY>')).toBe('2024-10-01');
    expect(instantText(1_727_740_800_000 + 3_600_000, 'Timestamp<MICROSECOND>')).toBe('2024-10-01 01:00:00');
  });

  it('rounds numbers to a sensible precision', () => {
    expect([sensibleDigits(42), sensibleDigits(80.42314159), sensibleDigits(12345.6789)]).toEqual([0, 4, 2]);
    const table = renderRowsTable(
      createBuildDocument(),
      ['period_end', 'value', 'n'],
      [{ period_end: 1_727_740_800_000, value: 80.42314159, n: 1234567 }],
      'vi',
      ['Date32<DAY>', 'Float64', 'Int32'],
    );
    expect([...table.tBodies[0]!.rows[0]!.cells].map((c) => c.textContent)).toEqual([
      '2024-10-01',
      '80,4231',
      '1.234.567',
    ]);
  });

  it('shows an error as text, not as JSON', () => {
    const raw = new Error('{"exception_type":"Parser","exception_message":"syntax error at or near \\"SELEC\\""}');
    expect(errorText(raw)).toBe('Parser: syntax error at or near "SELEC"');
    expect(errorText(new Error('Catalog Error: Table x does not exist'))).toBe('Catalog Error: Table x does not exist');
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { composeInput, tempDir } from '../helpers/build.ts';
import { query } from '../helpers/duckdb.ts';
import { expectGolden } from '../helpers/golden.ts';

const FIXTURE = 'tests/fixtures/pipeline/money-counts';

describe('a rate whose counts are printed in money (golden)', () => {
  it('is one row: counts converted to VND, the printed rate kept, unit percent; x_ columns ignored', async () => {
    const out = tempDir('out-money-counts');
    const result = await buildData({ inDir: composeInput('data', path.join(FIXTURE, 'published')), outDir: out });
    expect(result.problems).toEqual([]);
    const rows = await query(
      `SELECT indicator, geo_code, period_start::VARCHAR AS period_start, period_end::VARCHAR AS period_end,
        numerator, denominator, round(value, 4) AS value, value_reported, unit, notes
       FROM '${out}/observations.parquet' WHERE file LIKE '%money-counts.csv' ORDER BY indicator, period_start`,
    );
    expectGolden(`${JSON.stringify(rows, null, 1)}\n`, path.join(FIXTURE, 'expected.json'));
    expect(rows[1]).toMatchObject({ numerator: 1_234_500_000_000, denominator: 5e12, value: 24.69, unit: 'percent' });
  });

  it('refuses counts in a unit the rate does not count in', async () => {
    const out = tempDir('out-money-refused');
    const result = await buildData({ inDir: composeInput('data', path.join(FIXTURE, 'refused')), outDir: out });
    const mine = result.problems.filter((p) => p.file.endsWith('refused.csv'));
    expect(mine.map((p) => [p.line, p.column])).toEqual([
      [3, 'đơn vị tính'],
      [4, 'đơn vị tính'],
    ]);
    expect(mine[0]!.reason).toContain('VND');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { openParquetDb } from '../../src/build/db.ts';
import { provinceMapSql, type MapFigureRow } from '../../src/lib/queries.ts';
import type { Db } from '../../src/lib/sql.ts';
import { composeInput, tempDir } from '../helpers/build.ts';

// The valid fixture plus a series of counts for the old provinces that became new Vĩnh Long and Tây Ninh.
let db: Db & { close(): void };
beforeAll(async () => {
  const input = composeInput('tests/fixtures/pipeline/valid/input', 'tests/fixtures/pipeline/reaggregate/published');
  const out = tempDir('reaggregate');
  expect((await buildData({ inDir: input, outDir: out })).problems).toEqual([]);
  db = await openParquetDb(out);
  return () => db.close();
});
const on = (map: '63' | '34', start = '2020-01-01', end = '2020-12-31') =>
  db.query<MapFigureRow>(provinceMapSql('mediation_success_rate', start, end, map));
const row = (rows: MapFigureRow[], code: string) => rows.find((r) => r.code === code)!;

describe('putting old provinces on the 34-province map', () => {
  it('sums numerators and denominators of the old provinces, never averages their rates', async () => {
    const rows = await on('34');
    // Vĩnh Long 86 (90/100 = 90%) + Bến Tre 83 (10/100 = 10%): 100/200 = 50%, not the mean of 90% and 10%.
    expect(row(rows, '86')).toMatchObject({
      status: 'summed',
      members: 2,
      reported: 2,
      numerator: 100,
      denominator: 200,
      value: 50,
    });
  });

  it('leaves a new province empty when one of its old provinces published nothing', async () => {
    // Tây Ninh 80 = Tây Ninh 72 (reported) + Long An 80 (not reported in 2020).
    expect(row(await on('34'), '80')).toMatchObject({ status: 'incomplete', members: 2, reported: 1, value: null });
  });

  it('refuses to combine rates printed without counts', async () => {
    // 2021: both old provinces of new Vĩnh Long reported, Bến Tre only as a rate.
    expect(row(await on('34', '2021-01-01', '2021-12-31'), '86')).toMatchObject({
      status: 'no_counts',
      reported: 2,
      with_counts: 1,
      value: null,
    });
  });

  it('shows figures as published on their own map, and unchanged provinces on both', async () => {
    const old = await on('63');
    expect(row(old, '83')).toMatchObject({ status: 'published', value: 10 });
    expect(row(old, '80')).toMatchObject({ status: 'no_data', value: null });
    expect(row(await on('34'), '01')).toMatchObject({ status: 'published', members: 1, value: 75 });
    expect(old).toHaveLength(6);
  });
});

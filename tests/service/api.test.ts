import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_COLUMNS } from '../../src/service/api.ts';
import { query } from '../helpers/duckdb.ts';

// The built site (npm test builds it first): the API files as a client downloads them.
const dist = 'dist/api/v1';
const index = existsSync(`${dist}/indicators.json`)
  ? JSON.parse(readFileSync(`${dist}/indicators.json`, 'utf8'))
  : null;
const release = JSON.parse(readFileSync('public/data/release.json', 'utf8'));

/** The Parquet contract's columns that the API carries under the same name. */
const SHARED = [
  'indicator',
  'period_label',
  'period_start',
  'period_end',
  'geo_code',
  'organisation',
  'subdivision',
  'value_reported',
  'bound',
  'value',
  'numerator',
  'denominator',
  'denominator_scope',
  'unit',
  'is_preferred',
  'source_id',
  'notes',
];

describe('the static API, v1', () => {
  it('lists every indicator that has published figures, with coverage and links', async () => {
    expect(index, 'dist/ is missing: run `npm run build`').not.toBeNull();
    const [{ n }] = (await query(
      `SELECT count(DISTINCT indicator)::INTEGER AS n FROM 'public/data/observations.parquet'`,
    )) as [{ n: number }];
    expect(index.api_version).toBe('v1');
    expect(index.release).toBe(release.id);
    expect(index.indicators).toHaveLength(n);
    const rate = index.indicators.find((i: { id: string }) => i.id === 'mediation_success_rate');
    expect(rate).toMatchObject({
      name_vi: 'Tỷ lệ hòa giải thành',
      unit: 'percent',
      links: { csv: '/api/v1/indicators/mediation_success_rate.csv', page_vi: '/chi-so/mediation_success_rate/' },
    });
    expect(rate.coverage.figures).toBeGreaterThan(10);
    expect(rate.definition_en).toMatch(/received/);
  });

  it('serves each indicator as CSV (BOM, stable header) that reads back with the Parquet rows', async () => {
    for (const { id } of index.indicators as Array<{ id: string }>) {
      const file = `${dist}/indicators/${id}.csv`;
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)], `${id}: UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe(API_COLUMNS.join(','));
      // DuckDB guesses every type itself; only the place code is named as text (a column of "01", "79" is a code).
      const csv = `read_csv('${file}', types = {'geo_code': 'VARCHAR'})`;
      const cast = (c: string) =>
        ['value_reported', 'value', 'numerator', 'denominator'].includes(c)
          ? `${c}::DOUBLE AS ${c}`
          : ['period_start', 'period_end'].includes(c)
            ? `${c}::DATE AS ${c}`
            : c === 'is_preferred'
              ? `${c}::BOOLEAN AS ${c}`
              : `${c}::VARCHAR AS ${c}`;
      const columns = SHARED.map(cast).join(', ');
      const parquet = `(SELECT * FROM 'public/data/observations.parquet' WHERE indicator = '${id}')`;
      const minus = (a: string, b: string) =>
        `(SELECT count(*) FROM (SELECT ${columns} FROM ${a} EXCEPT ALL SELECT ${columns} FROM ${b}))::INTEGER`;
      const [counts] = (await query(`SELECT
        (SELECT count(*) FROM ${csv})::INTEGER AS csv_rows,
        (SELECT count(*) FROM ${parquet})::INTEGER AS parquet_rows,
        ${minus(csv, parquet)} AS only_csv, ${minus(parquet, csv)} AS only_parquet,
        (SELECT count(*) FROM ${csv} WHERE release <> '${release.id}' OR source_title IS NULL)::INTEGER
          AS unsourced`)) as [Record<string, number>];
      expect(counts, id).toMatchObject({ only_csv: 0, only_parquet: 0, unsourced: 0 });
      expect(counts!.csv_rows, id).toBe(counts!.parquet_rows);
    }
  });

  it('serves the same rows as JSON and Parquet', async () => {
    const id = 'thads_case_rate';
    const json = JSON.parse(readFileSync(`${dist}/indicators/${id}.json`, 'utf8'));
    expect(json.columns).toEqual([...API_COLUMNS]);
    const [{ n }] = (await query(
      `SELECT count(*)::INTEGER AS n FROM 'public/data/observations.parquet' WHERE indicator = '${id}'`,
    )) as [{ n: number }];
    expect(json.figures).toHaveLength(n);
    expect(Object.keys(json.figures[0])).toEqual([...API_COLUMNS]);
    const parquet = await query(`SELECT * FROM '${dist}/indicators/${id}.parquet' ORDER BY period_end`);
    expect(parquet).toHaveLength(n);
    expect(Object.keys(parquet[0]!)).toEqual([...API_COLUMNS]);
  });
});

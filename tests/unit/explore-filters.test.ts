import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excludedSql, resultSql, type ExclusionRow, type ResultRow } from '../../src/explore/filters.ts';
import { resultNotes, sortRows, valueText } from '../../src/explore/present.ts';
import { DEFAULT_STATE, type ExploreState } from '../../src/explore/state.ts';
import type { Db } from '../../src/lib/sql.ts';

// A small world in a real DuckDB: two old provinces (A, B) that merged into new province B, a third
// (C) in another region, a cluster of A and C. The numbers make averaging and summing disagree.
const SETUP = `
CREATE TABLE indicators AS SELECT * FROM (VALUES
  ('rate', 'Tỷ lệ', 'Rate', 'rate', 'percent'), ('cases', 'Số việc', 'Cases', 'count', 'cases'),
  ('goal', 'Chỉ tiêu', 'Target', 'target', 'percent')
) t(id, name_vi, name_en, kind, unit);
CREATE TABLE geo AS SELECT * FROM (VALUES
  ('VN', NULL, 'country', 'Toàn quốc', 'Viet Nam', NULL, NULL),
  ('A', '63', 'province', 'Tỉnh A', 'A', 'Vùng 1', 'B'),
  ('B', '63', 'province', 'Tỉnh B', 'B', 'Vùng 1', 'B'),
  ('C', '63', 'province', 'Tỉnh C', 'C', 'Vùng 2', 'C'),
  ('B', '34', 'province', 'Tỉnh B mới', 'New B', NULL, NULL),
  ('C', '34', 'province', 'Tỉnh C mới', 'New C', NULL, NULL),
  ('K', NULL, 'cluster', 'Cụm K', 'Cluster K', NULL, NULL)
) t(code, map, level, short_vi, name_en, region, successor_code);
ALTER TABLE geo ADD COLUMN name_vi VARCHAR; UPDATE geo SET name_vi = short_vi;
CREATE TABLE cluster_members AS SELECT * FROM (VALUES ('K', 'A', DATE '2020-01-01', DATE '2020-12-31'), ('K', 'C', DATE
'2020-01-01', DATE '2020-12-31'))
  t(cluster_id, province_code, valid_from, valid_to);
CREATE TABLE observations AS SELECT indicator, geo_code, geo_level, geo_map, organisation, subdivision,
period_start::DATE AS period_start, period_end::DATE AS period_end,
  period_type, numerator, denominator, value, value_reported, bound, unit, source_id, is_preferred FROM (VALUES
  ('rate', 'A', 'province', '63', NULL, NULL, '2020-01-01', '2020-12-31', 'year', 30.0, 40.0, 75.0, 75.0, 'exact',
  'percent', 's1', TRUE),
  ('rate', 'B', 'province', '63', NULL, NULL, '2020-01-01', '2020-12-31', 'year', 50.0, 60.0, 83.33333333333333, NULL,
  'exact', 'percent', 's1', TRUE),
  ('rate', 'C', 'province', '63', NULL, NULL, '2020-01-01', '2020-12-31', 'year', NULL, NULL, 90.0, 90.0, 'exact',
  'percent', 's2', TRUE),
  ('rate', 'C', 'province', '63', NULL, NULL, '2020-01-01', '2020-12-31', 'year', NULL, NULL, 91.0, 91.0, 'above',
  'percent', 's3', FALSE),
  ('rate', 'C', 'province', '63', NULL, 'Huyện X', '2020-01-01', '2020-12-31', 'year', 5.0, 10.0, 50.0, NULL, 'exact',
  'percent', 's2', TRUE),
  ('rate', 'B', 'province', '34', NULL, NULL, '2025-01-01', '2025-12-31', 'year', 70.0, 100.0, 70.0, NULL, 'exact',
  'percent', 's4', TRUE),
  ('rate', 'VN', 'country', NULL, NULL, NULL, '2020-01-01', '2020-12-31', 'year', NULL, NULL, 80.0, 80.0, 'exact',
  'percent', 's1', TRUE),
  ('cases', 'A', 'province', '63', NULL, NULL, '2020-01-01', '2020-12-31', 'year', NULL, NULL, 40.0, 40.0, 'exact',
  'cases', 's1', TRUE),
  ('cases', 'B', 'province', '63', NULL, NULL, '2020-01-01', '2020-12-31', 'year', NULL, NULL, 60.0, 60.0, 'exact',
  'cases', 's1', TRUE),
  ('goal', 'A', 'province', '63', NULL, NULL, '2020-01-01', '2020-12-31', 'year', NULL, NULL, 70.0, 70.0, 'above',
  'percent', 's1', TRUE),
  ('goal', 'B', 'province', '63', NULL, NULL, '2020-01-01', '2020-12-31', 'year', NULL, NULL, 80.0, 80.0, 'above',
  'percent', 's1', TRUE)
) t(indicator, geo_code, geo_level, geo_map, organisation, subdivision, period_start, period_end, period_type,
numerator, denominator, value, value_reported, bound, unit, source_id, is_preferred);
ALTER TABLE observations ADD COLUMN denominator_scope VARCHAR;
ALTER TABLE observations ALTER organisation TYPE VARCHAR;
ALTER TABLE observations ALTER numerator TYPE DOUBLE; ALTER TABLE observations ALTER denominator TYPE DOUBLE;
ALTER TABLE observations ALTER value TYPE DOUBLE; ALTER TABLE observations ALTER value_reported TYPE DOUBLE;
INSERT INTO indicators VALUES ('tasks', 'Tỷ lệ hoàn thành nhiệm vụ', 'Tasks completed', 'rate', 'percent');
-- Tasks done of every task assigned (not yet due included): counts, no rate (the normalizer leaves value empty).
INSERT INTO observations BY NAME SELECT * FROM (VALUES
  ('tasks', 'VN', 'country', 'Bộ Tư pháp', DATE '2024-01-01', DATE '2024-12-17', 49.0, 212.0, 's1'),
  ('tasks', 'VN', 'country', 'Bộ Tư pháp', DATE '2024-01-01', DATE '2024-06-30', 104.0, 113.0, 's1'),
  ('tasks', 'VN', 'country', 'Bộ Tư pháp', DATE '2024-01-01', DATE '2024-06-30', 104.0, 113.0, 's2')
) t(indicator, geo_code, geo_level, organisation, period_start, period_end, numerator, denominator, source_id),
LATERAL (SELECT 'year' AS period_type, NULL::DOUBLE AS value, NULL::DOUBLE AS value_reported, 'exact' AS bound,
  'percent' AS unit, TRUE AS is_preferred, 'all_assigned' AS denominator_scope);
`;

let db: Db & { close(): void };
beforeAll(async () => {
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  await connection.run(SETUP);
  db = {
    query: async <T>(sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS() as T[],
    close: () => connection.closeSync(),
  };
});
afterAll(() => db?.close());

const select = (patch: Partial<ExploreState>): ExploreState => ({
  ...DEFAULT_STATE,
  indicators: ['rate'],
  periodType: 'all',
  ...patch,
});
const run = (state: ExploreState) => db.query<ResultRow>(resultSql(state));
const excluded = (state: ExploreState) => db.query<ExclusionRow>(excludedSql(state));

describe('Explore SQL: counts over every task assigned', () => {
  it('shows them as counts with no rate, says why, and never combines them into one', async () => {
    const rows = await run(select({ indicators: ['tasks'], geo: 'national' }));
    const year = rows.find((r) => r.period_end === '2024-12-17')!;
    expect(year).toMatchObject({ value: null, numerator: 49, denominator: 212, denominator_scope: 'all_assigned' });
    expect(valueText(year, 'vi')).toBe('— (mẫu số gồm cả nhiệm vụ chưa đến hạn: không phải tỷ lệ hoàn thành)');
    expect(valueText(year, 'en')).toMatch(/not a completion rate/);
    // Two figures of one half-year: their counts are not summed into a rate either.
    const half = rows.find((r) => r.period_end === '2024-06-30')!;
    expect(half).toMatchObject({ aggregated: true, value: null, numerator: null, without_counts: 2 });
  });
});

describe('Explore SQL: combining figures', () => {
  it('sums numerators and denominators for a region: 80/100 = 80%, not the mean of 75% and 83,3%', async () => {
    const rows = await run(select({ geo: 'region' }));
    const region1 = rows.find((r) => r.place_code === 'Vùng 1')!;
    expect(region1).toMatchObject({
      numerator: 80,
      denominator: 100,
      value: 80,
      aggregated: true,
      figures: 2,
      places: 2,
      places_total: 2,
      without_counts: 0,
    });
  });

  it('leaves a rate without counts out of a combined row, counts it, never shows it as the region’s', async () => {
    const rows = await run(select({ geo: 'region' }));
    const region2 = rows.find((r) => r.place_code === 'Vùng 2')!;
    expect(region2).toMatchObject({ value: null, numerator: null, without_counts: 1, aggregated: true });
    expect(valueText(region2, 'vi')).toBe('— (thiếu tử số, mẫu số)');
    expect(resultNotes(rows, [], 'vi').join(' ')).toContain('1 tỷ lệ được công bố không kèm tử số và mẫu số');
  });

  it('shows a single published figure as published, printed rate and bound included', async () => {
    const rows = await run(select({ geo: 'province', places: ['C'] }));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: 90, value_reported: 90, aggregated: false, sources: 's2' });
    const all = await run(select({ geo: 'province', places: ['C'], allVersions: true }));
    expect(all.map((r) => [r.sources, r.value, r.bound])).toEqual([
      ['s2', 90, 'exact'],
      ['s3', 91, 'above'],
    ]);
  });

  it('folds old provinces onto the new map by summing counts and keeps new-map figures as they are', async () => {
    const rows = await run(select({ geo: 'province', map: '34' }));
    expect(rows.map((r) => [r.place_code, r.period_end, r.value, r.aggregated, r.places_total])).toEqual([
      ['B', '2020-12-31', 80, true, 2],
      ['B', '2025-12-31', 70, false, 2],
      ['C', '2020-12-31', 90, false, 1], // C became new C alone: one figure, not a combination
    ]);
    expect(await excluded(select({ geo: 'province', map: '34' }))).toEqual([{ reason: 'subdivision', figures: 1 }]);
  });

  it('leaves a new province empty when only some of its old provinces reported, as the topic map does', async () => {
    // 2021: only old A reported; new B was formed from A and B, so A's figure is not new B's.
    await db.query(`INSERT INTO observations VALUES ('rate', 'A', 'province', '63', NULL, NULL, DATE '2021-01-01',
      DATE '2021-12-31', 'year', 10.0, 20.0, 50.0, 50.0, 'exact', 'percent', 's5', TRUE, NULL)`);
    try {
      const rows = await run(select({ geo: 'province', map: '34', from: 2021, to: 2021 }));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ place_code: 'B', value: null, numerator: null, places: 1, places_total: 2 });
      expect(valueText(rows[0]!, 'vi')).toBe('— (chỉ 1/2 tỉnh cũ có số liệu: không gộp được)');
      expect(valueText(rows[0]!, 'en')).toBe('— (only 1 of 2 former provinces reported: cannot be combined)');
      // A region is a grouping an analyst asks for: its partial sum stands, with its coverage beside it.
      const region = await run(select({ geo: 'region', from: 2021, to: 2021 }));
      expect(region[0]).toMatchObject({ place_code: 'Vùng 1', value: 50, places: 1, places_total: 2 });
    } finally {
      await db.query(`DELETE FROM observations WHERE source_id = 's5'`);
    }
  });

  it('cannot split a new province back onto the old map: says how many figures are left out', async () => {
    const rows = await run(select({ geo: 'province', map: '63' }));
    expect(rows.map((r) => r.place_code)).toEqual(['A', 'B', 'C']);
    const left = await excluded(select({ geo: 'province', map: '63' }));
    expect(left).toEqual([
      { reason: 'map34', figures: 1 },
      { reason: 'subdivision', figures: 1 },
    ]);
    expect(resultNotes(rows, left, 'vi').join(' ')).toContain('Không tính 1 số liệu theo 34 tỉnh mới');
  });

  it('combines a cluster from the members a source lists for the period', async () => {
    const rows = await run(select({ geo: 'cluster' }));
    expect(rows).toHaveLength(1);
    // A (30/40) with counts, C printed only: 30/40 = 75%, C counted as left out.
    expect(rows[0]).toMatchObject({
      place_code: 'K',
      place_vi: 'Cụm K',
      numerator: 30,
      denominator: 40,
      value: 75,
      without_counts: 1,
      places_total: 2,
    });
  });

  it('adds counts across places but never adds targets', async () => {
    const counts = await run(select({ geo: 'region', indicators: ['cases', 'goal'] }));
    expect(counts.map((r) => [r.indicator, r.value, r.not_summable])).toEqual([
      ['cases', 100, 0],
      ['goal', null, 2],
    ]);
    expect(valueText(counts[1]!, 'en')).toBe('— (cannot be summed)');
  });

  it('filters by period end year and type, and by national level', async () => {
    expect(await run(select({ geo: 'province', map: '34', from: 2025 }))).toHaveLength(1);
    expect(await run(select({ geo: 'province', periodType: 'half' }))).toHaveLength(0);
    const national = await run(select({ geo: 'national' }));
    expect(national.map((r) => [r.place_vi, r.value])).toEqual([['Toàn quốc', 80]]);
  });

  it('sorts rows by a column, empty values last in either direction', async () => {
    const rows = await run(select({ geo: 'region' }));
    // Vùng 1 in 2025 is the new province B, whose old provinces were all in Vùng 1.
    expect(sortRows(rows, { column: 'value', direction: 'asc' }, 'vi').map((r) => r.value)).toEqual([70, 80, null]);
    expect(sortRows(rows, { column: 'value', direction: 'desc' }, 'vi').map((r) => r.value)).toEqual([80, 70, null]);
    expect(sortRows(rows, { column: 'place', direction: 'desc' }, 'vi').map((r) => r.place_code)).toEqual([
      'Vùng 2',
      'Vùng 1',
      'Vùng 1',
    ]);
  });
});

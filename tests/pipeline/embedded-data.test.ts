import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { tempDir } from '../helpers/build.ts';
import { query } from '../helpers/duckdb.ts';

// The published figures in data/, built as `npm run data` builds them.
const out = tempDir('embedded');
const obs = `'${out}/observations.parquet'`;

beforeAll(async () => {
  const result = await buildData({ inDir: 'data', outDir: out });
  expect(result.problems).toEqual([]);
});

describe('the embedded published data', () => {
  it('reads the 47/48 task figure of the first half of 2018 back from Parquet', async () => {
    const rows = await query(
      `SELECT * FROM ${obs} WHERE indicator = 'tasks_completed_rate' AND geo_code = 'VN'
        AND period_start = DATE '2018-01-01' AND period_end = DATE '2018-06-30'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      numerator: 47,
      denominator: 48,
      value_reported: 97.92,
      source_id: 'dcsvn-2018-09-02',
    });
    expect(rows[0]!.value).toBeCloseTo(97.9166667, 6);
  });

  it('has Bến Tre 91% and Long An 90,2% mediation success for the first half of 2018', async () => {
    const rows = await query(
      `SELECT geo_code, value FROM ${obs} WHERE indicator = 'mediation_success_rate'
        AND period_start = DATE '2018-01-01' AND period_end = DATE '2018-06-30' AND geo_code IN ('83', '80')
        ORDER BY geo_code`,
    );
    expect(rows).toEqual([
      { geo_code: '80', value: 90.2 },
      { geo_code: '83', value: 91 },
    ]);
  });

  it('holds more published figures than the 405 of the first curation', async () => {
    const [row] = await query(`SELECT count(*)::INTEGER AS n FROM ${obs}`);
    expect(row!.n).toBeGreaterThan(405);
  });

  it('gives every figure a known source', async () => {
    const [row] = await query(
      `SELECT count(*)::INTEGER AS orphans FROM ${obs} o ANTI JOIN '${out}/sources.parquet' s ON o.source_id = s.id`,
    );
    expect(row!.orphans).toBe(0);
  });

  it('gives every source a kind and keeps curation remarks out of titles', async () => {
    const rows = await query(`SELECT id, title, kind FROM '${out}/sources.parquet'`);
    expect(
      rows.filter((r) => !['official_report', 'official_portal', 'press', 'repost'].includes(String(r.kind))),
    ).toEqual([]);
    const remark = /title not shown|repost of|tag page|aggregated from|search listing|\(Tổng cục THADS\)|…/i;
    expect(rows.filter((r) => remark.test(String(r.title))).map((r) => r.id)).toEqual([]);
  });

  it('keeps the printed 84,7% for Hà Nội 2025, whose denominator is printed as "hơn 46.500"', async () => {
    const rows = await query(
      `SELECT value, value_reported, counts_approximate FROM ${obs}
      WHERE indicator = 'thads_case_rate' AND geo_code = '01' AND period_end = DATE '2025-09-30'`,
    );
    expect(rows).toEqual([{ value: 84.7, value_reported: 84.7, counts_approximate: true }]);
  });

  it('lists every figure noted INCONSISTENT, MISMATCH or SOURCE ERROR as a structured quality entry', async () => {
    const quality = JSON.parse(readFileSync(path.join(out, 'quality.json'), 'utf8'));
    const [row] = await query(
      `SELECT count(*) FILTER (
        WHERE regexp_matches(notes, 'INCONSISTENT|MISMATCH|SOURCE ERROR', 'i') AND issue IS NULL
      )::INTEGER AS prose_only,
        count(*) FILTER (WHERE issue IS NOT NULL)::INTEGER AS issues FROM ${obs}`,
    );
    expect(row!.prose_only).toBe(0);
    expect(quality.source_issues).toHaveLength(row!.issues as number);
    expect(quality.source_issues.length).toBeGreaterThanOrEqual(18);
    for (const entry of quality.source_issues) {
      expect(entry).toMatchObject({ kind: 'source_issue', file: expect.stringMatching(/\.csv$/) });
      expect(entry.place && entry.code && entry.reason_vi && entry.reason_en).toBeTruthy();
    }
    expect(quality.source_issues.map((e: { place: string }) => e.place)).toContain('Lâm Đồng');
  });

  it('marks the task denominators that include tasks not yet due, and the dates no source printed', async () => {
    const tasks = await query(
      `SELECT numerator, denominator, value FROM ${obs}
      WHERE indicator = 'tasks_completed_rate' AND denominator_scope = 'all_assigned' ORDER BY denominator`,
    );
    expect(tasks.map((t) => `${t.numerator}/${t.denominator}`)).toEqual(
      expect.arrayContaining(['37/97', '104/113', '115/153', '49/212']),
    );
    // Counts, not a completion rate: no source printed one, so none is stored (23,11% is not "done").
    expect(tasks.map((t) => t.value)).toEqual(tasks.map(() => null));
    const [assumed] = await query(
      `SELECT count(*) FILTER (WHERE dates_assumed)::INTEGER AS n,
        count(*) FILTER (WHERE dates_assumed <> (dates_basis IS NOT NULL))::INTEGER AS bad FROM ${obs}`,
    );
    expect(assumed!.bad).toBe(0);
    expect(assumed!.n).toBeGreaterThan(50);
  });

  it('keeps the bound of the 2015 targets ("trên 88%", "trên 77%") and marks their other basis', async () => {
    const rows = await query(
      `SELECT indicator, value, bound, issue FROM ${obs}
      WHERE indicator LIKE 'thads_%_target' AND geo_code = 'VN' AND period_end = DATE '2015-09-30' ORDER BY indicator`,
    );
    expect(rows).toEqual([
      { indicator: 'thads_case_target', value: 88, bound: 'above', issue: 'different_basis' },
      { indicator: 'thads_money_target', value: 77, bound: 'above', issue: 'different_basis' },
    ]);
  });

  it('names the 8 members of the Nam Trung Bộ – Tây Nguyên region from its founding year 2019', async () => {
    const rows = await query(
      `SELECT count(*)::INTEGER AS n FROM '${out}/cluster_members.parquet'
      WHERE cluster_id = 'kvtd-nam-trung-bo-tay-nguyen' AND year(valid_from) = 2019`,
    );
    expect(rows).toEqual([{ n: 8 }]);
  });

  it('dates every enforcement year on the 1 October statistical year', async () => {
    const rows = await query(
      `SELECT DISTINCT strftime(period_start, '%m-%d') AS start, strftime(period_end, '%m-%d') AS end FROM ${obs}
        WHERE indicator LIKE 'thads_%' AND period_type = 'year'`,
    );
    expect(rows).toEqual([{ start: '10-01', end: '09-30' }]);
  });

  it('flags the printed rates that disagree with their own counts', () => {
    const quality = JSON.parse(readFileSync(path.join(out, 'quality.json'), 'utf8'));
    const flagged = quality.discrepancies.map(
      (d: { indicator: string; geo_code: string; value_reported: number }) =>
        `${d.indicator} ${d.geo_code} ${d.value_reported}`,
    );
    expect(flagged).toContain('mediation_success_rate 68 73.5'); // Lâm Đồng 2014-2018: 9201/12896 = 71,35%
    expect(flagged).toContain('mediation_success_rate 01 82.7'); // Hà Nội 2020
    expect(flagged).not.toContain('mediation_success_rate 86 85'); // "trên 85%" for 230/270 is true
  });

  it('keeps every version of a figure and prefers exactly one', async () => {
    const rows = await query(
      `SELECT indicator, geo_code, organisation, subdivision, period_start, period_end, count(*) FILTER (WHERE
        is_preferred)::INTEGER AS preferred FROM ${obs} GROUP BY ALL HAVING preferred <> 1`,
    );
    expect(rows).toEqual([]);
  });
});

describe('choosing between versions', () => {
  it('prefers the exact 576.884 over the rounded "trên 576.000" for cases completed in 2025', async () => {
    const rows = await query(
      `SELECT value, bound FROM ${obs} WHERE indicator = 'thads_cases_completed' AND geo_code = 'VN'
        AND period_start = DATE '2024-10-01' AND period_end = DATE '2025-09-30' AND is_preferred`,
    );
    expect(rows).toEqual([{ value: 576884, bound: 'exact' }]);
  });
});

describe('the geography tables', () => {
  it('dates the two province maps: 63 until 2025-06-30, 34 from 2025-07-01', async () => {
    const rows = await query(
      `SELECT map, count(*)::INTEGER AS n, min(valid_from)::VARCHAR AS f, max(valid_to)::VARCHAR AS t
        FROM '${out}/geo.parquet' WHERE level = 'province' GROUP BY map ORDER BY map`,
    );
    expect(rows).toEqual([
      { map: '34', n: 34, f: '2025-07-01', t: null },
      { map: '63', n: 63, f: null, t: '2025-06-30' },
    ]);
  });

  it('keeps Hà Tây as a name retired on 2008-07-31', async () => {
    const rows = await query(
      `SELECT code, valid_to::VARCHAR AS t FROM '${out}/geo_aliases.parquet' WHERE alias = 'Hà Tây'`,
    );
    expect(rows).toEqual([{ code: '01', t: '2008-07-31' }]);
  });
});

import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordingOrder, recordRelease } from '../../scripts/lib/releases.ts';
import { CHANGES_SQL, type ReleaseList } from '../../src/service/releases.ts';
import { query } from '../helpers/duckdb.ts';
import { runBuildCli, tempDir } from '../helpers/build.ts';

// The published data built twice as `npm run data` builds it, with one figure changed and recorded between.
const input = tempDir('releases-in');
const first = tempDir('releases-out1');
const second = tempDir('releases-out2');
const ROW = 'thads_case_rate,VN,,,9 tháng 2017,2016-10-01,2017-06-30,369372,579413,63.75,';
const build = (out: string, date: string) => {
  const result = spawn(out, date);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
};
const spawn = (out: string, date: string) => {
  process.env.RELEASE_DATE = date;
  try {
    return runBuildCli(input, out);
  } finally {
    delete process.env.RELEASE_DATE;
  }
};
const list = (out: string) => JSON.parse(readFileSync(path.join(out, 'releases.json'), 'utf8')) as ReleaseList;

beforeAll(async () => {
  cpSync('data', input, { recursive: true });
  rmSync(path.join(input, 'releases'), { recursive: true, force: true });
  rmSync(first, { recursive: true });
  rmSync(second, { recursive: true });
  build(first, '2026-11-01');
  expect(await recordRelease(input, first)).not.toBeNull();
  const thads = path.join(input, 'published', 'thads.csv');
  const text = readFileSync(thads, 'utf8');
  expect(text).toContain(ROW);
  writeFileSync(thads, text.replace(ROW, ROW.replace(',63.75,', ',63.8,')));
  writeFileSync(
    path.join(input, 'releases', 'reasons.csv'),
    'indicator,geo_code,period_start,period_end,date,reason_vi,reason_en\n' +
      'thads_case_rate,VN,2016-10-01,2017-06-30,2026-11-20,' +
      'Đọc lại tỷ lệ in trong nguồn,Printed rate re-read from the source\n',
  );
  build(second, '2026-12-01');
});

describe('releases and revisions', () => {
  it('makes the first build a release with no changes, dated and hashed', () => {
    const { current, releases } = list(first);
    expect(current).toMatch(/^2026-11-01-[0-9a-f]{7}$/);
    expect(releases).toHaveLength(1);
    expect(releases[0]).toMatchObject({ id: current, previous: null, changes: [] });
  });

  it('lists exactly the changed figure in the second release, old and new value, with its reason', () => {
    const { current, releases } = list(second);
    const [newest, older] = releases;
    expect(releases).toHaveLength(2);
    expect(newest!.id).toBe(current);
    expect(current).toMatch(/^2026-12-01-/);
    expect(newest!.previous).toBe(older!.id);
    expect(older!.id).toBe(list(first).current);
    expect(newest!.changes).toEqual([
      expect.objectContaining({
        change: 'revised',
        indicator: 'thads_case_rate',
        geo_code: 'VN',
        period_start: '2016-10-01',
        period_end: '2017-06-30',
        old_value_reported: 63.75,
        new_value_reported: 63.8,
        old_source_id: 'thads-moj-gov-vn-3ff5c2',
        new_source_id: 'thads-moj-gov-vn-3ff5c2',
        reason_vi: 'Đọc lại tỷ lệ in trong nguồn',
        reason_en: 'Printed rate re-read from the source',
      }),
    ]);
  });

  it('keeps the earlier release as published, byte for byte, beside the new one', () => {
    const older = list(second).releases[1]!.id;
    const kept = readFileSync(path.join(second, 'releases', older, 'observations.parquet'));
    expect(kept.equals(readFileSync(path.join(first, 'observations.parquet')))).toBe(true);
    const current = readFileSync(path.join(second, 'releases', list(second).current, 'observations.parquet'));
    expect(current.equals(readFileSync(path.join(second, 'observations.parquet')))).toBe(true);
    expect(current.equals(kept)).toBe(false);
  });

  it('gives a rebuild of a recorded release that release again', () => {
    const again = tempDir('releases-out3');
    rmSync(again, { recursive: true });
    const recorded = list(first).current;
    const thads = path.join(input, 'published', 'thads.csv');
    const text = readFileSync(thads, 'utf8');
    writeFileSync(thads, text.replace(ROW.replace(',63.75,', ',63.8,'), ROW));
    try {
      build(again, '2026-12-24');
      expect(list(again).current).toBe(recorded);
      expect(list(again).releases).toHaveLength(1);
    } finally {
      writeFileSync(thads, text);
    }
  });
});

describe('the order of releases', () => {
  it('lists releases of one day in the order they were recorded, not by their hashes', () => {
    const r = (hash: string, date: string, previous?: string) => ({
      id: `${date}-${hash}`,
      date,
      hash,
      ...(previous ? { previous } : {}),
    });
    const older = r('9aaaaaa', '2026-12-01');
    const first = r('c000000', '2026-12-03', older.id);
    const second = r('4000000', '2026-12-03', first.id);
    const third = r('2000000', '2026-12-03', second.id);
    expect(recordingOrder([third, first, older, second]).map((x) => x.hash)).toEqual([
      '9aaaaaa',
      'c000000',
      '4000000',
      '2000000',
    ]);
    // Releases recorded before `previous` was kept: by date, then id.
    expect(recordingOrder([r('b', '2026-12-02'), r('a', '2026-12-02'), older]).map((x) => x.hash)).toEqual([
      '9aaaaaa',
      'a',
      'b',
    ]);
  });

  it('records the release before it as previous', async () => {
    const recorded = await recordRelease(input, second);
    try {
      expect(recorded?.id).toBe(list(second).current);
      const info = JSON.parse(readFileSync(path.join(input, 'releases', recorded!.id, 'release.json'), 'utf8'));
      expect(info.previous).toBe(list(first).current);
    } finally {
      rmSync(path.join(input, 'releases', recorded!.id), { recursive: true, force: true });
    }
  });
});

describe('what counts as a revision', () => {
  it('lists a shown value that a rule took away, not a computed one the printed value stands before', async () => {
    const dir = tempDir('releases-rule');
    // Two figures, printed counts unchanged: a task share no longer computed (23,11% → none), and a rate whose
    // computed value changed behind its printed 84,7%, which is what pages show either way.
    const file = (name: string, share: number | null, computed: number) => {
      const out = path.join(dir, name);
      return `COPY (SELECT * FROM (VALUES
        ('tasks', 'VN', NULL, NULL, NULL, DATE '2024-01-01', DATE '2024-12-17', 49.0, 212.0, ${share}::DOUBLE,
          NULL::DOUBLE, 'exact', 's', TRUE),
        ('rate', 'VN', NULL, NULL, NULL, DATE '2024-10-01', DATE '2025-09-30', 39430.0, 46500.0, ${computed},
          84.7, 'exact', 's', TRUE)
      ) t(indicator, geo_code, organisation, subdivision, period_label, period_start, period_end, numerator,
        denominator, value, value_reported, bound, source_id, is_preferred)) TO '${out}' (FORMAT parquet);`;
    };
    const rows = await query(`${file('old.parquet', 23.11, 84.8)} ${file('new.parquet', null, 84.7)}
      CREATE TABLE reasons (indicator VARCHAR, geo_code VARCHAR, period_start VARCHAR, period_end VARCHAR,
        date VARCHAR, reason_vi VARCHAR, reason_en VARCHAR);
      ${CHANGES_SQL(`'${dir}/old.parquet'`, `'${dir}/new.parquet'`, '2026-12-01', '2026-12-03')}`);
    expect(rows.map((r) => [r.change, r.indicator, r.old_value, r.new_value])).toEqual([
      ['revised', 'tasks', 23.11, null],
    ]);
  });
});

describe('the built site serves every release', () => {
  it('has /du-lieu/ listing each release, a page for each in both languages, and its files', () => {
    const { releases } = JSON.parse(readFileSync('public/data/releases.json', 'utf8')) as ReleaseList;
    expect(releases.length).toBeGreaterThan(0);
    const index = readFileSync('dist/du-lieu/index.html', 'utf8');
    for (const { id } of releases) {
      expect(index).toContain(`href="/du-lieu/${id}/"`);
      expect(readFileSync(`dist/du-lieu/${id}/index.html`, 'utf8')).toContain(
        `/data/releases/${id}/observations.parquet`,
      );
      expect(readFileSync(`dist/en/du-lieu/${id}/index.html`, 'utf8')).toContain(`lang="en"`);
      const kept = readFileSync(`dist/data/releases/${id}/observations.parquet`);
      expect(kept.subarray(0, 4).toString()).toBe('PAR1');
    }
  });
});

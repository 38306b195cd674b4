import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { openDuckDB } from '../../scripts/lib/parquet.ts';
import { writePartitions } from '../../scripts/lib/partition.ts';
import { createStaticServer, listen, type ServedRequest } from '../../scripts/lib/static-server.ts';
import { ROWS_PER_YEAR, SYNTHETIC_SOURCE_ID } from '../../scripts/lib/synthetic.ts';
import { fetchManifest, readRemote, type PartitionManifest } from '../../src/live/remote-parquet.ts';
import { tempDir } from '../helpers/build.ts';
import { query } from '../helpers/duckdb.ts';

// One full year of synthetic district-by-month rows: generated, built by the real pipeline, partitioned,
// served with range requests, and read back by the browser module over HTTP.
const ROWS = ROWS_PER_YEAR;
const root = tempDir('synthetic');
const input = path.join(root, 'input');
const built = path.join(root, 'built');
const parts = path.join(root, 'parts');
let manifest: PartitionManifest;
let base = '';
let server: ReturnType<typeof createStaticServer>;
const served: ServedRequest[] = [];

function generate(out: string, rows: number, seed: number): void {
  const result = spawnSync(
    process.execPath,
    [
      'scripts/generate-synthetic.ts',
      '--rows',
      String(rows),
      '--out',
      out,
      '--seed',
      String(seed),
      '--rows-per-file',
      '50000',
    ],
    { encoding: 'utf8' },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}

beforeAll(async () => {
  generate(input, ROWS, 7);
  const result = await buildData({ inDir: input, outDir: built });
  expect(result.problems).toEqual([]);
  const connection = await openDuckDB();
  manifest = await writePartitions(connection, path.join(built, 'observations.parquet'), parts);
  connection.closeSync();
  server = createStaticServer(root, (r) => served.push(r));
  base = `${await listen(server)}/parts/`;
});
afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('synthetic data generator', () => {
  it('is deterministic, and a smaller set is a prefix of a larger one', () => {
    const again = path.join(root, 'again');
    const small = path.join(root, 'small');
    generate(again, ROWS, 7);
    generate(small, 1000, 7);
    const files = readdirSync(path.join(input, 'published')).sort();
    expect(readdirSync(path.join(again, 'published')).sort()).toEqual(files);
    for (const f of files)
      expect(readFileSync(path.join(again, 'published', f), 'utf8')).toBe(
        readFileSync(path.join(input, 'published', f), 'utf8'),
      );
    const bodyLines = (file: string) => readFileSync(file, 'utf8').split('\n').slice(3);
    expect(bodyLines(path.join(small, 'published', 'synthetic-001.csv')).filter(Boolean)).toEqual(
      bodyLines(path.join(input, 'published', 'synthetic-001.csv')).slice(0, 1000),
    );
  });

  it('writes messy files: province spellings, Vietnamese numbers, both delimiters, both header languages', () => {
    const text = readdirSync(path.join(input, 'published'))
      .map((f) => readFileSync(path.join(input, 'published', f), 'utf8'))
      .join('\n');
    expect(text).toContain('TP.HCM');
    expect(text).toMatch(/Tỉnh /);
    expect(text).toContain('BÀ RỊA');
    expect(text.normalize('NFC')).not.toBe(text); // some names arrive decomposed (NFD)
    expect(text).toMatch(/\d,\d{1,2}%/); // "97,92%"
    expect(text).toMatch(/\b\d{1,3}\.\d{3}\b/); // "1.234"
    expect(text).toMatch(/^chỉ tiêu;|^indicator;|^chỉ tiêu,|^indicator,/m);
    const headers = text.split('\n').filter((l) => /^(chỉ tiêu|indicator)[;,]/.test(l));
    expect(new Set(headers.map((h) => h.includes(';'))).size).toBe(2);
  });

  it('labels every row synthetic and never touches data/', async () => {
    const [row] = await query(
      `SELECT count(*)::INTEGER AS n, count(DISTINCT source_id)::INTEGER AS sources, min(source_id) AS source
       FROM '${built}/observations.parquet'`,
    );
    expect(row).toEqual({ n: ROWS, sources: 1, source: SYNTHETIC_SOURCE_ID });
    const [source] = await query(`SELECT title FROM '${built}/sources.parquet' WHERE id = 'synthetic'`);
    expect(source!.title).toContain('synthetic');
    const refused = spawnSync(
      process.execPath,
      ['scripts/generate-synthetic.ts', '--rows', '10', '--out', 'data/published-synthetic'],
      { encoding: 'utf8' },
    );
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('refusing to write into data/');
  });
});

describe('partitioned Parquet read over HTTP range requests', () => {
  it('writes one file per indicator and year, listed with rows and bytes', async () => {
    expect(manifest.partitions.length).toBe(16); // 16 indicators × one year
    expect(manifest.partitions.reduce((n, p) => n + p.rows, 0)).toBe(ROWS);
    const [groups] = await query(
      `SELECT count(DISTINCT row_group_id)::INTEGER AS n
       FROM parquet_metadata('${parts}/${manifest.partitions[0]!.path}')`,
    );
    expect(groups!.n).toBeGreaterThan(3);
  });

  it('returns what DuckDB returns for one province, fetching a fraction of the bytes', async () => {
    served.length = 0;
    const columns = ['geo_code', 'subdivision', 'period_start', 'numerator', 'denominator'];
    const result = await readRemote<{
      geo_code: string;
      subdivision: string;
      period_start: string;
      numerator: number;
      denominator: number;
    }>(base, manifest, {
      indicator: 'mediation_success_rate',
      years: [2024, 2024],
      columns,
      equals: { geo_code: '79' },
    });
    const expected = await query(`SELECT geo_code, subdivision, strftime(period_start, '%Y-%m-%d') AS period_start,
          numerator, denominator
        FROM '${built}/observations.parquet'
      WHERE indicator = 'mediation_success_rate' AND geo_code = '79' ORDER BY subdivision, period_start`);
    const sorted = result.rows
      .map(({ geo_code, subdivision, period_start, numerator, denominator }) => ({
        geo_code,
        subdivision,
        period_start,
        numerator,
        denominator,
      }))
      .sort((a, b) =>
        a.subdivision < b.subdivision
          ? -1
          : a.subdivision > b.subdivision
            ? 1
            : a.period_start < b.period_start
              ? -1
              : 1,
      ); // DuckDB's byte order
    expect(expected.length).toBe(11 * 12);
    expect(sorted).toEqual(expected);
    const partition = manifest.partitions.find((p) => p.indicator === 'mediation_success_rate')!;
    expect(result.partitionsRead).toBe(1);
    expect(result.bytesFetched).toBeLessThan(partition.bytes / 2);
    expect(result.bytesFetched).toBeLessThan(result.totalBytes / 20);
    // What the server sent agrees with what the reader counted, and all of it by range.
    expect(served.every((r) => r.status === 206)).toBe(true);
    expect(served.reduce((n, r) => n + r.bytes, 0)).toBe(result.bytesFetched);
  });

  it('reads every row of a partition when no filter is given, still without other partitions', async () => {
    const result = await readRemote(base, manifest, {
      indicator: 'thads_case_rate',
      years: [2024, 2024],
      columns: ['numerator', 'denominator'],
    });
    expect(result.rows.length).toBe(ROWS / 16);
    expect(result.bytesFetched).toBeLessThan(result.totalBytes / 8);
    expect((await fetchManifest(base)).partitions.length).toBe(16);
  });
});

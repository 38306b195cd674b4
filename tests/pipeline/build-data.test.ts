import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { composeInput, runBuildCli, snapshotDir, tempDir } from '../helpers/build.ts';
import { query } from '../helpers/duckdb.ts';
import { expectGolden } from '../helpers/golden.ts';

const FIXTURES = 'tests/fixtures/pipeline';
const VALID = path.join(FIXTURES, 'valid');

describe('build-data on the valid fixture (golden)', () => {
  const out = tempDir('out-valid');
  beforeAll(async () => {
    const result = await buildData({ inDir: path.join(VALID, 'input'), outDir: out });
    expect(result.problems).toEqual([]);
  });

  it('writes every file of the data contract and nothing else', () => {
    expect(readdirSync(out).sort()).toEqual([
      '.build-data-output',
      'cluster_members.parquet',
      'geo.parquet',
      'geo_aliases.parquet',
      'indicators.parquet',
      'manifest.json',
      'movements.parquet',
      'observations.parquet',
      'quality.json',
      'sources.parquet',
    ]);
    // No temporary leftovers beside the output.
    expect(readdirSync(path.dirname(out)).filter((f) => f.startsWith(`${path.basename(out)}.`))).toEqual([]);
  });

  it('normalizes observations to the expected rows', async () => {
    const rows = await query(
      `SELECT * EXCLUDE (file) FROM '${out}/observations.parquet'
        ORDER BY indicator, geo_code, period_start, source_id`,
    );
    expectGolden(`${JSON.stringify(rows, null, 1)}\n`, path.join(VALID, 'expected', 'observations.json'));
  });

  it('keeps the printed 97,92% beside the computed 47/48', async () => {
    const [row] = await query(
      `SELECT numerator, denominator, value, value_reported, period_start::VARCHAR AS s, period_end::VARCHAR AS e
        FROM '${out}/observations.parquet' WHERE indicator = 'tasks_completed_rate'`,
    );
    expect(row).toMatchObject({
      numerator: 47,
      denominator: 48,
      value_reported: 97.92,
      s: '2018-01-01',
      e: '2018-06-30',
    });
    expect(row!.value).toBeCloseTo(97.916666, 5);
  });

  it('types the contract columns: DATE periods and DOUBLE values', async () => {
    const types = Object.fromEntries(
      (await query(`DESCRIBE SELECT * FROM '${out}/observations.parquet'`)).map((r) => [r.column_name, r.column_type]),
    );
    expect(types).toMatchObject({
      period_start: 'DATE',
      period_end: 'DATE',
      numerator: 'DOUBLE',
      denominator: 'DOUBLE',
      value: 'DOUBLE',
      value_reported: 'DOUBLE',
      geo_code: 'VARCHAR',
      source_id: 'VARCHAR',
    });
  });

  it('lists discrepancies and conflicting versions in quality.json, with file and line', () => {
    expectGolden(readFileSync(path.join(out, 'quality.json'), 'utf8'), path.join(VALID, 'expected', 'quality.json'));
  });

  it('records row counts and content hashes in manifest.json', async () => {
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files['observations.parquet'].rows).toBe(11);
    const [hash] = await query(`SELECT sha256(content) AS h FROM read_blob('${out}/observations.parquet')`);
    expect(manifest.files['observations.parquet'].sha256).toBe(hash!.h);
    // The inputs, hashed by the staging processes from the bytes they read: every published file, in order.
    const published = path.join(VALID, 'input', 'published');
    const inputs = await query(
      `SELECT 'published/' || parse_filename(filename) AS name, sha256(content) AS h
       FROM read_blob('${published}/*.csv') ORDER BY name`,
    );
    expect(Object.entries(manifest.inputs)).toEqual(inputs.map((i) => [i.name, i.h]));
  });
});

describe('build-data on bad input', () => {
  it('exits non-zero, names every bad line, and leaves the previous output byte for byte', async () => {
    const out = tempDir('out-previous');
    await buildData({ inDir: path.join(VALID, 'input'), outDir: out });
    const before = snapshotDir(out);
    const input = composeInput(path.join(VALID, 'input'), path.join(FIXTURES, 'invalid', 'published'));

    const { status, stderr } = runBuildCli(input, out);

    expect(status).toBe(1);
    const file = path.join(input, 'published', 'bad.csv');
    const lines = stderr.split('\n');
    const has = (pattern: RegExp) =>
      expect(
        lines.some((l) => pattern.test(l)),
        `${pattern} in:\n${stderr}`,
      ).toBe(true);
    has(/bad\.csv:4: column địa bàn = «Bến Treee»: unknown province «Bến Treee» \(did you mean «Bến Tre»\?\)/);
    has(/bad\.csv:5: column tử số = «30»: numerator 30 exceeds denominator 20/);
    has(/bad\.csv:6: column nguồn = «bao-khong-ton-tai»: unknown source/);
    has(/bad\.csv:7: column giá trị = «120%»: a rate must lie between 0 and 100%/);
    has(/bad-date\.csv:3: column period_start = «2021-02-29»: .*not a date that exists/);
    expect(stderr).not.toMatch(/bad\.csv:3:/); // the good row is not blamed
    expect(stderr).toContain('nothing was written');
    expect(file).toBeTruthy();
    expect(snapshotDir(out)).toEqual(before);
    expect(readdirSync(path.dirname(out)).filter((f) => f.startsWith(`${path.basename(out)}.`))).toEqual([]);
  });

  it('creates no output folder at all when there was none', () => {
    const out = path.join(tempDir('fresh'), 'data');
    const input = composeInput(path.join(VALID, 'input'), path.join(FIXTURES, 'invalid', 'published'));
    expect(runBuildCli(input, out).status).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

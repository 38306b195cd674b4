import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/lib/integrity.ts';
import { tempDir } from '../helpers/build.ts';
import { query } from '../helpers/duckdb.ts';
import { openPage, outsideRequests, startSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Every row in table order, as one hash: the same rows in the same order, value for value. */
const FINGERPRINT =
  "SELECT count(*)::VARCHAR AS n, md5(string_agg(o::VARCHAR, '|' ORDER BY o.rowid)) AS rows FROM observations o";

describe('the loader', () => {
  // The published rows 800 times over (values and lines made distinct): 4 row groups, 2 batches, 2.5 MB.
  const file = path.join(tempDir('loader'), 'observations.parquet');
  let bytes: Buffer;
  let expected: { n: string; rows: string };
  beforeAll(async () => {
    await query(`COPY (SELECT o.* REPLACE (o.value * (1 + i / 1e6) AS value, o.line + i * 1000 AS line)
      FROM 'dist/data/observations.parquet' o, range(800) r(i) ORDER BY i, o.line, o.file)
      TO '${file}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`);
    bytes = readFileSync(file);
    // DuckDB for Node keeps the file's order in a table (as the browser's batches must).
    const [row] = await query(`CREATE TABLE observations AS FROM '${file}'; ${FINGERPRINT}`);
    expected = row as typeof expected;
  });

  /** Explore with that file published in place of the site's (manifest and page hash to match). */
  async function loadBig(cores?: number) {
    const manifestBytes = readFileSync('dist/data/manifest.json');
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
    manifest.files['observations.parquet'] = { sha256: sha256(bytes), bytes: bytes.length, rows: Number(expected.n) };
    const forged = JSON.stringify(manifest);
    const { page, requests } = await openPage(site, '/kham-pha/');
    const pretend = (n: number) => Object.defineProperty(navigator, 'hardwareConcurrency', { value: n });
    if (cores) await page.addInitScript(pretend, cores);
    await page.route('**/data/manifest.json', (route) => route.fulfill({ body: forged }));
    await page.route('**/data/observations.parquet', (route) => route.fulfill({ body: bytes }));
    await page.route(
      (url) => url.pathname.endsWith('/'),
      async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(sha256(manifestBytes), sha256(forged));
        await route.fulfill({ response, body });
      },
    );
    await page.goto(`${site.origin}/kham-pha/`, { waitUntil: 'networkidle' });
    // Typed, not from a link: a link's query has a time limit, and this one reads every value.
    await page.locator('#sql-input').fill(FINGERPRINT);
    await page.locator('[data-console-run]').click();
    await page.locator('[data-console-result] tbody tr').first().waitFor({ timeout: 90_000 });
    const [cells] = await page
      .locator('[data-console-result] tbody tr')
      .evaluateAll((rows) => rows.map((tr) => [...tr.children].map((c) => c.textContent)));
    await page.context().close();
    return { cells, requests };
  }

  it('decodes in a worker the same rows, in the same order, as DuckDB for Node reads from the file', async () => {
    const { cells, requests } = await loadBig();
    expect(cells).toEqual([expected.n, expected.rows]);
    expect(requests.some((url) => /\/_astro\/parquet-worker[^/]*\.js$/.test(url))).toBe(true);
    expect(outsideRequests(site, requests)).toEqual([]);
  }, 180_000);

  it('splits a large file between workers where there are cores to spare, and keeps the file order', async () => {
    const { cells } = await loadBig(4);
    expect(cells).toEqual([expected.n, expected.rows]);
  }, 180_000);
});

import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parquetMetadata } from 'hyparquet';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { buildData } from '../../scripts/lib/build.ts';
import { siteWithData } from '../../scripts/lib/site-with-data.ts';
import { createStaticServer, listen, type ServedRequest } from '../../scripts/lib/static-server.ts';
import { type CheckedIndex, PARTITION_INDEX, rowGroupRange } from '../../src/live/partition-index.ts';
import { tempDir } from '../helpers/build.ts';
import { liveResult, openPage, type Site } from './site.ts';

// 30 000 synthetic rows (district by month, 16 indicators, late 2024) built by the real pipeline with the
// partition threshold lowered to 1 000 rows: the manifest lists the partitions' index, and Explore reads
// observations by range. The same build without the index entry is loaded whole, as the published site is.
const root = tempDir('explore-partitioned');
const input = path.join(root, 'input');
const parted = path.join(root, 'parted');
const whole = path.join(root, 'whole');
const tampered = path.join(root, 'tampered');
const INDICATOR = 'mediation_success_rate';
const SEARCH = `?ind=${INDICATOR}&geo=province&ptype=month&from=2024&to=2024`;
const CONSOLE_SQL = `SELECT geo_code, subdivision, count(*) AS n, sum(numerator) AS num, sum(denominator) AS den
FROM observations WHERE indicator = '${INDICATOR}' GROUP BY ALL ORDER BY ALL`;

const sites: Site[] = [];
const browser = await launchChromium();

async function serve(data: string, name: string): Promise<Site> {
  const served: ServedRequest[] = [];
  const server = createStaticServer(siteWithData('dist', data, path.join(root, `site-${name}`)), (r) => served.push(r));
  const origin = await listen(server);
  const site: Site = {
    origin,
    browser,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  sites.push(site);
  return site;
}

let partedSite: Site;
let wholeSite: Site;
let tamperedSite: Site;
let index: CheckedIndex;

beforeAll(async () => {
  const generated = spawnSync(
    process.execPath,
    ['scripts/generate-synthetic.ts', '--rows', '30000', '--out', input, '--seed', '3'],
    { encoding: 'utf8' },
  );
  expect(generated.status).toBe(0);
  const built = await buildData({ inDir: input, outDir: parted, partitionRows: 1000 });
  expect(built.problems).toEqual([]);
  const manifest = JSON.parse(readFileSync(path.join(parted, 'manifest.json'), 'utf8'));
  expect(Object.keys(manifest.files)).toContain(PARTITION_INDEX);
  index = JSON.parse(readFileSync(path.join(parted, PARTITION_INDEX), 'utf8'));

  cpSync(parted, whole, { recursive: true });
  rmSync(path.join(whole, 'observations'), { recursive: true });
  delete manifest.files[PARTITION_INDEX];
  writeFileSync(path.join(whole, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  // One byte changed inside the row group the selection reads: the footer and the index are untouched.
  cpSync(parted, tampered, { recursive: true });
  const partition = index.partitions.find((p) => p.indicator === INDICATOR && p.year === 2024)!;
  const file = path.join(tampered, 'observations', partition.path);
  const bytes = readFileSync(file);
  const [start, end] = rowGroupRange(parquetMetadata(new Uint8Array(bytes).buffer), 0);
  bytes[(start + end) >> 1]! ^= 0xff;
  writeFileSync(file, bytes);

  [partedSite, wholeSite, tamperedSite] = [
    await serve(parted, 'parted'),
    await serve(whole, 'whole'),
    await serve(tampered, 'tampered'),
  ];
});
afterAll(async () => {
  for (const site of sites) await site.close();
  await browser.close();
});

async function shown(page: Page) {
  await liveResult(page);
  const text = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((e) => e.textContent));
  await page.locator('#sql-input').fill(CONSOLE_SQL);
  await page.locator('[data-console-run]').click();
  await page.locator('[data-console-result] tbody tr').first().waitFor();
  return {
    table: await text('#result [data-part="table"]'),
    notes: await text('#result [data-part="notes"]'),
    console: await text('[data-console-result] tbody tr'),
  };
}

const observationBytes = (site: Site) =>
  site.served.filter((r) => r.path.startsWith('/data/observations')).reduce((n, r) => n + r.bytes, 0);

describe('Explore over a partitioned set', () => {
  it('shows what the whole file shows, having fetched a part of it, and says how much', async () => {
    const a = await openPage(wholeSite, `/kham-pha/${SEARCH}`);
    const expected = await shown(a.page);
    await a.page.context().close();
    expect(expected.console.length).toBeGreaterThan(100);

    partedSite.served.length = 0;
    const b = await openPage(partedSite, `/kham-pha/${SEARCH}`);
    const actual = await shown(b.page);
    expect(actual).toEqual(expected);
    // Never the whole observations.parquet: the index, one partition's footer and its row groups, by range.
    expect(partedSite.served.filter((r) => r.path === '/data/observations.parquet')).toEqual([]);
    const fetched = observationBytes(partedSite);
    const wholeBytes = statSync(path.join(parted, 'observations.parquet')).size;
    expect(fetched).toBeGreaterThan(0);
    expect(fetched).toBeLessThan(wholeBytes / 4);
    const note = b.page.locator('[data-explore-fetched]');
    // The page counts the index as decoded (the server may send it compressed) and each range as received.
    const ranges = partedSite.served.filter((r) => r.status === 206).reduce((n, r) => n + r.bytes, 0);
    const indexBytes = statSync(path.join(parted, PARTITION_INDEX)).size;
    expect(Number(await note.getAttribute('data-bytes-fetched'))).toBe(ranges + indexBytes);
    expect(await note.textContent()).toContain(`1/${index.partitions.length} tệp phân vùng`);
    expect(await note.textContent()).toContain('đối chiếu mã SHA-256');

    // A second selection reads only what it lacks: the other indicator's partition, not this one again.
    partedSite.served.length = 0;
    await b.page.locator('input[name="ind"][value="mediators"]').check();
    await liveResult(b.page);
    const again = partedSite.served.filter((r) => r.path.startsWith('/data/observations'));
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((r) => r.path.includes('indicator=mediators/'))).toBe(true);
    expect(await note.textContent()).toContain(`2/${index.partitions.length} tệp phân vùng`);
    await b.page.context().close();
  });

  it('refuses a partition with one byte changed and names the file', async () => {
    const { page } = await openPage(tamperedSite, `/kham-pha/${SEARCH}`);
    const status = page.locator('[data-explore-status]');
    const file = index.partitions.find((p) => p.indicator === INDICATOR && p.year === 2024)!.path;
    await page.waitForFunction(() =>
      document.querySelector('[data-explore-status]')?.hasAttribute('data-refused-file'),
    );
    expect(await status.getAttribute('data-refused-file')).toBe(file);
    await expect.poll(() => status.textContent()).toContain(`Tệp ${file} không khớp`);
    // Nothing of it was shown: the page keeps the figures it was built with.
    expect(await page.locator('#result').getAttribute('data-live')).toBeNull();
    await page.context().close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startSite, type Site } from '../browser/site.ts';

// Budgets in bytes and counts (never in time): what a reader's browser fetches to see the overview.
/** Everything until load and network idle, compressed as served: HTML, CSS, JS, data. */
const OVERVIEW_BYTES = 100 * 1024;
/** Today: the page, its stylesheet and the live-entry script. Room for one or two more, not for a bundle. */
const OVERVIEW_REQUESTS = 5;

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const transferred = () => site.served.reduce((sum, r) => sum + r.bytes, 0);

describe('overview page budget', () => {
  it.each([
    ['vi', '/'],
    ['en', '/en/'],
  ])(
    '%s overview (%s) loads in under 100 KB and a handful of requests, without DuckDB-wasm or data files',
    async (_lang, path) => {
      site.served.length = 0;
      const { page, requests } = await openPage(site, path);
      const served = [...site.served];
      expect(served.map((r) => r.status).every((s) => s === 200)).toBe(true);
      expect(served[0]!.path).toBe(path);
      expect(transferred()).toBeLessThan(OVERVIEW_BYTES);
      expect(transferred()).toBeGreaterThan(2000); // the count is real: the page itself is a few KB gzipped
      expect(served.length).toBeLessThanOrEqual(OVERVIEW_REQUESTS);
      expect(requests.length).toBe(served.length); // every request the browser made was answered by the site
      expect(requests.filter((url) => url.includes('/duckdb/'))).toEqual([]);
      expect(served.filter((r) => r.path.startsWith('/data/') || r.path.endsWith('.wasm'))).toEqual([]);
      expect(await page.locator('.kpi').count()).toBeGreaterThan(0);
      await page.context().close();
    },
  );

  it('a control answers from the build: a few KB, never DuckDB-wasm', async () => {
    const { page } = await openPage(site, '/thi-hanh-an/');
    site.served.length = 0;
    await page.locator('[data-figure="enforcement"] select[name="measure"]').selectOption('money');
    await page.locator('#enforcement[data-live="state"]').waitFor({ timeout: 60_000 });
    await page.locator('#enforcement-workload[data-live="state"]').waitFor({ timeout: 60_000 });
    const fetched = site.served.filter((r) => r.path.startsWith('/states/') || r.path.startsWith('/duckdb/'));
    // The measure moves both figures that show it, each by its own state.
    expect(fetched.map((r) => r.path).sort()).toEqual([
      '/states/vi/enforcement-workload/money.json',
      '/states/vi/enforcement/money.json',
    ]);
    // Uncompressed here (about 2 KB each as brotli): well under the overview's whole budget.
    expect(fetched.reduce((sum, r) => sum + r.bytes, 0)).toBeLessThan(OVERVIEW_BYTES / 2);
    await page.context().close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openParquetDb } from '../../src/build/db.ts';
import { figureText } from '../../src/lib/presentation.ts';
import {
  compareChoicesSql,
  compareProvincesSql,
  type CompareChoiceRow,
  type ProvinceFigureRow,
} from '../../src/lib/queries.ts';
import { openPage, outsideRequests, startSite, type Site } from './site.ts';

// The open question of a topic page runs on DuckDB-wasm in the page; its answer must be the one DuckDB for
// Node gives for the same SQL (src/lib/queries.ts) over the same Parquet.

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

describe.each([
  { path: '/hoa-giai/', indicator: 'mediation_success_rate' },
  { path: '/thi-hanh-an/', indicator: 'thads_case_rate' },
])('compare the provinces you choose on $path', ({ path, indicator }) => {
  it('matches DuckDB for Node, starts the engine only on intent, and keeps the choice in the address', async () => {
    const db = await openParquetDb();
    const choices = await db.query<CompareChoiceRow>(compareChoicesSql(indicator));
    const chosen = choices.filter((c) => c.last_year - c.first_year >= 1).slice(0, 3);
    const from = Math.min(...chosen.map((c) => c.first_year));
    const to = Math.max(...chosen.map((c) => c.last_year));
    const expected = await db.query<ProvinceFigureRow>(
      compareProvincesSql(
        indicator,
        chosen.map((c) => c.code),
        from,
        to,
      ),
    );
    db.close();
    expect(expected.length).toBeGreaterThan(chosen.length); // several years of several provinces

    const { page, requests } = await openPage(site, path, PHONE);
    const engine = () => requests.filter((u) => u.includes('/duckdb/'));
    expect(engine()).toEqual([]); // not on load
    const form = page.locator('form[data-compare-form]');
    await form.locator('select[name="places"]').selectOption(chosen.map((c) => c.code));
    await form.locator('select[name="from"]').selectOption(String(from));
    await form.locator('select[name="to"]').selectOption(String(to));
    await form.locator('button[type="submit"]').click();
    const result = page.locator('[data-compare-result][data-rows]');
    await result.waitFor({ timeout: 120_000 });
    expect(engine().length).toBeGreaterThan(0); // on intent
    const shown = await result
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(shown.map((r) => [r[1], r[2]])).toEqual(expected.map((r) => [r.name_vi, figureText(r, 'vi')]));
    expect(await result.locator('.chart svg circle').count()).toBe(expected.length);
    expect(outsideRequests(site, requests)).toEqual([]);

    // The address holds the choice: opened again, the page answers the same.
    const url = new URL(page.url());
    expect(url.searchParams.get('places')).toBe(chosen.map((c) => c.code).join(','));
    const again = await page.context().newPage();
    await again.goto(url.toString());
    const replay = again.locator('[data-compare-result][data-rows]');
    await replay.waitFor({ timeout: 120_000 });
    expect(await replay.getAttribute('data-rows')).toBe(String(expected.length));
    await page.context().close();
  }, 240_000);
});

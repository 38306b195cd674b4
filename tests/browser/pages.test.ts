import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, pagePath } from '../../src/i18n/routes.ts';
import { openParquetDb } from '../../src/build/db.ts';
import {
  nationalSeriesSql,
  provinceFiguresSql,
  provinceMapSql,
  provincePeriodsSql,
  type FigureRow,
  type MapFigureRow,
  type PeriodChoiceRow,
  type ProvinceFigureRow,
} from '../../src/lib/queries.ts';
import { figureText, figureWithCheck } from '../../src/lib/presentation.ts';
import type { BrowserContext } from 'playwright-core';
import { openIn, openPage, outsideRequests, sharedContext, startSite, type Site } from './site.ts';

let site: Site;
/** Pages read with JavaScript off share one context: no script runs, so none can leave state for the next. */
let noScript: BrowserContext;
beforeAll(async () => {
  site = await startSite();
  noScript = await sharedContext(site, { javaScriptEnabled: false });
});
afterAll(async () => {
  await site?.close();
});

const ALL_PAGES = (['vi', 'en'] as const).flatMap((lang) =>
  PAGES.map((id) => ({ lang, id, path: pagePath(id, lang) })),
);

describe('every page without JavaScript', () => {
  it.each(ALL_PAGES)('$path reads with JavaScript off: headings, charts or tables, sources', async ({ path, id }) => {
    const { page, requests } = await openIn(noScript, site, path, 'load');
    expect(await page.locator('h1').count()).toBe(1);
    const charts = await page.locator('.chart svg').count();
    const tables = await page.locator('table').count();
    expect(charts + tables).toBeGreaterThan(0);
    if (id !== 'sources' && id !== 'extract') expect(charts).toBeGreaterThan(0); // the reader shows a table
    expect(await page.locator('text=/Nguồn|Source/').count()).toBeGreaterThan(0);
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.close();
  });

  it('shows the 47/48 tasks and 97,92% of the first half of 2018 on the overview, with its source', async () => {
    const { page } = await openIn(noScript, site, '/', 'load');
    const card = page.locator('.kpi[data-indicator="tasks_completed_rate"]');
    await expect.poll(() => card.locator('[data-kpi-value]').textContent()).toBe('97,92%');
    expect(await card.locator('[data-kpi-counts]').textContent()).toBe('47/48 nhiệm vụ đến hạn đã hoàn thành');
    expect(await card.locator('[data-kpi-age]').textContent()).toMatch(/^số liệu gần nhất: 6 tháng đầu năm 2018/);
    expect(await card.textContent()).toContain('6 tháng đầu năm 2018');
    expect(await card.textContent()).toContain('Ngành Tư pháp đẩy mạnh tổ chức thực hiện các phong trào thi đua');
    await page.close();
  });

  it('has a table view and a CSV download for every chart figure', async () => {
    const { page } = await openIn(noScript, site, '/thi-hanh-an/', 'load');
    const figures = page.locator('figure.chart-figure');
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      expect(await figure.locator('details table tbody tr').count()).toBeGreaterThan(0);
      expect(await figure.locator('a.download').getAttribute('href')).toMatch(/^data:text\/csv;charset=utf-8,/);
    }
    await page.close();
  });
});

describe('controls show the states the build rendered with DuckDB, without the engine', () => {
  it('switches enforcement to về tiền and shows what DuckDB returns for it', async () => {
    const db = await openParquetDb();
    const money = (await db.query<FigureRow>(nationalSeriesSql('thads_money_rate'))).filter(
      (r) => r.period_type === 'year',
    );
    db.close();
    const latest = money.at(-1)!;

    const { page, requests } = await openPage(site, '/thi-hanh-an/');
    expect(requests.filter((u) => u.includes('/duckdb/'))).toEqual([]); // nothing heavy before a reader acts
    const figure = page.locator('#enforcement');
    expect(await figure.locator('[data-part="title"]').textContent()).toContain('về việc');

    await page.locator('[data-figure="enforcement"] select[name="measure"]').selectOption('money');
    await figure.and(page.locator('[data-live="state"]')).waitFor({ timeout: 60_000 });

    const title = await figure.locator('[data-part="title"]').textContent();
    expect(title).toContain('về tiền');
    // The printed figure, bound and all; years known only by their target have a row too.
    expect(title).toContain(figureText(latest, 'vi'));
    expect(await figure.locator('details tbody tr').count()).toBeGreaterThanOrEqual(money.length);
    expect(requests.filter((u) => u.includes('/duckdb/'))).toEqual([]);
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();
  });

  it('ranks the provinces of another mediation period as DuckDB ranks them', async () => {
    const db = await openParquetDb();
    const periods = await db.query<PeriodChoiceRow>(provincePeriodsSql('mediation_success_rate'));
    const other = periods[1]!;
    const expected = await db.query<ProvinceFigureRow>(
      provinceFiguresSql('mediation_success_rate', other.period_start, other.period_end),
    );
    db.close();

    const { page, requests } = await openPage(site, '/hoa-giai/');
    await page
      .locator('[data-figure="mediation-ranking"] select[name="period"]')
      .selectOption(`${other.period_start}..${other.period_end}`);
    const figure = page.locator('#mediation-ranking[data-live="state"]');
    await figure.waitFor({ timeout: 60_000 });
    const names = await figure.locator('details tbody th').allTextContents();
    expect(names).toEqual(expected.map((r) => r.name_vi));
    const values = await figure.locator('details tbody tr td:nth-child(2)').allTextContents();
    expect(values).toEqual(expected.map((r) => figureWithCheck(r, 'vi')));
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();
  });
});

describe('figures that share a choice', () => {
  it('moves the map with the ranking when the period changes', async () => {
    const db = await openParquetDb();
    const periods = await db.query<PeriodChoiceRow>(provincePeriodsSql('mediation_success_rate'));
    db.close();
    const other = periods[1]!;
    const { page } = await openPage(site, '/hoa-giai/');
    await page
      .locator('[data-figure="mediation-ranking"] select[name="period"]')
      .selectOption(`${other.period_start}..${other.period_end}`);
    expect(await page.locator('[data-figure="mediation-map"] select[name="period"]').inputValue()).toBe(
      `${other.period_start}..${other.period_end}`,
    );
    await page.locator('#mediation-map[data-live="state"]').waitFor({ timeout: 60_000 });
    await page.locator('#mediation-ranking[data-live="state"]').waitFor({ timeout: 60_000 });
    const mapTitle = await page.locator('#mediation-map h3').textContent();
    const rankingTitle = await page.locator('#mediation-ranking h3').textContent();
    expect(mapTitle!.split(':')[0]).toBe(rankingTitle!.split(':')[0]); // both name the same period
    await page.context().close();
  });
});

describe('the province map', () => {
  it('reads without JavaScript: 63 provinces, those without data hatched, one tab stop for the keyboard', async () => {
    const db = await openParquetDb();
    const [period] = await db.query<PeriodChoiceRow>(provincePeriodsSql('mediation_success_rate'));
    const rows = await db.query<MapFigureRow>(
      provinceMapSql('mediation_success_rate', period!.period_start, period!.period_end, '63'),
    );
    db.close();
    const { page } = await openIn(noScript, site, '/hoa-giai/', 'load');
    const map = page.locator('#mediation-map .chart-wide');
    expect(await map.locator('path[aria-label][data-code]').count()).toBe(63);
    expect(await map.locator('path[aria-label][tabindex="0"]').count()).toBe(1);
    expect(await map.locator('g[fill^="url(#no-data"] path').count()).toBe(rows.filter((r) => r.value === null).length);
    const labels = await map.evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent));
    expect(labels).toContain('QĐ. Hoàng Sa');
    expect(labels).toContain('QĐ. Trường Sa');
    await page.close();
  });

  it('switches to the 34-province map in the browser from the build, re-aggregated as DuckDB does it', async () => {
    const db = await openParquetDb();
    const [period] = await db.query<PeriodChoiceRow>(provincePeriodsSql('mediation_success_rate'));
    const rows = await db.query<MapFigureRow>(
      provinceMapSql('mediation_success_rate', period!.period_start, period!.period_end, '34'),
    );
    db.close();
    const { page, requests } = await openPage(site, '/hoa-giai/');
    await page.locator('[data-figure="mediation-map"] select[name="map"]').selectOption('34');
    const figure = page.locator('#mediation-map[data-live="state"]');
    await figure.waitFor({ timeout: 60_000 });
    expect(await figure.locator('.chart-wide path[aria-label][data-code]').count()).toBe(34);
    expect(await figure.locator('.chart-wide path[d][data-code]').count()).toBe(34); // outlines put back
    const withValue = rows.filter((r) => r.value !== null);
    expect(await figure.locator('.chart-wide g:not([fill^="url("]) > path[aria-label]').count()).toBe(withValue.length);
    expect(await figure.locator('h3').textContent()).toContain(
      withValue.length === 0 ? 'chưa có' : `${withValue.length}/34 tỉnh`,
    );
    expect(requests.some((u) => u.endsWith('/states/geo/34.json'))).toBe(true); // the 34 outlines, once
    expect(requests.filter((u) => u.includes('/duckdb/'))).toEqual([]);
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();
  });
});

// axe-core on every page at desktop width: tests/browser/phones.test.ts ('axe-core at phone and desktop width',
// 1440 px, with 390 px). The same check ran here at 1280 px too; every page's DOM, once its scripts ran, is the
// same at 1280 and 1440 px and so is every box in its header and main (both widths are past the last breakpoint,
// 64rem, and main stops at 72rem): only the footer's centred lines and the off-screen skip link sit elsewhere.

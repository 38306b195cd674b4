import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provinceLabel } from '../../src/charts/choropleth.ts';
import { chooseChart, rankedPeriod } from '../../src/charts/explore.ts';
import type { ResultRow } from '../../src/explore/filters.ts';
import { chooseMap } from '../../src/explore/map.ts';
import { parseState } from '../../src/explore/state.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { tempDir } from '../helpers/build.ts';
import { query } from '../helpers/duckdb.ts';
import { exportedTexts, pngSize } from './exported.ts';
import { expected, expectedRows, tableRows } from './explore-result.ts';
import { liveResult, openPage, outsideRequests, seriousViolations, startSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const FIXTURE = path.resolve('tests/fixtures/upload/mediation-vi.csv');

describe('Explore without JavaScript', () => {
  it('explains itself, lists the indicators and shows the default result as DuckDB computes it', async () => {
    const { page, requests } = await openPage(site, '/kham-pha/', { javaScriptEnabled: false });
    expect(await page.locator('[data-no-js]').isVisible()).toBe(true);
    expect(await page.locator('[data-no-js]').textContent()).toContain('cần JavaScript');
    expect(await page.locator('#explore-filters').isVisible()).toBe(false);
    expect(await page.locator('#indicators + .table-wrap tbody tr').count()).toBe(
      (await query(`SELECT count(*)::INTEGER AS n FROM 'public/data/indicators.parquet'`))[0]!.n,
    );
    expect(await tableRows(page)).toEqual(expectedRows(await expected('')));
    expect(await page.locator('#result .chart svg circle').count()).toBeGreaterThan(0);
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();
  });
});

describe('Explore filters', () => {
  // 50 KB: the page (11 KB), its styles and scripts, and the browser's part of the catalogue in the page's
  // language only (about 8 KB gzipped; both languages were 14 KB): 45.8 KB in Vietnamese, 44.6 KB in English.
  it('loads no query engine until a reader acts, and stays under 50 KB until then', async () => {
    site.served.length = 0;
    const { page, requests } = await openPage(site, '/kham-pha/');
    expect(requests.filter((u) => u.includes('/duckdb/') || u.endsWith('.parquet'))).toEqual([]);
    expect(site.served.reduce((bytes, r) => bytes + r.bytes, 0)).toBeLessThan(50_000);
    expect(await page.locator('#explore-filters').isVisible()).toBe(true);
    await page.context().close();
  });

  it.each([
    ['/kham-pha/', 'Đang truy vấn…', 'Querying…'],
    ['/en/kham-pha/', 'Querying…', 'Đang truy vấn…'],
  ])('%s loads the words of its own language only, not the other catalogue', async (address, own, other) => {
    site.served.length = 0;
    const { page } = await openPage(site, address);
    const scripts = site.served.filter((r) => r.path.endsWith('.js')).map((r) => readFileSync(`dist${r.path}`, 'utf8'));
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((js) => js.includes(own))).toHaveLength(1);
    expect(scripts.filter((js) => js.includes(other))).toEqual([]);
    expect(await page.locator('#explore-filters').isVisible()).toBe(true);
    await page.context().close();
  });

  it('combines provinces into regions by summing counts, as DuckDB does, and draws what the table holds', async () => {
    const { page, requests } = await openPage(site, '/kham-pha/');
    await page.locator('input[name="ind"][value="thads_case_rate"]').uncheck();
    await page.locator('input[name="ind"][value="mediation_success_rate"]').check();
    await page.locator('select[name="geo"]').selectOption('region');
    await page.locator('select[name="ptype"]').selectOption('all');
    await page.locator('fieldset[data-places="region"] input[value="Tây Nguyên"]').check();
    expect(new URL(page.url()).searchParams.get('geo')).toBe('region');
    await liveResult(page);
    const rows = await expected(new URL(page.url()).search);
    expect(rows.length).toBeGreaterThan(3);
    expect(await tableRows(page)).toEqual(expectedRows(rows));
    // 5 Tây Nguyên provinces at most; one place: a time series with one dot per valued row.
    expect(rows.every((r) => r.place_vi === 'Tây Nguyên' && r.aggregated)).toBe(true);
    expect(await page.locator('#result [data-part="chart"]').getAttribute('data-kind')).toBe('series');
    expect(await page.locator('#result .chart-wide circle').count()).toBe(rows.filter((r) => r.value !== null).length);
    expect(await page.locator('#result [data-part="notes"]').textContent()).toContain(
      'cộng tử số, cộng mẫu số rồi chia',
    );
    // The table's sums are what the counts give: 100 × Σ numerators / Σ denominators.
    for (const r of rows.filter((x) => x.value !== null))
      expect(r.value).toBeCloseTo((100 * r.numerator!) / r.denominator!, 9);
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();
  });

  it('ranks provinces of a period, folds them onto the 34 provinces, says which rates cannot combine', async () => {
    const search = '?ind=mediation_success_rate&geo=province&ptype=years&from=2023&to=2023';
    const { page } = await openPage(site, `/kham-pha/${search}`);
    await liveResult(page);
    const old = await expected(search);
    expect(await tableRows(page)).toEqual(expectedRows(old));
    expect(await page.locator('#result [data-part="chart"]').getAttribute('data-kind')).toBe('ranking');
    expect(await page.locator('#result .chart-wide rect').count()).toBe(old.filter((r) => r.value !== null).length);

    await page.locator('input[name="map"][value="34"]').check();
    expect(new URL(page.url()).searchParams.get('map')).toBe('34');
    await liveResult(page);
    const folded = await expected(new URL(page.url()).search);
    expect(await tableRows(page)).toEqual(expectedRows(folded));
    const withoutCounts = folded.reduce((n, r) => n + r.without_counts, 0);
    expect(withoutCounts).toBeGreaterThan(0);
    expect(folded.filter((r) => r.value !== null).length).toBeLessThan(old.filter((r) => r.value !== null).length);
    expect(await page.locator('#result [data-part="notes"]').textContent()).toContain(
      `${withoutCounts} tỷ lệ được công bố không kèm tử số và mẫu số`,
    );
    expect(await page.locator('#result tbody').textContent()).toContain('— (thiếu tử số, mẫu số)');
    await page.context().close();
  });

  it('keeps the selection in the address: a reload restores it, back and forward step through it', async () => {
    const { page } = await openPage(site, '/kham-pha/');
    await page.locator('select[name="geo"]').selectOption('province');
    await liveResult(page);
    const first = page.url();
    const firstRows = await tableRows(page);
    await page.locator('input[name="ind"][value="thads_money_rate"]').check();
    await liveResult(page);
    await page.locator('#result button[data-sort="value"]').click();
    await page.locator('#result button[data-sort="value"]').click();
    expect(new URL(page.url()).searchParams.get('sort')).toBe('value:desc');
    const second = page.url();
    const secondRows = await tableRows(page);
    const values = (
      await page.locator('#result tbody tr').evaluateAll((rows) => rows.map((tr) => tr.children[3]!.textContent ?? ''))
    )
      .filter((t) => !t.startsWith('—'))
      .map((t) => Number(t.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(values).toEqual([...values].sort((a, b) => b - a));

    await page.reload({ waitUntil: 'networkidle' });
    await liveResult(page);
    expect(await page.locator('select[name="geo"]').inputValue()).toBe('province');
    expect(await page.locator('input[name="ind"][value="thads_money_rate"]').isChecked()).toBe(true);
    expect(await page.locator('#result th[data-column="value"]').getAttribute('aria-sort')).toBe('descending');
    expect(await tableRows(page)).toEqual(secondRows);

    await page.goBack(); // the sort clicks
    await page.goBack();
    await page.goBack(); // the second indicator
    expect(page.url()).toBe(first);
    await liveResult(page);
    expect(await page.locator('input[name="ind"][value="thads_money_rate"]').isChecked()).toBe(false);
    expect(await tableRows(page)).toEqual(firstRows);
    await page.goForward();
    await page.goForward();
    await page.goForward();
    expect(page.url()).toBe(second);
    await liveResult(page);
    expect(await tableRows(page)).toEqual(secondRows);
    await page.context().close();
  });
});

describe('Explore map', () => {
  /** The provinces DuckDB (Node) gives a value for the map's indicator and period, with the label each should carry. */
  async function expectedMap(page: Page): Promise<{ labels: string[]; period: string; map: string }> {
    const search = new URL(page.url()).search;
    const state = parseState(search);
    const rows = await expected(search);
    const choice = chooseMap(rows, state)!;
    const period = await page.locator('#result select[name="at"]').inputValue();
    const byPlace = new Map<string, ResultRow>();
    for (const r of rows) {
      if (
        r.indicator === choice.indicator &&
        `${r.period_start}..${r.period_end}` === period &&
        r.value !== null &&
        !byPlace.has(r.place_code)
      )
        byPlace.set(r.place_code, r);
    }
    return {
      labels: [...byPlace.values()].map((r) => provinceLabel(r.place_vi, r.value!, 'vi')).sort(),
      period,
      map: state.map,
    };
  }
  async function drawnMap(page: Page): Promise<{ coloured: string[]; provinces: number; stops: number }> {
    return page.locator('#result .chart-wide').evaluate((svg) => ({
      coloured: [...svg.querySelectorAll('path[fill]:not([fill^="url"])')]
        .map((p) => (p.getAttribute('aria-label') ?? '').replace(/ \(.*\)$/, ''))
        .sort(),
      provinces: svg.querySelectorAll('path[aria-label]').length,
      stops: svg.querySelectorAll('path[tabindex="0"]').length,
    }));
  }

  it('draws a rate on the 63 and 34 maps: as many coloured provinces as DuckDB values, the rest hatched', async () => {
    const { page, requests } = await openPage(site, '/kham-pha/', { acceptDownloads: true });
    // National level: nothing to map, so no choice is offered.
    await page.locator('select[name="geo"]').focus();
    expect(await page.locator('#result [data-part="view"]').isVisible()).toBe(false);
    await page.locator('input[name="ind"][value="thads_case_rate"]').uncheck();
    await page.locator('input[name="ind"][value="mediation_success_rate"]').check();
    await page.locator('select[name="geo"]').selectOption('province');
    await page.locator('select[name="ptype"]').selectOption('all');
    await liveResult(page);
    expect(await page.locator('#result [data-part="chart"]').getAttribute('data-kind')).toBe('ranking');
    await page.locator('#result input[name="view"][value="map"]').check();
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    await liveResult(page);
    expect(await page.locator('#result [data-part="chart"]').getAttribute('data-kind')).toBe('map');

    // By default the period the ranking chart ranks.
    const rows = await expected(new URL(page.url()).search);
    const ranked = rankedPeriod(rows.filter((r) => r.indicator === 'mediation_success_rate'))!;
    const first = await expectedMap(page);
    expect(first.period).toBe(`${ranked.period_start}..${ranked.period_end}`);
    expect(first.labels.length).toBeGreaterThan(3);
    let drawn = await drawnMap(page);
    expect(drawn.coloured).toEqual(first.labels);
    expect([drawn.provinces, drawn.stops]).toEqual([63, 1]); // one tab stop, arrows move between provinces
    expect(await page.locator('#result [data-part="subtitle"]').textContent()).toContain(
      `${first.labels.length}/63 tỉnh, thành phố có số liệu`,
    );

    // Another period, chosen: it goes into the address, and the map follows.
    const options = await page
      .locator('#result select[name="at"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const other = options.find((o) => o !== first.period)!;
    await page.locator('#result select[name="at"]').selectOption(other);
    expect(new URL(page.url()).searchParams.get('at')).toBe(other);
    await liveResult(page);
    const second = await expectedMap(page);
    expect(second.period).toBe(other);
    expect((await drawnMap(page)).coloured).toEqual(second.labels);

    // The 34-province map: old provinces folded in by the explorer's rule (counts summed), the map still drawn.
    await page.locator('input[name="map"][value="34"]').check();
    await liveResult(page);
    expect(new URL(page.url()).searchParams.get('view')).toBe('map');
    const folded = await expectedMap(page);
    drawn = await drawnMap(page);
    expect(folded.map).toBe('34');
    expect(drawn.coloured).toEqual(folded.labels);
    expect([drawn.provinces, drawn.stops]).toEqual([34, 1]);

    // The download is the map the reader sees, legend and heading included.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#result button[data-download="svg"]').click(),
    ]);
    const file = path.join(tempDir('explore-map'), download.suggestedFilename());
    await download.saveAs(file);
    const svg = readFileSync(file, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^kham-pha_ban-do-34_mediation_success_rate_.*\.svg$/);
    expect((svg.match(/<path[^>]* fill="#[0-9a-f]{6}"/g) ?? []).length).toBe(folded.labels.length);
    expect(svg).toContain('Tỷ lệ hòa giải thành');
    expect(svg).toContain('Không có số liệu hoặc không gộp được');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#result button[data-download="png"]').click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);

    // Back to the chart; a reload keeps the map.
    await page.reload({ waitUntil: 'networkidle' });
    await liveResult(page);
    expect((await drawnMap(page)).coloured).toEqual(folded.labels);
    await page.locator('#result input[name="view"][value="chart"]').check();
    await liveResult(page);
    // On the 34 map only new provinces with a whole figure have a value: the chart fits what is left.
    const kind = chooseChart(await expected(new URL(page.url()).search)).kind;
    expect(await page.locator('#result [data-part="chart"]').getAttribute('data-kind')).toBe(kind);
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();
  });
});

describe('Explore downloads', () => {
  it('gives the result as CSV (with BOM) and Parquet with the same rows, and the chart as SVG and PNG', async () => {
    const search = '?ind=mediation_success_rate&geo=region&ptype=all';
    const { page } = await openPage(site, `/kham-pha/${search}`, { acceptDownloads: true });
    await liveResult(page);
    const rows = await expected(search);
    const dir = tempDir('explore-download');
    const save = async (format: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`#result button[data-download="${format}"]`).click(),
      ]);
      const file = path.join(dir, download.suggestedFilename());
      await download.saveAs(file);
      return file;
    };
    const csvBytes = readFileSync(await save('csv'));
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseCsv(csvBytes.toString('utf8'), 'result.csv', 'en');
    const col = (name: string) => csv.header.indexOf(name);
    expect(csv.rows.map((r) => [r.cells[col('place_vi')], r.cells[col('period_end')], r.cells[col('value')]])).toEqual(
      rows.map((r) => [r.place_vi, r.period_end, r.value === null ? '' : String(r.value)]),
    );

    const parquet = await save('parquet');
    const back = await query(
      `SELECT place_vi, period_end, value, numerator, denominator, without_counts FROM read_parquet('${parquet}')`,
    );
    expect(back).toEqual(
      rows.map((r) => ({
        place_vi: r.place_vi,
        period_end: r.period_end,
        value: r.value,
        numerator: r.numerator,
        denominator: r.denominator,
        without_counts: r.without_counts,
      })),
    );

    // Every row says where it comes from: its sources' titles and addresses, and the release.
    const release = await page.locator('meta[name="data-release"]').getAttribute('content');
    expect(csv.header.slice(-3)).toEqual(['source_titles', 'source_urls', 'release']);
    for (const r of csv.rows) {
      expect(r.cells[col('release')]).toBe(release);
      expect(r.cells[col('source_titles')]).not.toBe('');
    }

    const svg = readFileSync(await save('svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect((svg.match(/<circle/g) ?? []).length).toBe(rows.filter((r) => r.value !== null).length);
    // The chart carries its title, source line, release and licence (tests/browser/exports.test.ts for topic pages).
    const texts = exportedTexts(svg);
    const shown = (part: string) =>
      page.locator(`#result [data-part="${part}"]`).evaluate((el) => el.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts.title).toBe(await shown('title'));
    expect(texts.source).toBe(await shown('sources'));
    expect(texts['footer-0']).toBe(`Bản phát hành dữ liệu ${release}`);
    expect(texts['footer-1']).toContain('CC BY 4.0');
    const png = readFileSync(await save('png'));
    const chartWidth = Number(await page.locator('#result [data-part="chart"] svg.chart-wide').getAttribute('width'));
    expect(pngSize(png).width).toBeGreaterThanOrEqual(2 * chartWidth);
    expect(png.length).toBeGreaterThan(2_000);
    await page.context().close();
  });
});

describe('Explore SQL console', () => {
  it('runs a query, shows DuckDB’s error inline, keeps the query in the address, and cancels a long one', async () => {
    const { page, requests } = await openPage(site, '/kham-pha/', { acceptDownloads: true });
    const sql =
      "SELECT geo_code, count(*)::INTEGER AS figures FROM observations WHERE indicator = 'mediation_success_rate' " +
      'GROUP BY ALL ORDER BY figures DESC, geo_code LIMIT 5';
    await page.locator('#sql-input').fill(sql);
    await page.locator('[data-console-run]').click();
    await page.locator('[data-console-result] tbody tr').first().waitFor({ timeout: 60_000 });
    const want = await query(sql.replace('FROM observations', `FROM 'public/data/observations.parquet'`));
    const got = await page
      .locator('[data-console-result] tbody tr')
      .evaluateAll((rows) => rows.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(got).toEqual(want.map((r) => [r.geo_code, String(r.figures)]));
    expect(new URL(page.url()).searchParams.get('sql')).toBe(sql);

    await page.locator('#sql-input').fill('SELECT * FROM no_such_table');
    await page.locator('#sql-input').press('Control+Enter');
    const error = page.locator('[data-console-error]');
    await error.and(page.locator(':not([hidden])')).waitFor();
    expect(await error.textContent()).toContain('Catalog Error: Table with name no_such_table does not exist');
    expect(await page.locator('[data-console-result] table').count()).toBe(0);

    // The console cannot reach outside the site: DuckDB's file and URL access is off.
    await page.locator('#sql-input').fill(`SELECT * FROM read_csv('http://example.com/data.csv')`);
    await page.locator('[data-console-run]').click();
    await expect.poll(() => error.textContent()).toContain('Permission Error');

    await page.locator('#sql-input').fill('SELECT sum(a.range * b.range) FROM range(300000) a, range(300000) b');
    await page.locator('[data-console-run]').click();
    await page.locator('[data-console-cancel]:not([disabled])').click();
    await expect
      .poll(() => page.locator('[data-console-status]').textContent(), { timeout: 30_000 })
      .toBe('Đã dừng truy vấn.');
    expect(await page.locator('[data-console-run]').isEnabled()).toBe(true);

    // Opening the address with a query runs it.
    const link = `/kham-pha/?sql=${encodeURIComponent(sql)}`;
    await page.goto(`${site.origin}${link}`, { waitUntil: 'networkidle' });
    await page.locator('[data-console-result] tbody tr').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('#sql-input').inputValue()).toBe(sql);
    expect(await page.locator('[data-console-result] tbody tr').count()).toBe(want.length);
    expect(await page.locator('[data-console-schema] details[data-table="observations"]').count()).toBe(1);
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();
  });
});

describe('Explore upload', () => {
  it('normalizes an upload like the build: good rows join, bad rows are listed, markup stays text', async () => {
    const { page, requests } = await openPage(site, '/kham-pha/');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.locator('#upload-file').setInputFiles(FIXTURE);
    const status = page.locator('[data-upload-status]');
    await expect
      .poll(() => status.textContent(), { timeout: 60_000 })
      .toBe('Bảng upload_1: 4 dòng hợp lệ, 5 dòng bị loại.');
    const problems = await page
      .locator('table[data-upload-problems] tbody tr')
      .evaluateAll((rows) => rows.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(problems.map(([line, column, value]) => [line, column, value])).toEqual([
      ['8', 'địa bàn', 'Ben Tree'],
      ['9', 'tử số', '97.92'],
      ['10', 'tử số', '50'],
      ['11', 'chỉ tiêu', 'chi_tieu_khong_co'],
      ['12', 'địa bàn', '<img src=x onerror=alert(1)>'],
    ]);
    expect(problems[0]![3]).toContain('did you mean «Bến Tre»');
    expect(problems[1]![3]).toContain('is not a vi number');

    await page.locator('button[data-upload-join="upload_1"]').click();
    await page.locator('[data-console-result] tbody tr').first().waitFor({ timeout: 60_000 });
    const joined = await page.locator('[data-console-result] table').evaluate((table) => {
      const head = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
      return [...table.querySelectorAll('tbody tr')].map((tr) =>
        Object.fromEntries([...tr.children].map((td, i) => [head[i], td.textContent])),
      );
    });
    expect(joined.map((r) => [r.line, r.geo_code, r.value_uploaded, r.value_published])).toEqual([
      ['4', '83', '91', '91'], // Bến Tre, first half of 2018: the published 91%
      ['5', '79', '82,2667', ''],
      ['6', '17', '12.345', ''],
      ['7', '68', '70,8444', ''],
    ]);
    expect(joined[1]!.notes).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('#upload').textContent()).toContain('upload:mediation-vi.csv');
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();
  });

  it('works offline once loaded: filters, upload and downloads with the network gone', async () => {
    const { page } = await openPage(site, '/kham-pha/', { acceptDownloads: true });
    await page.locator('select[name="geo"]').focus(); // starts the engine and fetches the rest
    await page.waitForFunction(() => document.querySelector('[data-console-schema] details') !== null, null, {
      timeout: 60_000,
    });
    // Every module and the upload worker loaded (a worker still fetching its code fails offline).
    await page.locator('[data-explore][data-offline="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.context().setOffline(true);
    await page.locator('select[name="geo"]').selectOption('region');
    await liveResult(page);
    expect(await tableRows(page)).toEqual(expectedRows(await expected(new URL(page.url()).search)));
    await page.locator('#upload-file').setInputFiles(FIXTURE);
    await expect
      .poll(() => page.locator('[data-upload-status]').textContent(), { timeout: 60_000 })
      .toBe('Bảng upload_1: 4 dòng hợp lệ, 5 dòng bị loại.');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#result button[data-download="parquet"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.parquet$/);
    await page.context().close();
  });

  it('says at once why an upload fails when the upload worker never loaded, instead of waiting on it', async () => {
    const { page } = await openPage(site, '/kham-pha/');
    await page.context().route(/\/_astro\/upload-worker-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
    await page.locator('select[name="geo"]').focus(); // starts the engine, and the spare worker, which fails
    await page.waitForFunction(() => document.querySelector('[data-console-schema] details') !== null, null, {
      timeout: 60_000,
    });
    await page.waitForLoadState('networkidle');
    await page.locator('#upload-file').setInputFiles(FIXTURE);
    // Well before the 60 s after which a silent worker is taken for dead.
    const alert = page.locator('#upload [role="alert"][data-upload-failed="mediation-vi.csv"]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('Không nạp được tệp «mediation-vi.csv»: ');
    expect(await page.locator('#upload').getAttribute('aria-busy')).toBeNull();
    expect(await page.locator('[data-explore]').getAttribute('data-offline')).toBeNull();
    await page.context().close();
  });

  it('has no serious or critical a11y violation with results, an upload report and a console table', async () => {
    const { page } = await openPage(
      site,
      '/kham-pha/?ind=mediation_success_rate,thads_case_rate&geo=province&ptype=all' +
        `&sql=${encodeURIComponent('SELECT 1 AS x')}`,
      { bypassCSP: true },
    );
    await liveResult(page);
    await page.locator('[data-console-result] tbody tr').waitFor({ timeout: 60_000 });
    await page.locator('#upload-file').setInputFiles(FIXTURE);
    await page.locator('table[data-upload-problems]').waitFor({ timeout: 60_000 });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('reads a large file in a worker, piece by piece, while the page stays responsive', async () => {
    const dir = tempDir('explore-upload');
    const file = path.join(dir, 'large.csv');
    const lines = ['# locale: vi', 'indicator,geo,period,numerator,denominator,unit'];
    const provinces = ['Hà Nội', 'Bến Tre', 'Long An', 'Lâm Đồng', 'Đà Nẵng', 'Cần Thơ'];
    const ROWS = 60_000; // about 3 MB: three pieces and three batches
    for (let i = 0; i < ROWS; i++)
      lines.push(
        `mediation_success_rate,${provinces[i % 6]},năm ${1950 + (Math.floor(i / 6) % 70)},` +
          `${1000 + (i % 500)},${2000 + (i % 700)},%`,
      );
    writeFileSync(file, `${lines.join('\n')}\n`);
    const { page } = await openPage(site, '/kham-pha/');
    await page.locator('select[name="geo"]').focus(); // starts the engine
    await page.waitForFunction(() => document.querySelector('[data-console-schema] details') !== null, null, {
      timeout: 60_000,
    });
    await page.locator('#upload-file').setInputFiles(file);
    // Each poll is answered by the page's own thread: answers that arrive while the file is still
    // being read prove the reading does not hold that thread.
    const seen = new Set<number>();
    while (!(await page.locator('#upload').getAttribute('data-table'))) {
      const value = await page.evaluate(() => document.querySelector<HTMLProgressElement>('#upload-bar')!.value);
      if (value > 0 && value < 100) seen.add(value);
    }
    expect(seen.size).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-upload-status]').textContent()).toBe(
      `Bảng upload_1: ${(ROWS).toLocaleString('vi-VN')} dòng hợp lệ, 0 dòng bị loại.`,
    );
    await page.locator('#sql-input').fill('SELECT count(*)::INTEGER AS n, sum(numerator)::BIGINT AS s FROM upload_1');
    await page.locator('[data-console-run]').click();
    await page.locator('[data-console-result] tbody tr').waitFor({ timeout: 60_000 });
    let sum = 0;
    for (let i = 0; i < ROWS; i++) sum += 1000 + (i % 500);
    expect(await page.locator('[data-console-result] tbody td').allTextContents()).toEqual([
      ROWS.toLocaleString('vi-VN'),
      sum.toLocaleString('vi-VN'),
    ]);
    await page.context().close();
  });
});

describe('Explore upload faults', () => {
  /**
   * The upload worker, made to fail on its second batch of rows as a browser out of memory would:
   * `range` throws RangeError inside the reading (the worker reports it), `crash` throws it uncaught
   * (the worker dies: an `error` event), `insert` hands DuckDB a well-formed batch that does not fit the table.
   */
  const misfit = [...tableToIPC(tableFromArrays({ x: Int32Array.from([1, 2, 3]) }), 'stream')];
  const sabotage = (mode: 'range' | 'crash' | 'insert') => `(() => {
  const post = self.postMessage.bind(self);
  let batches = 0;
  self.postMessage = (message, transfer) => {
    if (message && message.type === 'rows' && ++batches === 2) {
      if (${JSON.stringify(mode)} === 'range') throw new RangeError('Array buffer allocation failed');
      if (${JSON.stringify(mode)} === 'crash') {
        setTimeout(() => { throw new RangeError('Array buffer allocation failed'); });
        return;
      }
      return post({ ...message, ipc: new Uint8Array(${JSON.stringify(misfit)}) });
    }
    return post(message, transfer);
  };
})();
`;
  let huge = '';
  beforeAll(() => {
    huge = path.join(tempDir('explore-upload-fault'), 'huge.csv');
    const lines = ['# locale: vi', 'indicator,geo,period,numerator,denominator,unit'];
    for (let i = 0; i < 60_000; i++)
      lines.push(`mediation_success_rate,Long An,năm ${1950 + (i % 70)},${1000 + (i % 500)},${2000 + (i % 700)},%`);
    writeFileSync(huge, `${lines.join('\n')}\n`);
  });

  it.each([
    ['range', 'trình duyệt hết bộ nhớ khi đọc tệp (RangeError: Array buffer allocation failed)'],
    ['crash', 'trình duyệt hết bộ nhớ khi đọc tệp (Uncaught RangeError: Array buffer allocation failed)'],
    [
      'insert',
      'DuckDB không ghi được các dòng (Binder Error: table upload_1 has 20 columns but 1 values were supplied)',
    ],
  ] as const)(
    '%s: names the file, discards the rows already loaded, and the page keeps working',
    async (mode, reason) => {
      const { page, requests } = await openPage(site, '/kham-pha/');
      await page.context().route(/\/_astro\/upload-worker-[^/]*\.js$/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          status: 200,
          headers: { 'content-type': 'text/javascript; charset=utf-8' },
          body: sabotage(mode) + (await response.text()),
        });
      });
      await page.locator('select[name="geo"]').focus(); // starts the engine (and the spare worker, sabotaged)
      await page.waitForFunction(() => document.querySelector('[data-console-schema] details') !== null, null, {
        timeout: 60_000,
      });
      await page.locator('#upload-file').setInputFiles(huge);
      const alert = page.locator('#upload [role="alert"][data-upload-failed="huge.csv"]');
      await alert.waitFor({ timeout: 60_000 });
      const text = (await alert.textContent())!;
      expect(text).toContain('Không nạp được tệp «huge.csv»: ');
      expect(text).toContain(reason);
      // One batch had reached DuckDB before the failure: it is dropped, and the page says so.
      const discarded = Number(/(\S+) dòng đã nạp được đã bị bỏ/.exec(text)?.[1]?.replace(/\./g, ''));
      expect(discarded).toBeGreaterThanOrEqual(20_000);
      expect(text).toContain('bộ lọc và truy vấn SQL vẫn dùng được');
      expect(await page.locator('[data-upload-status]').textContent()).toBe('Không nạp được tệp «huge.csv».');
      expect(await page.locator('#upload').getAttribute('aria-busy')).toBeNull();

      // The SQL console answers, and no upload table is left behind.
      await page
        .locator('#sql-input')
        .fill(`SELECT count(*)::INTEGER AS tables FROM information_schema.tables WHERE table_name LIKE 'upload_%'`);
      await page.locator('[data-console-run]').click();
      await expect
        .poll(() => page.locator('[data-console-result] tbody td').allTextContents(), { timeout: 60_000 })
        .toEqual(['0']);
      expect(await page.locator('[data-console-schema] details[data-table^="upload_"]').count()).toBe(0);

      // A filter change still gives the result DuckDB (Node) gives.
      await page.locator('select[name="geo"]').selectOption('region');
      await liveResult(page);
      expect(await tableRows(page)).toEqual(expectedRows(await expected(new URL(page.url()).search)));

      // And the next upload is read whole.
      await page.locator('#upload-file').setInputFiles(FIXTURE);
      await expect
        .poll(() => page.locator('[data-upload-status]').textContent(), { timeout: 60_000 })
        .toMatch(/^Bảng upload_\d+: 4 dòng hợp lệ, 5 dòng bị loại\.$/);
      expect(await page.locator('#upload [role="alert"]').count()).toBe(0);
      expect(outsideRequests(site, requests).filter((r) => !r.startsWith('pageerror:'))).toEqual([]);
      await page.context().unrouteAll({ behavior: 'ignoreErrors' }); // the next upload's worker may be on its way
      await page.context().close();
    },
  );
});

describe('Explore SQL console and the published files', () => {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
  const onDisk = () =>
    Object.fromEntries(
      readdirSync('dist/data', { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(path.join('dist/data', f)).isFile()) // releases/<id>/ holds earlier releases' files
        .sort()
        .map((f) => [f, sha256(readFileSync(path.join('dist/data', f)))]),
    );

  it('runs in the browser only: writes refused by DuckDB’s parser, files unchanged, a reload restores', async () => {
    const before = onDisk();
    const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as {
      files: Record<string, { sha256: string; rows: number }>;
    };
    site.served.length = 0;
    const { page, requests } = await openPage(site, '/kham-pha/');
    const run = async (sql: string) => {
      await page.locator('#sql-input').fill(sql);
      await page.locator('[data-console-run]').click();
      await page.waitForFunction(() => !document.querySelector('#console')!.hasAttribute('aria-busy'), null, {
        timeout: 60_000,
      });
      const error = page.locator('[data-console-error]');
      return {
        error: (await error.isVisible()) ? (await error.textContent())! : null,
        status: (await page.locator('[data-console-status]').textContent())!,
      };
    };
    const count = async (table: string) => {
      const { error } = await run(`SELECT count(*)::INTEGER AS n FROM ${table}`);
      return error ?? (await page.locator('[data-console-result] tbody td').first().textContent());
    };
    expect(await count('observations')).toBe(String(manifest.files['observations.parquet']!.rows));

    // The console only reads: every write, however spelled, is refused by DuckDB's parser before it runs.
    const writes = [
      'DELETE FROM observations',
      "UPDATE main.observations SET value = 99.99 WHERE indicator = 'thads_case_rate'",
      "UPDATE observations AS o SET value = 99.99 WHERE o.indicator = 'thads_case_rate'",
      'INSERT/**/INTO observations SELECT * FROM observations',
      'DELETE/**/FROM observations',
      'DROP /* c */ TABLE sources',
      'WITH x AS (SELECT 1) DELETE FROM published.observations',
      'ALTER TABLE observations RENAME TO o2',
      'TRUNCATE observations',
    ];
    for (const sql of writes) {
      const result = await run(sql);
      expect(result.error, sql).toMatch(/Expected a single SELECT statement/);
      expect(result.status, sql).toContain('chỉ chạy câu truy vấn đọc dữ liệu (SELECT)');
    }
    expect(await count('observations')).toBe(String(manifest.files['observations.parquet']!.rows));
    expect(await count('sources')).toBe(String(manifest.files['sources.parquet']!.rows));
    expect((await run('CREATE TABLE observations2 AS SELECT * FROM observations')).error).toMatch(
      /Expected a single SELECT statement/,
    );
    // The filters read the published figures.
    await page.locator('select[name="geo"]').selectOption('region');
    await liveResult(page);
    expect(await tableRows(page)).toEqual(expectedRows(await expected(new URL(page.url()).search)));

    // Writing files, attaching databases, installing extensions, reading URLs, unlocking the settings: refused inline.
    const refused: Record<string, RegExp> = {
      "COPY observations TO 'x.parquet'": /Expected a single SELECT statement/,
      "COPY observations TO 'x.csv'": /Expected a single SELECT statement/,
      "ATTACH 'x.duckdb' AS x": /Expected a single SELECT statement/,
      'LOAD httpfs': /Expected a single SELECT statement/,
      "SELECT * FROM read_csv('http://127.0.0.1:1/x.csv')": /Permission Error/,
      "SELECT * FROM read_csv('/data/sources.csv')": /Permission Error/,
      'SET enable_external_access = true': /Expected a single SELECT statement/,
      "SELECT * FROM query('DELETE FROM observations')": /Expected a single SELECT statement/,
    };
    for (const [sql, error] of Object.entries(refused)) {
      const result = await run(sql);
      expect(result.error, sql).toMatch(error);
      expect(result.status, sql).toMatch(/^Truy vấn lỗi\.$|chỉ chạy câu truy vấn đọc/);
    }
    // DuckDB-wasm takes INSTALL as a no-op (it fetches extensions on LOAD, which is refused):
    // nothing is fetched, nothing loads.
    const install = await run('INSTALL httpfs');
    expect(install.error === null || /Error/.test(install.error)).toBe(true);
    expect(
      (
        await run(
          'SELECT count(*)::INTEGER AS n FROM duckdb_extensions() ' +
            "WHERE loaded AND extension_name IN ('httpfs', 'parquet', 'json')",
        )
      ).error,
    ).toBeNull();
    expect(await page.locator('[data-console-result] tbody td').first().textContent()).toBe('0');

    // Nothing left the site, nothing was asked of it but reads, and the files are what the build wrote.
    expect(outsideRequests(site, requests)).toEqual([]);
    expect(requests.filter((u) => /x\.(parquet|csv|duckdb)|httpfs|extensions\.duckdb/.test(u))).toEqual([]);
    expect(site.served.filter((r) => /x\.(parquet|csv|duckdb)|httpfs/.test(r.path))).toEqual([]);
    expect(onDisk()).toEqual(before);
    const served = await page.evaluate(async (names) => {
      const hex = (buffer: ArrayBuffer) =>
        [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
      const out: Record<string, string> = {};
      for (const name of names)
        out[name] = hex(
          await crypto.subtle.digest(
            'SHA-256',
            await (await fetch(`/data/${name}`, { cache: 'no-store' })).arrayBuffer(),
          ),
        );
      return out;
    }, Object.keys(before));
    expect(served).toEqual(before);
    for (const [name, file] of Object.entries(manifest.files)) expect(before[name], name).toBe(file.sha256);

    // A reload starts from the published files again.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await count('observations')).toBe(String(manifest.files['observations.parquet']!.rows));
    expect(await count('sources')).toBe(String(manifest.files['sources.parquet']!.rows));
    await page.locator('select[name="geo"]').selectOption('region');
    await liveResult(page);
    expect(await tableRows(page)).toEqual(expectedRows(await expected(new URL(page.url()).search)));
    await page.context().close();
  });
});

describe('Explore links that carry a statement', () => {
  it('shows a link’s writing statement in any spelling, runs nothing; published figures stay as built', async () => {
    const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as {
      files: Record<string, { rows: number }>;
    };
    const search = '?ind=thads_case_rate&geo=national&ptype=all';
    const statements = [
      "UPDATE main.observations SET value=99.99 WHERE indicator='thads_case_rate'",
      "UPDATE observations AS o SET value = 99.99 WHERE o.indicator = 'thads_case_rate'",
      'DELETE/**/FROM observations',
      'WITH x AS (SELECT 1) DELETE FROM observations',
      'DROP /* c */ TABLE sources',
      'INSERT/**/INTO observations SELECT * FROM observations',
      'SELECT 1; DELETE FROM observations',
    ];
    const refused = async (sql: string) => {
      await page.waitForFunction(
        () => /Câu lệnh trong đường liên kết/.test(document.querySelector('[data-console-status]')!.textContent ?? ''),
        null,
        { timeout: 120_000 },
      );
      expect(await page.locator('#sql-input').inputValue(), sql).toBe(sql);
      expect(await page.locator('[data-console-error]').textContent(), sql).toMatch(/Expected a single SELECT/);
      expect(await page.locator('[data-console-result] table').count(), sql).toBe(0);
    };
    // The first statement opens the page; the others arrive as a link does on back/forward (popstate).
    const { page } = await openPage(site, `/kham-pha/${search}&sql=${encodeURIComponent(statements[0]!)}`);
    await refused(statements[0]!);
    for (const sql of statements.slice(1)) {
      await page.evaluate((s) => {
        document.querySelector('[data-console-status]')!.textContent = '';
        history.pushState(
          null,
          '',
          `${location.pathname}${location.search.replace(/&sql=.*/, '')}&sql=${encodeURIComponent(s)}`,
        );
        dispatchEvent(new PopStateEvent('popstate'));
      }, sql);
      await refused(sql);
    }
    await liveResult(page);
    expect(await tableRows(page)).toEqual(expectedRows(await expected(search)));
    await page.locator('#sql-input').fill('SELECT count(*)::INTEGER AS n FROM observations');
    await page.locator('[data-console-run]').click();
    await page.locator('[data-console-result] tbody td').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-console-result] tbody td').first().textContent()).toBe(
      String(manifest.files['observations.parquet']!.rows),
    );
    await page.context().close();
  }, 300_000);

  it('runs a link’s reading query within a time limit, and says when it stopped it', async () => {
    const sql = 'SELECT sum(a.range * b.range) FROM range(200000) a, range(200000) b';
    const { page } = await openPage(site, `/kham-pha/?sql=${encodeURIComponent(sql)}`);
    await expect
      .poll(() => page.locator('[data-console-status]').textContent(), { timeout: 180_000 })
      .toMatch(/chạy quá 10 giây nên đã được dừng/);
    expect(await page.locator('[data-console-run]').isEnabled()).toBe(true);
    await page.context().close();
  }, 240_000);
});

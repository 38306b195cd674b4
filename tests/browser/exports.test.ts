import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/build.ts';
import { downloaded, exportedTexts, pngSize } from './exported.ts';
import { openPage, outsideRequests, startSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('a chart downloaded from a topic page carries its context', () => {
  for (const [lang, pathname, release, licence] of [
    ['vi', '/thi-hanh-an/', 'Bản phát hành dữ liệu', 'Giấy phép CC BY 4.0'],
    ['en', '/en/thi-hanh-an/', 'Data release', 'Licence CC BY 4.0'],
  ] as const) {
    it(`SVG and PNG of the enforcement chart (${lang})`, async () => {
      const { page, requests } = await openPage(site, pathname, { acceptDownloads: true });
      const figure = page.locator('figure#enforcement');
      const shown = {
        title: words(await figure.locator('[data-part="title"]').textContent()),
        source: words(await figure.locator('[data-part="sources"]').textContent()),
        release: await page.locator('meta[name="data-release"]').getAttribute('content'),
      };
      expect(shown.release).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{7}$/);
      const svg = await downloaded(page, 'figure#enforcement button[data-chart-export="svg"]');
      expect(svg.name).toBe('thads_case_rate.svg');
      const text = svg.bytes.toString('utf8');
      expect(text).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      const parts = exportedTexts(text);
      expect(parts.title).toBe(shown.title);
      expect(parts.source).toBe(shown.source);
      expect(parts.subtitle).toBe(words(await figure.locator('[data-part="subtitle"]').textContent()));
      expect(parts['footer-0']).toBe(`${release} ${shown.release}`);
      expect(parts['footer-1']).toContain(licence);
      // The address that shows this figure as it was chosen (the page keeps the choice in its address).
      expect(parts['footer-2']).toMatch(new RegExp(`${site.origin}${pathname}(\\?[^#]*)?#enforcement$`));
      // The chart is in it, every dot of it, and the file fetches nothing.
      const dots = await figure.locator('[data-part="chart"] svg.chart-wide circle').count();
      expect(dots).toBeGreaterThan(0);
      expect((text.match(/<circle/g) ?? []).length).toBe(dots);
      expect(text).not.toMatch(/href="(?!#)[^"]+"/);

      const png = await downloaded(page, 'figure#enforcement button[data-chart-export="png"]');
      expect(png.name).toBe('thads_case_rate.png');
      const size = pngSize(png.bytes);
      const width = Number(await figure.locator('[data-part="chart"] svg.chart-wide').getAttribute('width'));
      expect(size.width).toBeGreaterThanOrEqual(2 * width);
      expect(size.height).toBeGreaterThan(size.width / 2);
      expect(png.bytes.length).toBeGreaterThan(20_000);
      expect(outsideRequests(site, requests)).toEqual([]);
      expect(requests.filter((r) => r.startsWith('pageerror:'))).toEqual([]);
      await page.context().close();
    });
  }

  it('a map downloads with its legend and every province (Plot draws it as a figure of two SVGs)', async () => {
    const { page } = await openPage(site, '/hoa-giai/', { acceptDownloads: true });
    const figure = page.locator('figure#mediation-map');
    const drawn = figure.locator('[data-part="chart"] > .chart-wide');
    const provinces = await drawn.locator('path[data-code]').count();
    expect(provinces).toBeGreaterThanOrEqual(34);
    const svg = await downloaded(page, 'figure#mediation-map button[data-chart-export="svg"]');
    const text = svg.bytes.toString('utf8');
    expect((text.match(/<path[^>]*data-code=/g) ?? []).length).toBe(provinces);
    // The frame, the map's own SVGs (its colour legend and the provinces), and a swatch per legend item.
    const legend = await figure.locator('[data-part="legend"] li svg').count();
    expect(text.match(/<svg/g)?.length).toBe(1 + (await drawn.locator(':scope > svg').count()) + legend);
    expect(exportedTexts(text).title).toBe(words(await figure.locator('[data-part="title"]').textContent()));
    const png = pngSize((await downloaded(page, 'figure#mediation-map button[data-chart-export="png"]')).bytes);
    expect(png.width).toBeGreaterThanOrEqual(2 * 640);
    await page.context().close();
  });

  it('the CSV of a figure names source and release on every row', async () => {
    const { page } = await openPage(site, '/thi-hanh-an/');
    const href = await page.locator('figure#enforcement a[data-part="download"]').getAttribute('href');
    const csv = decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, '')).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header!.split(',').slice(-4)).toEqual(['source_id', 'source_url', 'source_title', 'release']);
    const release = await page.locator('meta[name="data-release"]').getAttribute('content');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.endsWith(`,${release}`)).toBe(true);
    await page.context().close();
  });
});

describe('the overview prints as a one-page brief', () => {
  for (const pathname of ['/', '/en/']) {
    it(`fits one A4 page, with every figure's period and source (${pathname})`, async () => {
      const { page } = await openPage(site, pathname);
      const pdf = await page.pdf({ format: 'A4' });
      // What the PDF shows, as an image a person can look at (A4 at 96 dpi), kept beside the PDF.
      const dir = tempDir('print-brief');
      writeFileSync(path.join(dir, 'brief.pdf'), pdf);
      await page.emulateMedia({ media: 'print' });
      // A4's width less the 10 mm margins of @page, at 96 px an inch: the layout the PDF has.
      await page.setViewportSize({ width: 718, height: 1047 });
      await page.screenshot({ path: path.join(dir, 'brief.png'), fullPage: true });
      expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
      // Chrome of the screen is gone; what a reader needs to trust each figure is not.
      for (const hidden of ['.site-header nav', '.lang-switch', 'details', '.chart-exports', '.kpi-link'])
        for (const el of await page.locator(hidden).all()) expect(await el.isVisible(), hidden).toBe(false);
      const cards = page.locator('.kpi');
      expect(await cards.count()).toBeGreaterThan(0);
      for (const card of await cards.all()) {
        expect(await card.locator('.kpi-period').isVisible()).toBe(true);
        expect(await card.locator('.kpi-source').isVisible()).toBe(true);
      }
      const figures = page.locator('.overview-charts figure');
      expect(await figures.count()).toBe(2);
      for (const figure of await figures.all()) {
        for (const part of ['title', 'subtitle', 'sources'])
          expect(await figure.locator(`[data-part="${part}"]`).isVisible()).toBe(true);
        expect(await figure.locator('[data-part="chart"] svg:visible').count()).toBeGreaterThan(0);
      }
      // The release the figures come from is on the page too.
      expect(await page.locator('[data-about-data]').isVisible()).toBe(true);
      await page.context().close();
    });
  }
});

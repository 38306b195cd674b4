import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankedPeriod } from '../../src/charts/explore.ts';
import type { ResultRow } from '../../src/explore/filters.ts';
import { periodLabel } from '../../src/explore/present.ts';
import { expected, expectedRows, tableRows } from './explore-result.ts';
import { liveResult, outsideRequests, startSite, type Site } from './site.ts';

// Brushing the year span on Explore's time chart filters the table, the ranking and the map from the
// selection's aggregate: no DuckDB query, the rows DuckDB gives for that span, the span in the address.
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const SELECTION = '?ind=mediation_success_rate&geo=province&ptype=all';

/** Messages the page sent to DuckDB-wasm's worker (every query is one), counted from before the page ran. */
async function openCounted(path: string): Promise<{ page: Page; requests: string[]; messages(): Promise<number> }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    (window as unknown as { workerMessages: number }).workerMessages = 0;
    Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
      (window as unknown as { workerMessages: number }).workerMessages++;
      return post.apply(this, args as never);
    } as Worker['postMessage'];
  });
  const page = await context.newPage();
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => requests.push(`pageerror:${error.message}`));
  await page.goto(`${site.origin}/kham-pha/${path}`, { waitUntil: 'networkidle' });
  return {
    page,
    requests,
    messages: () => page.evaluate(() => (window as unknown as { workerMessages: number }).workerMessages),
  };
}

const brush = (page: Page) => page.locator('#result [data-span-brush]');

async function years(page: Page): Promise<{ first: number; last: number }> {
  const data = await brush(page).evaluate((el: HTMLElement) => ({ ...el.dataset }));
  return { first: Number(data.first), last: Number(data.last) };
}

/** Drags the pointer across the time chart from the middle of one year's bar to another's. */
async function drag(page: Page, from: number, to: number): Promise<void> {
  const { first, last } = await years(page);
  await brush(page).scrollIntoViewIfNeeded();
  const box = (await brush(page).locator('svg').boundingBox())!;
  const width = Number(await brush(page).getAttribute('data-width'));
  const band = (width - 16) / (last - first + 1);
  const x = (year: number) => box.x + ((8 + (year - first + 0.5) * band) / width) * box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x(from), y);
  await page.mouse.down();
  await page.mouse.move(x(to), y, { steps: 6 });
  await page.mouse.up();
  // The page keeps the span in its address; Playwright hears of the change a moment later.
  const span = (url: URL) => [url.searchParams.get('from'), url.searchParams.get('to')].join();
  await page.waitForURL((url) => span(url) === [Math.min(from, to), Math.max(from, to)].join(), { timeout: 10_000 });
}

async function expectSpan(page: Page, from: number | null, to: number | null): Promise<ResultRow[]> {
  // The page writes the span into its address once the change is drawn (the next frame), not before.
  const span = (url: URL) => [url.searchParams.get('from'), url.searchParams.get('to')].join();
  await page.waitForURL((url) => span(url) === [from, to].join(), { timeout: 10_000 });
  const url = new URL(page.url());
  expect(url.searchParams.get('from')).toBe(from === null ? null : String(from));
  expect(url.searchParams.get('to')).toBe(to === null ? null : String(to));
  await liveResult(page);
  const rows = await expected(url.search);
  expect(await tableRows(page)).toEqual(expectedRows(rows));
  return rows;
}

/** The span has rested: the hidden width is drawn again (no `data-settling`) and the table's columns let go. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('#result [data-part="chart"][data-settling]') &&
      !document.querySelector('#result table[data-held]'),
    null,
    { timeout: 30_000 },
  );
}

/**
 * What the result shows, settled (the width not shown is drawn once a span rests): each chart's marks with
 * the attributes a reader or the export sees, the subtitle, and the table's text.
 */
async function drawing(page: Page): Promise<{ subtitle: string; charts: string[][]; table: string[][] }> {
  await settled(page);
  return page.locator('#result').evaluate((block) => {
    const marks = 'path, rect, text, title, line, circle';
    const attributes = ['fill', 'stroke', 'aria-label', 'x', 'y', 'width', 'height', 'd', 'transform', 'id'];
    const charts = [...block.querySelector('[data-part="chart"]')!.children].map((chart) => [
      `${chart.getAttribute('class')} ${chart.getAttribute('width') ?? ''}`,
      ...[...chart.querySelectorAll(marks)].map((mark) =>
        [
          mark.tagName,
          ...attributes.flatMap((a) => (mark.hasAttribute(a) ? [`${a}=${mark.getAttribute(a)}`] : [])),
          ...(mark.tagName === 'text' || mark.tagName === 'title' ? [mark.textContent] : []),
        ].join(' '),
      ),
    ]);
    const table = [...block.querySelectorAll('[data-part="table"] tr')].map((tr) =>
      [...tr.children].map((cell) => cell.innerHTML),
    );
    return { subtitle: block.querySelector('[data-part="subtitle"]')!.textContent ?? '', charts, table };
  });
}

describe('Explore: the year span as a cross-filter', () => {
  it('brushing the time chart filters table, ranking and map with no query; the address keeps it', async () => {
    const { page, requests, messages } = await openCounted(SELECTION);
    await liveResult(page);
    const { first, last } = await years(page);
    expect(last - first).toBeGreaterThanOrEqual(3);
    const queries = await page.locator('#result').getAttribute('data-queries');
    const sent = await messages();
    expect(sent).toBeGreaterThan(0);
    const all = await expected(SELECTION);

    await drag(page, last - 1, last - 3); // right to left: the span is the same
    const rows = await expectSpan(page, last - 3, last - 1);
    expect(rows.length).toBeLessThan(all.length);
    expect(rows.every((r) => Number(r.period_end.slice(0, 4)) >= last - 3)).toBe(true);
    // The ranking shows the span's period with the most provinces, and says which.
    expect(await page.locator('#result [data-part="chart"]').getAttribute('data-kind')).toBe('ranking');
    const ranked = rankedPeriod(rows)!;
    expect(await page.locator('#result [data-part="subtitle"]').textContent()).toContain(periodLabel(ranked, 'vi'));
    const inRanked = rows.filter(
      (r) => r.value !== null && r.period_start === ranked.period_start && r.period_end === ranked.period_end,
    );
    expect(await page.locator('#result .chart-wide rect').count()).toBe(new Set(inRanked.map((r) => r.place_vi)).size);
    expect(await page.locator('[data-span-label]').textContent()).toContain(`${last - 3}–${last - 1}`);
    // Every bar of the time chart stays; those in the span are drawn dark.
    expect(await brush(page).locator('rect[data-year]').count()).toBe(last - first + 1);

    // The map shows the same span: its periods are the span's only.
    await page.locator('#result input[name="view"][value="map"]').check();
    await page.waitForSelector('#result [data-part="chart"][data-kind="map"]');
    const periods = await page
      .locator('#result select[name="at"] option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(periods.length).toBeGreaterThan(0);
    for (const p of periods) expect(Number(p.slice(12, 16))).toBeGreaterThanOrEqual(last - 3);
    expect(await page.locator('#result select[name="at"]').inputValue()).toBe(
      `${ranked.period_start}..${ranked.period_end}`,
    );
    // One year alone, the ranking's busiest: the map keeps to it.
    const busiest = rankedPeriod(all)!.period_end.slice(0, 4);
    await drag(page, Number(busiest), Number(busiest));
    const one = await expectSpan(page, Number(busiest), Number(busiest));
    const mapped = await page.locator('#result select[name="at"]').inputValue();
    expect(one.some((r) => `${r.period_start}..${r.period_end}` === mapped)).toBe(true);

    // No DuckDB query for any of it: the aggregate answered.
    expect(await page.locator('#result').getAttribute('data-queries')).toBe(queries);
    expect(await messages()).toBe(sent);

    // A reload restores the span and the map.
    await page.reload({ waitUntil: 'networkidle' });
    await expectSpan(page, Number(busiest), Number(busiest));
    expect(await brush(page).getAttribute('data-from')).toBe(busiest);
    expect(await page.locator('#result [data-part="chart"]').getAttribute('data-kind')).toBe('map');
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();
  });

  it('moves, widens and clears the span by keyboard and by the year selects, still with no query', async () => {
    const { page, messages } = await openCounted(SELECTION);
    await liveResult(page);
    const { first, last } = await years(page);
    const sent = await messages();
    await brush(page).focus();
    await page.keyboard.press('End'); // no span yet: the last year alone
    await expectSpan(page, last, last);
    await page.keyboard.press('ArrowLeft');
    await expectSpan(page, last - 1, last - 1);
    await page.keyboard.press('Shift+ArrowRight');
    await expectSpan(page, last - 1, last);
    await page.keyboard.press('Home');
    await expectSpan(page, first, first + 1);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-span-brush'))).toBe(true);
    await page.keyboard.press('Escape');
    await expectSpan(page, null, null);
    expect(await page.locator('[data-span-clear]').isHidden()).toBe(true);

    // The filters' year selects are the same span, both ways.
    await page.locator('select[name="from"]').selectOption(String(last - 2));
    await expectSpan(page, last - 2, null);
    expect(await brush(page).locator('rect[data-span-mark]').count()).toBe(1);
    await page.locator('[data-span-clear]').click();
    await expectSpan(page, null, null);
    expect(await page.locator('select[name="from"]').inputValue()).toBe('');
    expect(await messages()).toBe(sent);
    await page.context().close();
  });

  it("holds the table's columns while the span moves, then lets its text set them as a fresh page does", async () => {
    const { page } = await openCounted(SELECTION);
    await liveResult(page);
    const table = page.locator('#result table[data-result]');
    const widths = () =>
      table.evaluate((t: HTMLTableElement) => [...t.tHead!.rows[0]!.cells].map((c) => c.getBoundingClientRect().width));
    const before = await widths();
    // Changes in one task, as keys held down give them: the later ones find the columns held by the first.
    const held = await brush(page).evaluate((el: HTMLElement) => {
      el.focus();
      const press = (key: string, shiftKey = false) =>
        el.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
      press('End');
      press('ArrowLeft');
      press('ArrowRight', true);
      const t = document.querySelector<HTMLTableElement>('#result table[data-result]')!;
      const cells = [...t.tHead!.rows[0]!.cells];
      return {
        held: t.hasAttribute('data-held'),
        layout: getComputedStyle(t).tableLayout,
        set: cells.map((c) => c.style.width),
      };
    });
    expect(held.held).toBe(true);
    expect(held.layout).toBe('fixed');
    expect(held.set.map((w) => Math.round(Number.parseFloat(w)))).toEqual(before.map(Math.round));
    // At rest the widths are the content's again: no inline width left, laid out as a fresh page lays it out.
    await page.waitForFunction(() => !document.querySelector('#result table[data-result]')!.hasAttribute('data-held'));
    const { last } = await years(page);
    await expectSpan(page, last - 1, last);
    expect(await table.evaluate((t: HTMLTableElement) => t.outerHTML.includes('width:'))).toBe(false);
    const rested = await widths();
    await page.reload({ waitUntil: 'networkidle' });
    await liveResult(page);
    expect((await widths()).map(Math.round)).toEqual(rested.map(Math.round));
    await page.context().close();
  });

  it('recolours the time chart in place to exactly what a fresh page draws', async () => {
    const { page } = await openCounted(SELECTION);
    await liveResult(page);
    const { last } = await years(page);
    // The first bar marked now tells whether the bars were recoloured where they stand or drawn anew.
    await brush(page).evaluate(
      (el) => ((el.querySelector('rect[data-year]') as unknown as { kept: boolean }).kept = true),
    );
    await brush(page).focus();
    for (const key of ['End', 'ArrowLeft', 'Shift+ArrowRight']) await page.keyboard.press(key);
    await expectSpan(page, last - 1, last);
    const inPlace = await brush(page).innerHTML();
    expect(
      await brush(page).evaluate((el) => (el.querySelector('rect[data-year]') as unknown as { kept?: boolean }).kept),
    ).toBe(true);
    // The bars have no axis: each is labelled with its count, the number its title gives.
    const counts = await brush(page).evaluate((el) =>
      [...el.querySelectorAll('text[data-count]')].map((t) => [
        t.textContent,
        el.querySelector(`rect[data-year="${t.getAttribute('data-year')}"] title`)?.textContent ?? '',
      ]),
    );
    expect(counts.length).toBeGreaterThan(2);
    for (const [count, title] of counts) expect(title).toContain(`: ${count} `);
    expect(await brush(page).locator('rect[data-span-mark]').count()).toBe(1);
    await page.reload({ waitUntil: 'networkidle' });
    await liveResult(page);
    expect(await brush(page).innerHTML()).toBe(inPlace);
    // Cleared in place: no mark, every bar light again, as a page with no span draws it.
    await brush(page).focus();
    await page.keyboard.press('Escape');
    await expectSpan(page, null, null);
    const cleared = await brush(page).innerHTML();
    expect(await brush(page).locator('rect[data-span-mark]').count()).toBe(0);
    await page.reload({ waitUntil: 'networkidle' });
    await liveResult(page);
    expect(await brush(page).innerHTML()).toBe(cleared);
    await page.context().close();
  });

  it('redraws a span in place to exactly what a fresh page draws: ranking, map (both widths) and table', async () => {
    for (const width of [1280, 360]) {
      const { page } = await openCounted(`${SELECTION}&view=map`);
      await page.setViewportSize({ width, height: 900 });
      await liveResult(page);
      expect(await page.locator('#result [data-part="chart"]').getAttribute('data-kind')).toBe('map');
      const { first, last } = await years(page);
      // A province path marked now in each width tells whether the map was recoloured where it stands or drawn
      // anew: the width shown at once, the other once the span has rested.
      await page
        .locator('#result [data-part="chart"] > *')
        .evaluateAll((charts) => charts.forEach((c, i) => (c.querySelector('path[data-code]')!.id = `kept-${i}`)));
      await page.locator('select[name="from"]').selectOption(String(first)); // every year still: the same classes
      await expectSpan(page, first, null);
      await settled(page);
      expect(await page.locator('#kept-0, #kept-1').count()).toBe(2);
      await page.locator('#kept-0, #kept-1').evaluateAll((ps) => ps.forEach((p) => p.removeAttribute('id')));
      const every = await drawing(page);
      expect(every.charts).toHaveLength(2);
      expect(every.charts.flat().some((mark) => mark.startsWith('path') && mark.includes('fill=#'))).toBe(true);
      await page.reload({ waitUntil: 'networkidle' });
      await liveResult(page);
      expect(await drawing(page)).toEqual(every);
      // Other years, other values: recoloured or drawn anew, the same map as a fresh page's.
      await brush(page).focus();
      for (const key of ['Escape', 'End', 'ArrowLeft']) await page.keyboard.press(key);
      await page.keyboard.press('Shift+ArrowRight');
      await expectSpan(page, last - 1, last);
      const mapped = await drawing(page);
      await page.reload({ waitUntil: 'networkidle' });
      await liveResult(page);
      expect(await drawing(page)).toEqual(mapped);
      // The ranking, moved along the years by keys: each change draws the width shown, the other once it rests.
      await page.locator('#result input[name="view"][value="chart"]').check();
      await liveResult(page);
      await brush(page).focus();
      for (const key of ['Home', 'Shift+ArrowRight', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key);
      await expectSpan(page, first + 2, first + 4);
      // Each width's ranking is rewritten where it stands (its first bar stays the same element), not drawn anew:
      // a span a year longer (still a ranking), and back. The mark is a property: the rewrite sets the attributes.
      await settled(page);
      const firstBars = () =>
        page
          .locator('#result [data-part="chart"] > svg')
          .evaluateAll((charts) => charts.map((c) => (c.querySelector('rect') as unknown as { kept?: number }).kept));
      await page
        .locator('#result [data-part="chart"] > svg')
        .evaluateAll((charts) =>
          charts.forEach((c, i) => ((c.querySelector('rect') as unknown as { kept: number }).kept = i)),
        );
      await page.keyboard.press('Shift+ArrowRight');
      await expectSpan(page, first + 2, first + 5);
      expect(await page.locator('#result [data-part="chart"]').getAttribute('data-kind')).toBe('ranking');
      await page.keyboard.press('Shift+ArrowLeft');
      await expectSpan(page, first + 2, first + 4);
      await settled(page);
      expect(await firstBars()).toEqual([0, 1]);
      const ranked = await drawing(page);
      expect(ranked.charts.flat().filter((mark) => mark.startsWith('rect')).length).toBeGreaterThan(0);
      await page.reload({ waitUntil: 'networkidle' });
      await liveResult(page);
      expect(await drawing(page)).toEqual(ranked);
      await page.context().close();
    }
  }, 180_000); // two widths, each with three fresh pages: over a minute on a busy machine

  it('refuses a span the data does not have, says so, and shows every year', async () => {
    const { page } = await openCounted(`${SELECTION}&from=1890&to=1899`);
    await liveResult(page);
    expect(await page.locator('[data-explore-status]').textContent()).toContain(
      'Liên kết ghi khoảng năm 1890–1899, không có trong số liệu',
    );
    await expectSpan(page, null, null);
    expect(await tableRows(page)).toEqual(expectedRows(await expected(SELECTION)));
    await page.context().close();
  });
});

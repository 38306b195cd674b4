import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, pagePath, type PageId } from '../../src/i18n/routes.ts';
import {
  liveResult,
  openIn,
  openPage,
  outsideRequests,
  seriousViolations,
  sharedContext,
  startSite,
  type Site,
} from './site.ts';

// A reader on a phone (390 px): every control answers from the build, every mark can be tapped, every
// view has an address. The topic pages' controls are all known at build, so none may load the engine.

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const TOPICS: PageId[] = ['tasks', 'mediation', 'enforcement'];
const engine = (requests: readonly string[]) =>
  requests.filter((u) => u.includes('/duckdb/') || u.endsWith('.parquet'));

/** What a figure shows: its title and its chart, enough to tell one state from another. */
const figureText = (page: Page, id: string) =>
  page
    .locator(`figure#${id}`)
    .evaluate((f) =>
      [f.querySelector('[data-part="title"]')?.textContent, f.querySelector('.chart')?.innerHTML.length]
        .concat(f.querySelector('table')?.textContent)
        .join('|'),
    );

/** Picks another value in a select and waits until its figure has been redrawn. */
async function choose(page: Page, figure: string, name: string, value?: string): Promise<string> {
  const select = page.locator(`[data-figure="${figure}"] select[name="${name}"]`);
  const values = await select.evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.value));
  const current = await select.inputValue();
  const next = value ?? values.find((v) => v !== current)!;
  await page.evaluate(() => delete document.documentElement.dataset.lastChangeMs);
  await select.selectOption(next);
  await page.waitForFunction(() => document.documentElement.dataset.lastChangeMs !== undefined);
  return next;
}

describe('no sideways scroll at 360 px', () => {
  // One context for the block: a page's width depends on nothing an earlier page could leave behind.
  let phone: BrowserContext;
  beforeAll(async () => {
    phone = await sharedContext(site, { ...PHONE, viewport: { width: 360, height: 780 } });
  });
  afterAll(async () => {
    await phone?.close();
  });
  it.each((['vi', 'en'] as const).flatMap((lang) => PAGES.map((id) => ({ lang, id, path: pagePath(id, lang) }))))(
    '$path fits 360 px',
    async ({ path }) => {
      const { page } = await openIn(phone, site, path);
      // Against the screen's 360 px, not innerWidth: a mobile browser zooms out to fit a page wider than the
      // screen, which makes innerWidth grow with the overflow and would hide it.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await page.close();
    },
  );
});

describe('the movements page on a phone', () => {
  it('reads as cards, no wider than the screen and no taller than twice the overview', async () => {
    const height = async (path: string) => {
      const { page } = await openPage(site, path, PHONE);
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().width > window.innerWidth),
      );
      await page.context().close();
      return { h, wide: wide.length };
    };
    const overview = await height('/');
    const movements = await height('/phong-trao/');
    expect(movements.wide).toBe(0);
    expect(movements.h).toBeLessThanOrEqual(2 * overview.h);
  });

  it('separates the fields of a card: "label: value · label: value"', async () => {
    const { page } = await openPage(site, '/phong-trao/', PHONE);
    const before = await page
      .locator('table.cards tbody tr')
      .first()
      .locator('td')
      .evaluateAll((cells) => cells.map((td) => getComputedStyle(td, '::before').content));
    expect(before[0]).not.toContain('·');
    expect(before.slice(1).every((c) => c.startsWith('" · "') || c.startsWith('" · '))).toBe(true);
    await page.context().close();
  });
});

describe('the releases page on a phone', () => {
  it('reads each change as a card on the screen, its reason in full, not a column off to the side', async () => {
    const { page } = await openPage(site, '/du-lieu/', PHONE);
    const cards = await page.locator('table.change-list tbody tr').evaluateAll((rows) =>
      rows.map((tr) => {
        const box = tr.getBoundingClientRect();
        const reason = tr.querySelector('td:last-child')!.getBoundingClientRect();
        return { right: box.right, height: box.height, reasonRight: reason.right };
      }),
    );
    expect(cards.length).toBeGreaterThan(4);
    for (const card of cards) {
      expect(card.right).toBeLessThanOrEqual(390);
      expect(card.reasonRight).toBeLessThanOrEqual(390);
      // A card is a few lines; the table's narrow columns made a row of four changes 550 px tall.
      expect(card.height).toBeLessThan(320);
    }
    await page.context().close();
  });
});

describe("Explore's result on a phone", () => {
  it('reads as cards with the value on screen, and its sort buttons stay in sight', async () => {
    const { page } = await openPage(site, '/kham-pha/?ind=thads_case_rate&geo=province', PHONE);
    await liveResult(page);
    const table = page.locator('#result table[data-result]');
    expect(await table.getAttribute('class')).toContain('cards');
    const card = table.locator('tbody tr').first();
    const value = card.locator('td[data-label]').nth(2); // place, period, then the value
    expect(await value.evaluate((td) => getComputedStyle(td, '::before').content)).toContain(':');
    const box = (await value.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await table.evaluate((t) => t.getBoundingClientRect().width)).toBeLessThanOrEqual(390);
    // Sorting is still offered, as buttons a reader sees (not hidden yet focusable): the first sorts the cards.
    const sort = table.locator('thead button.sort').first();
    const sortBox = (await sort.boundingBox())!;
    expect(sortBox.width).toBeGreaterThan(20);
    expect(sortBox.x + sortBox.width).toBeLessThanOrEqual(390);
    await sort.click();
    await expect.poll(() => table.locator('thead th').first().getAttribute('aria-sort')).not.toBe('none');
    await page.context().close();
  });
});

describe('"Mở trong Khám phá" on a phone', () => {
  it('opens Explore at the same figure, scrolled to its result, not to the filters a screen above it', async () => {
    const { page } = await openPage(site, pagePath('mediation', 'vi'), PHONE);
    const link = page.locator('a[data-open-explore]').first();
    expect(await link.getAttribute('href')).toMatch(/^\/kham-pha\/\?.*#result$/);
    await link.click();
    await page.waitForURL(/\/kham-pha\/.*#result$/);
    await liveResult(page);
    // The result block starts on the first screen, its figure drawn; the filters are above, one tap away.
    const top = await page.locator('#result').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(844 / 2);
    expect(await page.locator('#explore-filters').evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThan(
      top + 1,
    );
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    await page.context().close();
  });
});

describe.each(TOPICS)('%s page at 390 px', (id) => {
  const path = pagePath(id, 'vi');

  it('every control changes its figure from the build, without the engine', async () => {
    const { page, requests } = await openPage(site, path, PHONE);
    const blocks = await page.locator('section[data-view] form[data-live-form]').evaluateAll((forms) =>
      forms.flatMap((f) =>
        [...f.querySelectorAll('select')].map((s) => ({
          figure: f.closest('section')!.getAttribute('data-figure')!,
          name: s.name,
        })),
      ),
    );
    expect(blocks.length).toBeGreaterThan(0);
    for (const { figure, name } of blocks) {
      const before = await figureText(page, figure);
      await choose(page, figure, name);
      expect(await figureText(page, figure), `${figure} ${name}`).not.toBe(before);
      expect(Number(await page.evaluate(() => document.documentElement.dataset.lastChangeMs))).toBeLessThan(2000);
    }
    expect(engine(requests)).toEqual([]);
    expect(outsideRequests(site, requests)).toEqual([]);
    await page.context().close();
  });

  it('a tap on a mark shows its value', async () => {
    const { page } = await openPage(site, path, PHONE);
    // A mark with a figure in its title and a size to tap, in the drawing a phone shows.
    await page
      .locator('.chart .chart-narrow')
      .first()
      .evaluate((chart) => {
        const marks = [...chart.querySelectorAll('title')].map((t) => t.parentElement!);
        const mark = marks.find(
          (m) =>
            /\d/.test(m.querySelector(':scope > title')!.textContent!) &&
            m.getBoundingClientRect().width * m.getBoundingClientRect().height > 4,
        );
        mark?.setAttribute('data-test-mark', '');
      });
    const mark = page.locator('[data-test-mark]');
    await mark.scrollIntoViewIfNeeded();
    await mark.tap({ force: true });
    const tip = page.locator('.chart-tip:not([hidden])');
    await tip.waitFor();
    const text = await mark.evaluate((m) => m.querySelector(':scope > title')?.textContent?.trim());
    expect(await tip.locator('strong').textContent()).toBe(text);
    expect(text).toMatch(/\d/);
    await page.context().close();
  });

  it('a chart drawn as an image is one tab stop; arrow keys walk its marks and show each one', async () => {
    const { page } = await openPage(site, path, { viewport: { width: 1280, height: 900 } });
    const chart = page.locator('.chart[role="img"]').first();
    expect(await chart.getAttribute('tabindex')).toBe('0');
    await chart.focus();
    const tip = page.locator('.chart-tip:not([hidden]) strong');
    const current = () => chart.evaluate((c) => c.querySelector('.mark-current > title')?.textContent?.trim() ?? null);
    const first = await current();
    expect(first).toMatch(/\d/);
    expect(await tip.textContent()).toBe(first);
    await page.keyboard.press('End');
    const last = await current();
    expect(await tip.textContent()).toBe(last);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const second = await current();
    // One mark at a time, the one the tip names.
    expect(await chart.locator('.mark-current').count()).toBe(1);
    expect(await tip.textContent()).toBe(second);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('chart'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.locator('.chart-tip:not([hidden])').count()).toBe(0);
    await page.context().close();
  });

  it('the address reproduces the view, in this language and after a language switch', async () => {
    const { page } = await openPage(site, path, PHONE);
    const figures = await page
      .locator('section[data-view]:has(form) ')
      .evaluateAll((s) => s.map((e) => e.getAttribute('data-figure')!));
    const figure = figures.at(-1)!;
    const name = await page.locator(`[data-figure="${figure}"] select`).first().getAttribute('name');
    const value = await choose(page, figure, name!);
    expect(new URL(page.url()).searchParams.get(name!)).toBe(value);
    const shown = await figureText(page, figure);
    const again = await page.context().newPage();
    await again.goto(page.url(), { waitUntil: 'networkidle' });
    await again.waitForFunction(() => document.documentElement.dataset.lastChangeMs !== undefined);
    expect(await figureText(again, figure)).toBe(shown);
    // Back returns to the view before the change.
    await page.goBack();
    await page.waitForFunction(([n, v]) => new URL(location.href).searchParams.get(n!) !== v, [name, value] as const);
    expect(await page.locator(`[data-figure="${figure}"] select[name="${name}"]`).inputValue()).not.toBe(value);
    // The language switch carries the choice.
    await again.locator('a.lang-switch').click();
    await again.waitForURL(/\/en\//);
    await again.waitForFunction(() => document.documentElement.dataset.lastChangeMs !== undefined);
    expect(await again.locator(`[data-figure="${figure}"] select[name="${name}"]`).inputValue()).toBe(value);
    expect(new URL(again.url()).searchParams.get(name!)).toBe(value);
    await page.context().close();
  });
});

describe('the province map', () => {
  it('is one tab stop; arrow keys move between provinces and show each one', async () => {
    const { page } = await openPage(site, '/hoa-giai/', PHONE);
    const map = page.locator('#mediation-map .chart-narrow');
    expect(await map.locator('path[data-code][tabindex="0"]').count()).toBe(1);
    const first = map.locator('path[data-code][tabindex="0"]');
    await first.focus();
    const start = await first.getAttribute('data-code');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(focused).toBeTruthy();
    expect(focused).not.toBe(start);
    expect(await map.locator('path[data-code][tabindex="0"]').count()).toBe(1);
    expect(await page.locator('.chart-tip:not([hidden]) strong').textContent()).toBe(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
    );
    await page.context().close();
  });
});

// The desktop width here also stands for 1280 px, where tests/browser/pages.test.ts ran the same check until it
// was found to be a duplicate (see the note at its end).
describe('axe-core at phone and desktop width', () => {
  const WIDTHS = [390, 1440] as const;
  const cases = (['vi', 'en'] as const).flatMap((lang) =>
    PAGES.flatMap((id) => WIDTHS.map((width) => ({ path: pagePath(id, lang), width }))),
  );
  // One context per width (axe looks at the page as it stands; nothing is stored between pages), a page per test.
  const contexts = new Map<number, BrowserContext>();
  beforeAll(async () => {
    // bypassCSP only to inject axe itself; the site's own scripts are not inline.
    for (const width of WIDTHS)
      contexts.set(width, await sharedContext(site, { viewport: { width, height: 900 }, bypassCSP: true }));
  });
  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
  });
  it.each(cases)('$path at $width px has no serious or critical violation', async ({ path, width }) => {
    const { page } = await openIn(contexts.get(width)!, site, path);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

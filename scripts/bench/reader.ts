import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { ServedRequest } from '../lib/static-server.ts';
import { bundle } from './bundle.ts';
import { serveCounted as serve } from './served.ts';

export interface PageLoad {
  bytes: number;
  requests: number;
  duckdbRequests: number;
  firstChartMs: number | null;
  firstContentfulPaintMs: number | null;
  /** The eager page only: when DuckDB-wasm has redrawn the charts. */
  liveChartMs: number | null;
}

export interface Interaction {
  /** From the change of a control to the figure redrawn from DuckDB-wasm's answer. */
  ms: number;
  bytes: number;
}

/** A first change of a control on a topic page, answered from the states rendered at build. */
export interface ControlChange extends Interaction {
  page: string;
  control: string;
  /** The page's own measure: from the change event to the figure redrawn, in the page. */
  inPageMs: number;
  duckdbRequests: number;
}

export interface ReaderBench {
  lazy: PageLoad;
  eager: PageLoad;
  interactionLazy: Interaction;
  interactionEager: Interaction;
  controls?: ControlChange[];
}

// Set before any page script runs: the moment the first chart's SVG is in the document.
const FIRST_CHART_PROBE = `(() => {
  const seen = () => {
    if (!window.benchFirstChart && document.querySelector('.chart svg')) window.benchFirstChart = performance.now();
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

/**
 * The eager variant: a copy of dist/ (files linked, not copied) whose overview and enforcement
 * pages load, in place of the lazy live-entry script, a bundle that starts DuckDB-wasm and loads
 * the data as the page loads.
 */
async function eagerSite(dist: string, dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dist)) symlinkSync(path.resolve(dist, entry), path.join(dir, entry));
  mkdirSync(path.join(dir, '_bench'));
  await bundle('scripts/bench/eager-entry.ts', path.join(dir, '_bench', 'eager.js'));
  for (const page of ['index.html', 'thi-hanh-an/index.html']) {
    const target = path.join(dir, page);
    const html = readFileSync(path.join(dist, page), 'utf8')
      .replace(/<script type="module" src="\/_astro\/[^"]+"><\/script>/g, '') // the site's lazy live-entry
      .replace('</body>', '<script type="module" src="/_bench/eager.js"></script></body>');
    if (page.includes('/')) {
      rmSync(path.join(dir, path.dirname(page)));
      mkdirSync(path.join(dir, path.dirname(page)));
      for (const entry of readdirSync(path.join(dist, path.dirname(page))))
        symlinkSync(path.resolve(dist, path.dirname(page), entry), path.join(dir, path.dirname(page), entry));
      rmSync(target);
    } else rmSync(target);
    writeFileSync(target, html);
  }
}

async function loadPage(
  browser: Browser,
  origin: string,
  served: ServedRequest[],
  pagePath: string,
  eager: boolean,
): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(FIRST_CHART_PROBE);
  served.length = 0;
  await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
  if (eager)
    await page.waitForFunction(() => (window as unknown as { benchEagerDone?: number }).benchEagerDone, undefined, {
      timeout: 120_000,
    });
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => ({
    firstChart: (window as unknown as { benchFirstChart?: number }).benchFirstChart ?? null,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    eagerDone: (window as unknown as { benchEagerDone?: number }).benchEagerDone ?? null,
  }));
  const result: PageLoad = {
    bytes: served.reduce((n, r) => n + r.bytes, 0),
    requests: served.length,
    duckdbRequests: served.filter((r) => r.path.includes('/duckdb/')).length,
    firstChartMs: timing.firstChart,
    firstContentfulPaintMs: timing.fcp,
    liveChartMs: timing.eagerDone,
  };
  await context.close();
  return result;
}

/** A reader changes the enforcement measure; the time until the figure is redrawn from DuckDB's answer. */
async function interact(
  browser: Browser,
  origin: string,
  served: ServedRequest[],
  eager: boolean,
): Promise<Interaction> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/thi-hanh-an/`, { waitUntil: 'load' });
  if (eager)
    await page.waitForFunction(() => (window as unknown as { benchEagerDone?: number }).benchEagerDone, undefined, {
      timeout: 120_000,
    });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.querySelector('#enforcement')?.removeAttribute('data-live'));
  served.length = 0;
  const started = performance.now();
  await page.locator('[data-figure="enforcement"] select[name="measure"]').selectOption('money');
  // "state" where the build answered the control, "true" where DuckDB-wasm did (the eager variant).
  await page.locator('#enforcement[data-live]').waitFor({ timeout: 120_000 });
  const ms = performance.now() - started;
  const bytes = served.reduce((n, r) => n + r.bytes, 0);
  await context.close();
  return { ms, bytes };
}

/** The first change of the first control of a topic page, on a fresh page: time, bytes, engine requests. */
async function changeControl(
  browser: Browser,
  origin: string,
  served: ServedRequest[],
  pagePath: string,
): Promise<ControlChange> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
  const select = page.locator('form[data-live-form] select').first();
  const figure = await select.evaluate((s) => s.closest('[data-figure]')!.getAttribute('data-figure')!);
  const name = (await select.getAttribute('name')) ?? '';
  const next = await select.evaluate((s: HTMLSelectElement) => [...s.options].find((o) => !o.selected)!.value);
  served.length = 0;
  const started = performance.now();
  await select.selectOption(next);
  await page.locator(`#${figure}[data-live]`).waitFor({ timeout: 120_000 });
  const ms = performance.now() - started;
  const inPageMs = Number(await page.evaluate(() => document.documentElement.dataset.lastChangeMs ?? 'NaN'));
  const result = {
    page: pagePath,
    control: `${figure} ${name}`,
    ms,
    inPageMs,
    bytes: served.reduce((n, r) => n + r.bytes, 0),
    duckdbRequests: served.filter((r) => r.path.includes('/duckdb/')).length,
  };
  await context.close();
  return result;
}

/** The topic pages whose controls the build answers. */
const TOPIC_PAGES = ['/nhiem-vu/', '/hoa-giai/', '/thi-hanh-an/'];

const REPEATS = 5;

/** Each topic page's first control, median of REPEATS first changes, against the site in `dist`. */
export async function benchControls(browser: Browser, dist: string): Promise<ControlChange[]> {
  const site = await serve(dist);
  try {
    const controls: ControlChange[] = [];
    for (const pagePath of TOPIC_PAGES)
      controls.push(await repeat(() => changeControl(browser, site.origin, site.served, pagePath)));
    return controls;
  } finally {
    await site.close();
  }
}

/** Runs a measurement REPEATS times; each numeric field is the median (bytes and counts do not vary). */
async function repeat<T extends object>(measure: () => Promise<T>): Promise<T> {
  const samples: T[] = [];
  for (let i = 0; i < REPEATS; i++) samples.push(await measure());
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return Object.fromEntries(
    Object.keys(samples[0]!).map((key) => {
      const values = samples.map((s) => (s as Record<string, unknown>)[key]);
      return [key, values.every((v) => typeof v === 'number') ? median(values as number[]) : values[0]];
    }),
  ) as T;
}

/** The reader's side: the overview as built, against the same page loading DuckDB-wasm eagerly. */
export async function benchReader(browser: Browser, dist: string, work: string): Promise<ReaderBench> {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run npm run build');
  const eagerDir = path.join(work, 'site-eager');
  await eagerSite(dist, eagerDir);
  const lazySite = await serve(dist);
  const eagerServer = await serve(eagerDir);
  try {
    const lazy = await repeat(() => loadPage(browser, lazySite.origin, lazySite.served, '/', false));
    const eager = await repeat(() => loadPage(browser, eagerServer.origin, eagerServer.served, '/', true));
    const interactionLazy = await repeat(() => interact(browser, lazySite.origin, lazySite.served, false));
    const interactionEager = await repeat(() => interact(browser, eagerServer.origin, eagerServer.served, true));
    const controls: ControlChange[] = [];
    for (const pagePath of TOPIC_PAGES)
      controls.push(await repeat(() => changeControl(browser, lazySite.origin, lazySite.served, pagePath)));
    return { lazy, eager, interactionLazy, interactionEager, controls };
  } finally {
    await lazySite.close();
    await eagerServer.close();
  }
}

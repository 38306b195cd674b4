// The year span as a cross-filter, measured: at 1M rows in Chromium, the time from a span change on Explore's
// time chart (its own keys, through the page's real code) to the table, the chart or the map redrawn, over
// fresh browser contexts; beside it plain typed arrays and Arquero computing the same span from every row
// again, and the page's cut of its aggregate alone. Results are checked equal (DuckDB for Node's aggregate,
// the baselines' sums, the page's table), and the page must send no query to DuckDB while spans change.
//
//   node scripts/bench/crossfilter.ts [--data bench-data/built-1000000-seed1] [--contexts 5] [--runs 3]
// (scripts/bench.ts calls benchCrossFilter with the analyst's 1M set.)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { openParquetDb } from '../../src/build/db.ts';
import { loadAggregate, spanResult, type SpanAggregate } from '../../src/explore/cross-filter.ts';
import { periodLabel, placeLabel, valueText } from '../../src/explore/present.ts';
import { parseState } from '../../src/explore/state.ts';
import { TABLE_ROWS } from '../../src/explore/table.ts';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { MANIFEST_META } from '../../src/lib/integrity.ts';
import { launchChromium } from '../lib/browser.ts';
import { openDuckDB, sqlText } from '../lib/parquet.ts';
import { bundle } from './bundle.ts';
import type { SpanRow } from './crossfilter-baseline.ts';
import { serveCounted } from './served.ts';

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export interface CrossFilterBench {
  rows: number;
  selection: string;
  /** Rows of the selection's aggregate (one DuckDB query), and of the spans measured (the table draws 100). */
  aggregateRows: number;
  spanRows: { min: number; max: number };
  contexts: number;
  /** Span change → table + ranking chart (or + map) redrawn and laid out: each context's median, spread over them. */
  chartMs: Spread;
  mapMs: Spread;
  /** The slowest change seen in any context (chart or map). */
  worstMs: number;
  /** The same spans computed from every row: plain typed arrays, Arquero; and the page's cut alone (no drawing). */
  jsMs: Spread;
  arqueroMs: Spread;
  cutMs: Spread;
  /** Queries (DuckDB worker messages) sent while spans changed: 0 is the point. */
  workerMessages: number;
  same: boolean;
}

const SELECTION = '?ind=thads_case_rate&geo=province&ptype=month';
const INDICATOR = 'thads_case_rate';

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)!, n: sorted.length };
}
const median = (values: number[]) => spread(values).median;

/**
 * The synthetic set is made of district rows only, which Explore leaves out at every level (a part of a
 * province beside its total would count twice). For the bench its district label is dropped, so that each
 * of the 1M rows counts at province level: 63 provinces × months, each group's counts summed by the page.
 */
async function provinceSet(built: string, work: string): Promise<string> {
  const dir = path.join(work, `crossfilter-${path.basename(built)}`);
  const file = path.join(dir, 'observations.parquet');
  if (existsSync(file)) return dir;
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(built))
    if (name !== 'observations.parquet' && name !== 'manifest.json')
      symlinkSync(path.resolve(built, name), path.join(dir, name));
  const db = await openDuckDB();
  const source = sqlText(path.join(built, 'observations.parquet'));
  await db.run(
    `COPY (SELECT * REPLACE (NULL::VARCHAR AS subdivision) FROM read_parquet(${source}))
     TO ${sqlText(file)} (FORMAT parquet, COMPRESSION zstd)`,
  );
  db.closeSync();
  const bytes = readFileSync(file);
  const manifest = JSON.parse(readFileSync(path.join(built, 'manifest.json'), 'utf8'));
  manifest.files['observations.parquet'] = {
    ...manifest.files['observations.parquet'],
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** The built site with `data` in place of its data, and Explore's page naming that data's manifest. */
function siteWith(dist: string, data: string, work: string): string {
  const dir = path.join(work, 'crossfilter-site');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'kham-pha'), { recursive: true });
  for (const name of readdirSync(dist))
    if (name !== 'data' && name !== 'kham-pha') symlinkSync(path.resolve(dist, name), path.join(dir, name));
  symlinkSync(path.resolve(data), path.join(dir, 'data'));
  for (const name of readdirSync(path.join(dist, 'kham-pha')))
    if (name !== 'index.html') symlinkSync(path.resolve(dist, 'kham-pha', name), path.join(dir, 'kham-pha', name));
  const hash = createHash('sha256')
    .update(readFileSync(path.join(data, 'manifest.json')))
    .digest('hex');
  const html = readFileSync(path.join(dist, 'kham-pha', 'index.html'), 'utf8').replace(
    new RegExp(`(<meta name="${MANIFEST_META}" content=")[0-9a-f]*(")`),
    `$1${hash}$2`,
  );
  writeFileSync(path.join(dir, 'kham-pha', 'index.html'), html);
  return dir;
}

/** The baselines' page: its bundle and an index naming it, with the site's policy plus Arquero's eval. */
async function baselineSite(data: string, work: string): Promise<string> {
  const dir = path.join(work, 'crossfilter-baseline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await bundle('scripts/bench/crossfilter-baseline.ts', path.join(dir, 'baseline.js'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/baseline.js"></script>\n',
  );
  symlinkSync(path.resolve(data), path.join(dir, 'data'));
  return dir;
}

interface PageRun {
  times: number[];
  spans: Array<[number, number]>;
  rows: number[];
}

/**
 * In the page: the brush's own keys move a span across the years and back, each change timed from the key
 * to the redrawn result laid out (the page redraws synchronously: no query to wait for).
 */
function moveSpans(page: Page, steps: number): Promise<PageRun> {
  return page.evaluate((count) => {
    const block = document.querySelector<HTMLElement>('#result')!;
    const brush = block.querySelector<HTMLElement>('[data-span-brush]')!;
    const press = (key: string, shiftKey = false) =>
      brush.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
    const last = Number(brush.dataset.last);
    brush.focus(); // as a reader's keys have it
    press('Escape');
    press('Home');
    press('ArrowRight', true); // a two-year span at the start
    const times: number[] = [];
    const spans: Array<[number, number]> = [];
    const rows: number[] = [];
    let step = 'ArrowRight';
    for (let i = 0; i < count; i++) {
      if (Number(brush.dataset.to) >= last) step = 'ArrowLeft';
      else if (Number(brush.dataset.from) <= Number(brush.dataset.first)) step = 'ArrowRight';
      const started = performance.now();
      press(step);
      block.getBoundingClientRect(); // style and layout of what was drawn
      times.push(performance.now() - started);
      const from = Number(brush.dataset.from);
      const to = Number(brush.dataset.to);
      if (!block.dataset.state?.includes(`from=${from}&to=${to}`)) throw new Error(`span ${from}–${to} not shown`);
      spans.push([from, to]);
      rows.push(Number(block.dataset.rows));
    }
    return { times, spans, rows };
  }, steps);
}

function spanRows(aggregate: SpanAggregate, from: number, to: number): SpanRow[] {
  return spanResult(aggregate, from, to)
    .rows.filter((r) => r.numerator !== null && r.denominator !== null)
    .map((r): SpanRow => [r.place_code, Date.parse(`${r.period_end}T00:00:00Z`) / 864e5, r.numerator!, r.denominator!])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}

function sameSums(a: readonly SpanRow[], b: readonly SpanRow[]): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return (
    a.length > 0 &&
    a.length === b.length &&
    a.every((r, i) => r[0] === b[i]![0] && r[1] === b[i]![1] && close(r[2], b[i]![2]) && close(r[3], b[i]![3]))
  );
}

export async function benchCrossFilter(
  browser: Browser,
  work: string,
  dist: string,
  built: string,
  options: { contexts?: number; runs?: number; log?: (m: string) => void } = {},
): Promise<CrossFilterBench> {
  const contexts = options.contexts ?? 5;
  const runs = options.runs ?? 3;
  const log = options.log ?? console.log;
  mkdirSync(work, { recursive: true });
  const data = await provinceSet(built, work);
  const node = await openParquetDb(data);
  const aggregate = await loadAggregate(node, parseState(SELECTION));
  const total = Number(
    JSON.parse(readFileSync(path.join(data, 'manifest.json'), 'utf8')).files['observations.parquet'].rows,
  );
  node.close();

  // The page, CONTEXTS times from nothing: engine, 1M rows, the selection's one query; then the spans move.
  const site = await serveCounted(siteWith(dist, data, work));
  const chart: number[] = [];
  const map: number[] = [];
  let worst = 0;
  let workerMessages = 0;
  let pageSpans: Array<[number, number]> = [];
  let same = true;
  const spanSizes: number[] = [];
  try {
    for (let c = 0; c < contexts; c++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        const post = Worker.prototype.postMessage;
        (window as unknown as { sent: number }).sent = 0;
        Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
          (window as unknown as { sent: number }).sent++;
          return post.apply(this, args as never);
        } as Worker['postMessage'];
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => log(`    page error: ${error.message}`));
      await page.goto(`${site.origin}/kham-pha/${SELECTION}`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => {
          const block = document.querySelector<HTMLElement>('#result');
          return block?.dataset.queries === '1' && !block.hasAttribute('aria-busy');
        },
        undefined,
        { timeout: 180_000 },
      );
      const sent = await page.evaluate(() => (window as unknown as { sent: number }).sent);
      const steps = runs * 2 * (aggregate.years!.last - aggregate.years!.first);
      const charted = await moveSpans(page, steps);
      await page.locator('#result input[name="view"][value="map"]').check();
      await page.waitForSelector('#result [data-part="chart"][data-kind="map"]', { timeout: 60_000 });
      const mapped = await moveSpans(page, steps);
      workerMessages += (await page.evaluate(() => (window as unknown as { sent: number }).sent)) - sent;
      if ((await page.locator('#result').getAttribute('data-queries')) !== '1') same = false;
      // The page's table is the aggregate's span, as DuckDB for Node cut it.
      const [from, to] = mapped.spans.at(-1)!;
      const shown = await page
        .locator('#result tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((cell) => cell.textContent ?? '')));
      const want = spanResult(aggregate, from, to)
        .rows.slice(0, TABLE_ROWS)
        .map((r) => [r.indicator_vi, placeLabel(r, 'vi'), periodLabel(r, 'vi'), valueText(r, 'vi')]);
      if (JSON.stringify(shown) !== JSON.stringify(want)) same = false;
      chart.push(median(charted.times));
      map.push(median(mapped.times));
      worst = Math.max(worst, ...charted.times, ...mapped.times);
      spanSizes.push(...charted.rows, ...mapped.rows);
      pageSpans = charted.spans;
      log(
        `  context ${c + 1}: span change → table + ranking ${median(charted.times).toFixed(1)} ms, ` +
          `→ table + map ${median(mapped.times).toFixed(1)} ms (median of ${steps} each)`,
      );
      await context.close();
    }
  } finally {
    await site.close();
  }

  // The baselines, each span from every row, in their own fresh contexts; the page's cut alone beside them.
  const baseline = await serveCounted(await baselineSite(data, work), {
    pagePolicy: () => contentSecurityPolicy(true).replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
  });
  const spans = [...new Map(pageSpans.map((s) => [s.join('-'), s])).values()];
  const js: number[] = [];
  const arquero: number[] = [];
  const cut: number[] = [];
  try {
    for (let c = 0; c < contexts; c++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${baseline.origin}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => 'crossBench' in globalThis);
      type CrossBench = {
        load(url: string): Promise<number>;
        run(e: string, i: string, s: Array<[number, number]>, n: number): { times: number[]; last: SpanRow[] };
        cut(rows: unknown[], s: Array<[number, number]>, n: number): number[];
      };
      const loaded = await page.evaluate(
        (url) => (globalThis as unknown as { crossBench: CrossBench }).crossBench.load(url),
        '/data/observations.parquet',
      );
      if (loaded !== total) throw new Error(`baseline read ${loaded} rows, not ${total}`);
      const measure = (engine: 'js' | 'arquero', list: Array<[number, number]>) =>
        page.evaluate(
          ([e, i, s, n]) =>
            (globalThis as unknown as { crossBench: CrossBench }).crossBench.run(
              e as string,
              i as string,
              s as Array<[number, number]>,
              n as number,
            ),
          [engine, INDICATOR, list, runs] as const,
        );
      const plain = await measure('js', spans);
      const aq = await measure('arquero', spans);
      const times = await page.evaluate(
        ([rows, s, n]) =>
          (globalThis as unknown as { crossBench: CrossBench }).crossBench.cut(
            rows as unknown[],
            s as Array<[number, number]>,
            n as number,
          ),
        [aggregate.rows, spans, runs] as const,
      );
      // The last span: every engine's sums equal the aggregate's.
      const [from, to] = spans.at(-1)!;
      const want = spanRows(aggregate, from, to);
      if (!sameSums(plain.last, want) || !sameSums(aq.last, want)) same = false;
      js.push(median(plain.times));
      arquero.push(median(aq.times));
      cut.push(median(times));
      log(
        `  baselines, context ${c + 1}: typed arrays ${median(plain.times).toFixed(1)} ms, ` +
          `Arquero ${median(aq.times).toFixed(1)} ms; the page's cut alone ${median(times).toFixed(3)} ms`,
      );
      await context.close();
    }
  } finally {
    await baseline.close();
  }
  return {
    rows: total,
    selection: SELECTION,
    aggregateRows: aggregate.rows.length,
    spanRows: { min: Math.min(...spanSizes), max: Math.max(...spanSizes) },
    contexts,
    chartMs: spread(chart),
    mapMs: spread(map),
    worstMs: worst,
    jsMs: spread(js),
    arqueroMs: spread(arquero),
    cutMs: spread(cut),
    workerMessages,
    same,
  };
}

/** The figure as the report prints it. */
export function crossFilterLine(r: CrossFilterBench): string {
  const f = (s: Spread, digits = 1) =>
    `${s.median.toFixed(digits)} ms (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
  return (
    `cross-filter update at ${r.rows.toLocaleString('en')} rows: table + ranking ${f(r.chartMs)}, ` +
    `table + map ${f(r.mapMs)} median (range over ${r.contexts} fresh contexts; worst single change ` +
    `${r.worstMs.toFixed(1)} ms), ${r.workerMessages} DuckDB messages while spans changed; from every row ` +
    `again: typed arrays ${f(r.jsMs)}, Arquero ${f(r.arqueroMs)}; the page's cut of its ` +
    `${r.aggregateRows}-row aggregate alone ${f(r.cutMs, 3)}; results ${r.same ? 'equal' : 'DIFFER'}`
  );
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: 'bench-data/built-1000000-seed1' },
      dist: { type: 'string', default: 'dist' },
      contexts: { type: 'string', default: '5' },
      runs: { type: 'string', default: '3' },
    },
  });
  const browser = await launchChromium();
  try {
    const result = await benchCrossFilter(browser, path.resolve('bench-data'), values.dist!, values.data!, {
      contexts: Number(values.contexts),
      runs: Number(values.runs),
    });
    console.log(JSON.stringify(result, null, 2));
    console.log(crossFilterLine(result));
  } finally {
    await browser.close();
  }
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { MANIFEST_META } from '../../src/lib/integrity.ts';
import { bundle } from './bundle.ts';
import { descendantsRss } from './memory.ts';
import { QUERIES, type ResultRow, sameResult } from './queries.ts';
import { serveCounted } from './served.ts';

export interface Latency {
  median: number;
  p95: number;
  runs: number;
}

/** Median and range of one figure over fresh browser contexts. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export interface SizeBench {
  rows: number;
  parquetBytes: number;
  /** The page's own loader (openBrowserDb), each in a fresh browser context. */
  load: {
    /** Worker and wasm fetched, DuckDB-wasm instantiated and opened. */
    engineMs: Spread;
    /** After the engine: every table fetched, hashed, decoded and inserted (they start with the engine). */
    dataMs: Spread;
    /** From the call to every table ready: engine and data, which overlap. */
    readyMs: Spread;
    /** From the call to the first Explore query answered. */
    firstResultMs: Spread;
    /** observations.parquet's loader steps (fetch, hash, decode, serialize, insert, count), summed over batches. */
    phasesMs: Record<string, Spread>;
    /** Bytes the server sent while loading (HEAD responses count 0). */
    bytesSent: number;
  };
  /** observations.parquet decoded and inserted by the loader before the column path and by today's, same page. */
  beforeAfter: {
    legacyDecodeMs: number;
    legacyInsertMs: number;
    currentDecodeMs: number;
    currentInsertMs: number;
    sameRows: boolean;
  } | null;
  /** The same Parquet for the baselines, in the same page: fetched, six columns decoded, Arquero table built. */
  baselines: { fetchMs: Spread; jsMs: Spread; arqueroMs: Spread };
  queries: Array<{ id: string; label: string; duckdb: Latency; js: Latency; arquero: Latency; same: boolean }>;
  memory: {
    duckdbBytes: number;
    jsColumnsBytes: number;
    jsHeapBytes: number;
    chromiumRssBytes: number;
    chromiumRssIdleBytes: number;
  };
}

export interface RemoteBench {
  rows: number;
  partitions: number;
  totalBytes: number;
  /** Chromium's resident memory (all its processes) after the remote queries, and the page's JS heap. */
  chromiumRssBytes: number;
  jsHeapBytes: number;
  queries: Array<{
    id: string;
    label: string;
    latency: Latency;
    bytesFetched: number;
    requests: number;
    partitionsRead: number;
    same: boolean;
  }>;
}

type Engine = 'duckdb' | 'js' | 'arquero';

interface Bench {
  load(): Promise<{ engineMs: number; dataMs: number; totalMs: number; phases: Record<string, number> }>;
  decode(url: string): Promise<{ fetchMs: number; jsMs: number; arqueroMs: number; bytes: number }>;
  compareLoaders(url: string): Promise<{
    legacyDecodeMs: number;
    legacyInsertMs: number;
    legacyRows: number;
    currentDecodeMs: number;
    currentInsertMs: number;
    currentRows: number;
  }>;
  sql(text: string): Promise<ResultRow[]>;
  run(engine: Engine, id: string, runs: number): Promise<Latency & { result: ResultRow[] }>;
  remote(
    base: string,
    id: string,
    runs: number,
  ): Promise<
    Latency & {
      result: ResultRow[];
      bytesFetched: number;
      totalBytes: number;
      requests: number;
      partitionsRead: number;
      partitions: number;
    }
  >;
  memory(): Promise<{ duckdbBytes: number; jsColumnsBytes: number; jsHeapBytes: number }>;
}

declare const bench: Bench;

/** Fresh browser contexts per size: each starts the engine and loads the data from nothing. */
export const CONTEXTS = 5;

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)!, n: sorted.length };
}

/**
 * The harness page's policy: the site's live policy (self-hosted scripts, WebAssembly for DuckDB-wasm) and
 * 'unsafe-eval' for the Arquero baseline, which compiles its expressions with `new Function`. The site's pages
 * never carry it; only this page, served by the bench alone.
 */
const HARNESS_POLICY = contentSecurityPolicy(true).replace("script-src 'self'", "script-src 'self' 'unsafe-eval'");
export const HARNESS_SERVER = { pagePolicy: () => HARNESS_POLICY };

/** A folder served for the harness: its page, its bundle, DuckDB-wasm's files, and `data` as the site has it. */
export async function harnessSite(work: string, duckdbDir: string, data: string): Promise<string> {
  const dir = path.join(work, 'harness');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await bundle('scripts/bench/harness.ts', path.join(dir, 'harness.js'));
  // As a page of the site does, the harness names the manifest it was made for (the loader checks it).
  const manifest = path.join(data, 'manifest.json');
  const hash = existsSync(manifest) ? createHash('sha256').update(readFileSync(manifest)).digest('hex') : '';
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench (synthetic data)</title>' +
      `<meta name="${MANIFEST_META}" content="${hash}">` +
      '<script type="module" src="/harness.js"></script>\n',
  );
  symlinkSync(path.resolve(duckdbDir), path.join(dir, 'duckdb'));
  symlinkSync(path.resolve(data), path.join(dir, 'data'));
  return dir;
}

export async function openHarness(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => 'bench' in globalThis);
  return page;
}

/**
 * For each size (a folder built by `npm run data`): CONTEXTS fresh pages load it through the page's
 * loader into DuckDB-wasm, and the same Parquet into typed arrays and Arquero; the last page runs
 * every query in all three `runs` times and reports latency, agreement and memory.
 */
export async function benchAnalyst(
  browser: Browser,
  work: string,
  duckdbDir: string,
  sizes: Array<{ rows: number; dir: string; bytes: number }>,
  runs: number,
  log: (m: string) => void,
  beforeAfter = true,
): Promise<SizeBench[]> {
  const results: SizeBench[] = [];
  for (const size of sizes) {
    const dir = await harnessSite(work, duckdbDir, size.dir);
    const site = await serveCounted(dir, HARNESS_SERVER);
    try {
      const loads: Array<{
        engineMs: number;
        dataMs: number;
        totalMs: number;
        firstResultMs: number;
        bytes: number;
        phases: Record<string, number>;
      }> = [];
      const bases: Array<{ fetchMs: number; jsMs: number; arqueroMs: number }> = [];
      let page: Page | undefined;
      let idle = 0;
      for (let i = 0; i < CONTEXTS; i++) {
        await page?.context().close();
        page = await openHarness(browser, site.origin);
        idle = descendantsRss();
        site.served.length = 0;
        const load = await page.evaluate(async (id) => {
          const l = await bench.load();
          const started = performance.now();
          await bench.run('duckdb', id, 0);
          return { ...l, firstResultMs: l.totalMs + performance.now() - started };
        }, QUERIES[0]!.id);
        loads.push({ ...load, bytes: site.served.reduce((n, r) => n + r.bytes, 0) });
        bases.push(await page.evaluate((url) => bench.decode(url), '/data/observations.parquet'));
        const base = bases.at(-1)!;
        log(
          `  ${size.rows} rows, context ${i + 1}: engine ${Math.round(load.engineMs)} ms, then data ` +
            `${Math.round(load.dataMs)} ms, ready ${Math.round(load.totalMs)} ms (${phaseText(load.phases)}); JS ` +
            `${Math.round(base.jsMs)} ms, Arquero ${Math.round(base.arqueroMs)} ms`,
        );
      }
      let compared: Awaited<ReturnType<Bench['compareLoaders']>> | null = null;
      if (beforeAfter) {
        log('    before/after: the previous loader and this one, same page, same file');
        compared = await page!.evaluate((url) => bench.compareLoaders(url), '/data/observations.parquet');
        const { legacyDecodeMs, legacyInsertMs, currentDecodeMs, currentInsertMs } = compared;
        log(
          `    previous loader: decode ${Math.round(legacyDecodeMs)} ms, insert ${Math.round(legacyInsertMs)} ms; ` +
            `this one: decode ${Math.round(currentDecodeMs)} ms, insert ${Math.round(currentInsertMs)} ms`,
        );
      }
      const queries: SizeBench['queries'] = [];
      for (const query of QUERIES) {
        const measure = (engine: Engine) =>
          page!.evaluate(([e, id, n]) => bench.run(e as Engine, id as string, n as number), [
            engine,
            query.id,
            runs,
          ] as const);
        const duck = await measure('duckdb');
        const js = await measure('js');
        const arquero = await measure('arquero');
        queries.push({
          id: query.id,
          label: query.label,
          duckdb: pick(duck),
          js: pick(js),
          arquero: pick(arquero),
          same: duck.result.length > 0 && sameResult(duck.result, js.result) && sameResult(duck.result, arquero.result),
        });
        const f = (l: Latency) => `${l.median.toFixed(1)} ms`;
        log(`    ${query.id}: DuckDB ${f(duck)}, JS ${f(js)}, Arquero ${f(arquero)}`);
      }
      const memory = await page!.evaluate(() => bench.memory());
      const rss = descendantsRss();
      await page!.context().close();
      results.push({
        rows: size.rows,
        parquetBytes: size.bytes,
        load: {
          engineMs: spread(loads.map((l) => l.engineMs)),
          dataMs: spread(loads.map((l) => l.dataMs)),
          readyMs: spread(loads.map((l) => l.totalMs)),
          firstResultMs: spread(loads.map((l) => l.firstResultMs)),
          phasesMs: phaseSpreads(loads.map((l) => l.phases)),
          bytesSent: spread(loads.map((l) => l.bytes)).median,
        },
        baselines: {
          fetchMs: spread(bases.map((b) => b.fetchMs)),
          jsMs: spread(bases.map((b) => b.jsMs)),
          arqueroMs: spread(bases.map((b) => b.arqueroMs)),
        },
        beforeAfter: compared && {
          legacyDecodeMs: compared.legacyDecodeMs,
          legacyInsertMs: compared.legacyInsertMs,
          currentDecodeMs: compared.currentDecodeMs,
          currentInsertMs: compared.currentInsertMs,
          sameRows: compared.legacyRows === size.rows && compared.currentRows === size.rows,
        },
        queries,
        memory: { ...memory, chromiumRssBytes: rss, chromiumRssIdleBytes: idle },
      });
    } finally {
      await site.close();
    }
  }
  return results;
}

/** The partitioned set read by range in the browser: every query, bytes fetched against the whole. */
export async function benchRemote(
  browser: Browser,
  work: string,
  duckdbDir: string,
  partitionsDir: string,
  rows: number,
  expected: Record<string, ResultRow[]>,
  runs: number,
): Promise<RemoteBench> {
  const dir = await harnessSite(work, duckdbDir, partitionsDir);
  const site = await serveCounted(dir, HARNESS_SERVER);
  const origin = site.origin;
  try {
    const page = await openHarness(browser, origin);
    const queries: RemoteBench['queries'] = [];
    let totalBytes = 0;
    let partitions = 0;
    for (const query of QUERIES) {
      const r = await page.evaluate(([base, id, n]) => bench.remote(base as string, id as string, n as number), [
        `${origin}/data/`,
        query.id,
        runs,
      ] as const);
      totalBytes = r.totalBytes;
      partitions = r.partitions;
      queries.push({
        id: query.id,
        label: query.label,
        latency: pick(r),
        bytesFetched: r.bytesFetched,
        requests: r.requests,
        partitionsRead: r.partitionsRead,
        same: sameResult(r.result, expected[query.id] ?? []),
      });
    }
    const { jsHeapBytes } = await page.evaluate(() => ({
      jsHeapBytes: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    }));
    const chromiumRssBytes = descendantsRss();
    await page.context().close();
    return { rows, partitions, totalBytes, chromiumRssBytes, jsHeapBytes, queries };
  } finally {
    await site.close();
  }
}

/** "fetch+hash 40 ms, decode 700 ms, …" */
export function phaseText(phases: Record<string, number>): string {
  return Object.entries(phases)
    .map(([step, ms]) => `${step} ${Math.round(ms)} ms`)
    .join(', ');
}

/** Each step's median and range over the contexts (0 in a context that did not take it). */
export function phaseSpreads(runs: Array<Record<string, number>>): Record<string, Spread> {
  const steps = [...new Set(runs.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(steps.map((step) => [step, spread(runs.map((r) => r[step] ?? 0))]));
}

function pick(l: Latency): Latency {
  return { median: l.median, p95: l.p95, runs: l.runs };
}

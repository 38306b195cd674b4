import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createStaticServer, listen, type ServedRequest } from '../lib/static-server.ts';
import { bundle } from './bundle.ts';
import { descendantsRss } from './memory.ts';
import { QUERIES, sameResult, type ResultRow } from './queries.ts';

export interface Latency {
  median: number;
  p95: number;
  runs: number;
}

export interface SizeBench {
  rows: number;
  parquetBytes: number;
  /** DuckDB-wasm started (worker + wasm instantiated), from a click. */
  engineMs: number;
  /** Query columns fetched by range and decoded with hyparquet. */
  decodeMs: number;
  bytesFetched: number;
  insertMs: number;
  /** From the click to the first result: engine + decode + insert + first query. */
  firstResultMs: number;
  queries: Array<{ id: string; label: string; duckdb: Latency; js: Latency; same: boolean }>;
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

interface Bench {
  open(): Promise<number>;
  decode(url: string): Promise<{ ms: number; bytes: number }>;
  insert(): Promise<number>;
  sql(text: string): Promise<ResultRow[]>;
  run(engine: 'duckdb' | 'js', id: string, runs: number): Promise<Latency & { result: ResultRow[] }>;
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

/** A folder served for the harness: its page, its bundle, DuckDB-wasm's files and the data, linked. */
async function harnessSite(work: string, duckdbDir: string, datasets: Record<string, string>): Promise<string> {
  const dir = path.join(work, 'harness');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  await bundle('scripts/bench/harness.ts', path.join(dir, 'harness.js'));
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench (synthetic data)</title><script type="module" src="/harness.js"></script>\n',
  );
  symlinkSync(path.resolve(duckdbDir), path.join(dir, 'duckdb'));
  for (const [name, target] of Object.entries(datasets))
    symlinkSync(path.resolve(target), path.join(dir, 'data', name));
  return dir;
}

async function openHarness(browser: Browser, origin: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => 'bench' in globalThis);
  return page;
}

/**
 * For each size: a fresh page loads the synthetic Parquet into DuckDB-wasm and into typed arrays
 * (one decode), runs every query in both `runs` times, and reports latency, agreement and memory.
 */
export async function benchAnalyst(
  browser: Browser,
  work: string,
  duckdbDir: string,
  sizes: Array<{ rows: number; file: string; bytes: number }>,
  runs: number,
  log: (m: string) => void,
  onResult: (rows: number, id: string, result: ResultRow[]) => void = () => {},
): Promise<SizeBench[]> {
  const dir = await harnessSite(work, duckdbDir, Object.fromEntries(sizes.map((s) => [`${s.rows}.parquet`, s.file])));
  const served: ServedRequest[] = [];
  const server = createStaticServer(dir, (r) => served.push(r));
  const origin = await listen(server);
  const results: SizeBench[] = [];
  try {
    for (const size of sizes) {
      const page = await openHarness(browser, origin);
      const idle = descendantsRss();
      const load = await page.evaluate(async (url) => {
        const started = performance.now();
        const engineMs = await bench.open();
        const decoded = await bench.decode(url);
        const insertMs = await bench.insert();
        return {
          engineMs,
          decodeMs: decoded.ms,
          bytesFetched: decoded.bytes,
          insertMs,
          firstResultMs: performance.now() - started,
        };
      }, `/data/${size.rows}.parquet`);
      const first = await page.evaluate(async (id) => {
        const started = performance.now();
        await bench.run('duckdb', id, 0);
        return performance.now() - started;
      }, QUERIES[0]!.id);
      load.firstResultMs += first;
      log(
        `  ${size.rows} rows: engine ${Math.round(load.engineMs)} ms, decode ${Math.round(load.decodeMs)} ms, insert ${Math.round(load.insertMs)} ms`,
      );
      const queries: SizeBench['queries'] = [];
      for (const query of QUERIES) {
        const duck = await page.evaluate(([id, n]) => bench.run('duckdb', id as string, n as number), [
          query.id,
          runs,
        ] as const);
        const js = await page.evaluate(([id, n]) => bench.run('js', id as string, n as number), [
          query.id,
          runs,
        ] as const);
        queries.push({
          id: query.id,
          label: query.label,
          duckdb: pick(duck),
          js: pick(js),
          same: sameResult(duck.result, js.result) && duck.result.length > 0,
        });
        onResult(size.rows, query.id, duck.result);
        log(`    ${query.id}: DuckDB ${duck.median.toFixed(1)} ms, JS ${js.median.toFixed(1)} ms`);
      }
      const memory = await page.evaluate(() => bench.memory());
      results.push({
        rows: size.rows,
        parquetBytes: size.bytes,
        ...load,
        queries,
        memory: { ...memory, chromiumRssBytes: descendantsRss(), chromiumRssIdleBytes: idle },
      });
      await page.context().close();
    }
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
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
  const dir = await harnessSite(work, duckdbDir, { parts: partitionsDir });
  const server = createStaticServer(dir);
  const origin = await listen(server);
  try {
    const page = await openHarness(browser, origin);
    const queries: RemoteBench['queries'] = [];
    let totalBytes = 0;
    let partitions = 0;
    for (const query of QUERIES) {
      const r = await page.evaluate(([base, id, n]) => bench.remote(base as string, id as string, n as number), [
        `${origin}/data/parts/`,
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
    await page.context().close();
    return { rows, partitions, totalBytes, queries };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function pick(l: Latency): Latency {
  return { median: l.median, p95: l.p95, runs: l.runs };
}

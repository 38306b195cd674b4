// The large synthetic set opened in Explore itself (the built page, not a harness): observations
// partitioned with their checks, read by range for the page's selection, inserted into DuckDB-wasm and
// answered by Explore's own SQL. In fresh browser contexts: time to the first result, bytes fetched
// against the whole, and the tab's memory (CDP's JS heap, resident memory of the Chromium processes).
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Browser } from 'playwright-core';
import { excludedSql } from '../../src/explore/filters.ts';
import { parseState } from '../../src/explore/state.ts';
import { TABLES } from '../../src/lib/sql.ts';
import { PARTITION_INDEX } from '../../src/live/partition-index.ts';
import { sqlText } from '../lib/parquet.ts';
import { partitionsCurrent, writePartitionedObservations } from '../lib/partition.ts';
import { siteWithData } from '../lib/site-with-data.ts';
import { CONTEXTS, type Spread, spread } from './analyst.ts';
import { descendantsRss } from './memory.ts';
import { serveCounted } from './served.ts';

/** The analyst's first question: one rate, every province, the months of 2024 (the set is district by month). */
export const FIRST = '?ind=mediation_success_rate&geo=province&ptype=month&from=2024&to=2024';
/** Then a second indicator beside it: only its partition is fetched. */
const SECOND = 'thads_case_rate';

export interface RemoteExploreBench {
  rows: number;
  partitions: number;
  /** Every partition together, and the index the page fetches first. */
  totalBytes: number;
  indexBytes: number;
  /** From navigation: engine start (the first request for its files), engine ready (the loader's mark), result. */
  engineStartMs: Spread;
  engineReadyMs: Spread;
  /** The first result from the moment the engine was ready, and from page load. */
  firstResultMs: Spread;
  firstResultFromLoadMs: Spread;
  /** From engine ready to the selection's rows in the table (the rest is Explore's SQL and drawing). */
  rowsInTableMs: Spread;
  /** When the last range of the first selection arrived, against engine ready (negative: while it started). */
  rangesDoneMs: Spread;
  /** Bytes the page fetched of the partitioned set (index, footers, row groups) for the first selection. */
  bytesFetched: number;
  rowsLoaded: number;
  /** The second indicator checked: time to its result, and the bytes it added. */
  secondMs: Spread;
  secondBytes: number;
  /** Explore's exclusion count, as the page shows it, against DuckDB for Node over the whole file. */
  excludedExpected: number;
  sameResult: boolean;
  jsHeapBytes: Spread;
  chromiumRssBytes: Spread;
}

/**
 * A data folder Explore can open: the built set's small tables (hard links), the large observations
 * partitioned with their checks, and a manifest listing the partitions' index in place of the whole file.
 */
export async function remoteExploreData(
  connection: DuckDBConnection,
  built: string,
  observations: string,
  out: string,
): Promise<string> {
  if (existsSync(path.join(out, 'manifest.json')) && partitionsCurrent(path.join(out, PARTITION_INDEX))) return out;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(built, 'manifest.json'), 'utf8'));
  delete manifest.files['observations.parquet'];
  for (const name of [...TABLES.filter((t) => t !== 'observations').map((t) => `${t}.parquet`), 'quality.json'])
    linkSync(path.join(built, name), path.join(out, name));
  const { name, entry } = await writePartitionedObservations(connection, observations, out);
  manifest.files[name] = entry;
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return out;
}

/** Explore's exclusion count for the first selection, by the same SQL over the whole file, in DuckDB for Node. */
export async function expectedExcluded(connection: DuckDBConnection, built: string, observations: string) {
  for (const table of TABLES)
    await connection.run(
      `CREATE OR REPLACE VIEW ${table} AS SELECT * FROM read_parquet(${sqlText(
        table === 'observations' ? observations : path.join(built, `${table}.parquet`),
      )})`,
    );
  const rows = (await connection.runAndReadAll(excludedSql(parseState(FIRST)))).getRowObjectsJson();
  return rows.reduce((n, r) => n + Number(r.figures), 0);
}

/** Records when Explore's result block shows each live result (set before any page script runs). */
const OBSERVER = `window.__results = [];
new MutationObserver(() => {
  if (!window.__fetchedAt && document.querySelector('[data-explore-fetched]')) window.__fetchedAt = performance.now();
  const b = document.getElementById('result');
  const last = window.__results.at(-1);
  if (b && b.dataset.live === 'true' && !b.hasAttribute('aria-busy') && (!last || last.state !== b.dataset.state))
    window.__results.push({ state: b.dataset.state, t: performance.now() });
}).observe(document, {
  subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-live', 'aria-busy'],
});`;

export async function benchRemoteExplore(
  browser: Browser,
  work: string,
  data: string,
  rows: number,
  excludedExpected: number,
  log: (m: string) => void,
): Promise<RemoteExploreBench> {
  const site = await serveCounted(siteWithData('dist', data, path.join(work, 'explore-site')));
  const index = JSON.parse(readFileSync(path.join(data, PARTITION_INDEX), 'utf8')) as {
    partitions: Array<{ bytes: number }>;
  };
  const runs: Array<{
    engineStart: number;
    engineReady: number;
    result: number;
    loaded: number;
    rangesDone: number;
    bytes: number;
    rowsLoaded: number;
    second: number;
    secondBytes: number;
    heap: number;
    rss: number;
    same: boolean;
  }> = [];
  try {
    for (let i = 0; i < CONTEXTS; i++) {
      const context = await browser.newContext();
      await context.addInitScript(OBSERVER);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      site.served.length = 0;
      await page.goto(`${site.origin}/kham-pha/${FIRST}`, { waitUntil: 'load' });
      const count = () => page.evaluate(() => (window as unknown as { __results: unknown[] }).__results.length);
      await page.waitForFunction(() => (window as unknown as { __results: unknown[] }).__results.length > 0, null, {
        timeout: 120_000,
      });
      const times = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource');
        const at = (part: string) => entries.find((e) => e.name.includes(part))?.startTime ?? Number.NaN;
        const results = (window as unknown as { __results: Array<{ t: number }> }).__results;
        const end = (test: (name: string) => boolean) =>
          Math.max(...entries.filter((e) => test(e.name)).map((e) => (e as PerformanceResourceTiming).responseEnd));
        return {
          engineStart: at('/duckdb/'),
          // Marked by the loader (ENGINE_READY_MARK, src/live/duckdb.ts): the data files are requested
          // while the engine starts, so no request tells when it is ready.
          engineReady: performance.getEntriesByName('loader: engine ready')[0]?.startTime ?? Number.NaN,
          result: results[0]!.t,
          loaded: (window as unknown as { __fetchedAt: number }).__fetchedAt,
          marks: performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('partitions:'))
            .map((m) => `${m.name} ${Math.round(m.startTime)}`)
            .join(', '),
          // Where the time after the engine goes: the small tables, the index, the partition's ranges.
          tablesDone: end((n) => /\/data\/[a-z_]+\.parquet$/.test(n)),
          indexDone: end((n) => n.endsWith('/partitions.json')),
          rangesStart: Math.min(
            ...entries.filter((e) => e.name.includes('/data/observations/indicator=')).map((e) => e.startTime),
          ),
          rangesDone: end((n) => n.includes('/data/observations/indicator=')),
        };
      });
      const note = page.locator('[data-explore-fetched]');
      const bytes = Number(await note.getAttribute('data-bytes-fetched'));
      const rowsLoaded = Number(await note.getAttribute('data-rows-loaded'));
      const notes = (await page.locator('#result [data-part="notes"]').textContent()) ?? '';
      const same = notes.replace(/\./g, '').includes(String(excludedExpected));
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: Array<{ name: string; value: number }>;
      };
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      const rss = descendantsRss();
      // The second indicator: time from the click to its result, and the bytes it added.
      const before = await count();
      const clicked = await page.evaluate(() => performance.now());
      await page.locator(`input[name="ind"][value="${SECOND}"]`).check();
      await page.waitForFunction((n) => (window as unknown as { __results: unknown[] }).__results.length > n, before, {
        timeout: 120_000,
      });
      const secondAt = await page.evaluate(
        () => (window as unknown as { __results: Array<{ t: number }> }).__results.at(-1)!.t,
      );
      const secondBytes = Number(await note.getAttribute('data-bytes-fetched')) - bytes;
      await context.close();
      runs.push({ ...times, bytes, rowsLoaded, second: secondAt - clicked, secondBytes, heap, rss, same });
      log(
        `  ${rows} rows in Explore, context ${i + 1}: engine ready at ${Math.round(times.engineReady)} ms, ` +
          `first result ${Math.round(times.result - times.engineReady)} ms later ` +
          `(tables at +${Math.round(times.tablesDone - times.engineReady)}, ` +
          `rows in the table at +${Math.round(times.loaded - times.engineReady)} [${times.marks}], index at ` +
          `+${Math.round(times.indexDone - times.engineReady)}, ` +
          `ranges +${Math.round(times.rangesStart - times.engineReady)}` +
          `–${Math.round(times.rangesDone - times.engineReady)} ms) ` +
          `(${Math.round(times.result)} ms from load), ${(bytes / 1024).toFixed(1)} KB fetched, ` +
          `${rowsLoaded} rows loaded; second indicator ${Math.round(secondAt - clicked)} ms; ` +
          `heap ${(heap / 1e6).toFixed(1)} MB, RSS ${(rss / 1e6).toFixed(0)} MB; same: ${same}`,
      );
    }
  } finally {
    await site.close();
  }
  return {
    rows,
    partitions: index.partitions.length,
    totalBytes: index.partitions.reduce((n, p) => n + p.bytes, 0),
    indexBytes: readFileSync(path.join(data, PARTITION_INDEX)).byteLength,
    engineStartMs: spread(runs.map((r) => r.engineStart)),
    engineReadyMs: spread(runs.map((r) => r.engineReady)),
    firstResultMs: spread(runs.map((r) => r.result - r.engineReady)),
    firstResultFromLoadMs: spread(runs.map((r) => r.result)),
    rowsInTableMs: spread(runs.map((r) => r.loaded - r.engineReady)),
    rangesDoneMs: spread(runs.map((r) => r.rangesDone - r.engineReady)),
    bytesFetched: spread(runs.map((r) => r.bytes)).median,
    rowsLoaded: spread(runs.map((r) => r.rowsLoaded)).median,
    secondMs: spread(runs.map((r) => r.second)),
    secondBytes: spread(runs.map((r) => r.secondBytes)).median,
    excludedExpected,
    sameResult: runs.every((r) => r.same),
    jsHeapBytes: spread(runs.map((r) => r.heap)),
    chromiumRssBytes: spread(runs.map((r) => r.rss)),
  };
}

const kb = (bytes: number) => (bytes < 1e6 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1048576).toFixed(1)} MB`);
const range = (s: Spread, f: (n: number) => string) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
const msText = (n: number) => `${Math.round(n)} ms`;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

export function remoteExploreMarkdown(r: RemoteExploreBench): string {
  const met = r.firstResultMs.median <= 1000 ? 'yes' : '**no**';
  const share = ((100 * r.bytesFetched) / r.totalBytes).toFixed(2);
  return `**Explore over the partitioned ${r.rows / 1e6}M rows** — the built Explore page (\`/kham-pha/${FIRST}\`)
with \`/data/\` holding the synthetic set partitioned by indicator and year (${r.partitions} files, ${kb(r.totalBytes)};
index ${kb(r.indexBytes)}, hashed in the manifest): the page range-reads the selection's partitions, Explore's columns
and the row groups whose statistics match, checks each range's SHA-256, inserts the rows into DuckDB-wasm's
\`observations\` and runs its own SQL. ${r.firstResultMs.n} fresh browser contexts, median (min–max); times from
navigation start. The synthetic rows are district figures, so Explore lists them as excluded (a district is part of
its province); its count is checked against the same SQL run by DuckDB for Node on the whole file.

| figure | value |
| --- | ---: |
| engine start (first request for DuckDB-wasm's files) | ${range(r.engineStartMs, msText)} |
| engine ready (DuckDB-wasm instantiated, opened and locked: the loader's mark) | ${range(r.engineReadyMs, msText)} |
| **first result, from engine ready** (target ≤ 1 s: ${met}) | ${range(r.firstResultMs, msText)} |
| of which: the selection's rows in the table, from engine ready | ${range(r.rowsInTableMs, msText)} |
| last range of it received, from engine ready (negative: while the engine started) | ${range(r.rangesDoneMs, msText)} |
| first result, from page load | ${range(r.firstResultFromLoadMs, msText)} |
| bytes fetched for it (index, footers, row groups) | ${kb(r.bytesFetched)} of ${kb(r.totalBytes)} (${share}%) |
| rows loaded into DuckDB-wasm | ${r.rowsLoaded} of ${r.rows} |
| second indicator checked: click to result | ${range(r.secondMs, msText)}, ${kb(r.secondBytes)} more |
| same result as the whole file (${r.excludedExpected} figures excluded) | ${r.sameResult ? 'yes' : '**no**'} |
| tab's JS heap (CDP JSHeapUsedSize) | ${range(r.jsHeapBytes, mb)} |
| Chromium RSS, all processes | ${range(r.chromiumRssBytes, mb)} |
`;
}

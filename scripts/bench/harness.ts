// The benchmark's page code (bundled by scripts/bench/bundle.ts, never shipped in the site). DuckDB-wasm
// is loaded through the page's own path (openBrowserDb: manifest, SHA-256, column decode, Arrow insert);
// in the same page the same Parquet goes into plain typed arrays and into an Arquero table, the Explore
// queries run in all three, and partitioned Parquet is read by range. Exposed as window.bench.
import type * as duckdb from '@duckdb/duckdb-wasm';
import * as aq from 'arquero';
import { parquetMetadata } from 'hyparquet';
import { openBrowserDb } from '../../src/live/duckdb.ts';
import { parquetToArrow, readFlatColumn } from '../../src/live/parquet-arrow.ts';
import { legacyParquetToArrow } from './legacy-arrow.ts';
import type { ColumnTarget } from '../../src/live/parquet-columns.ts';
import { fetchManifest, type PartitionManifest, readRemote } from '../../src/live/remote-parquet.ts';
import { type Columns, QUERIES, REMOTE, type ResultRow } from './queries.ts';

let connection: duckdb.AsyncDuckDBConnection | undefined;
let columns: Columns | undefined;
let arquero: aq.ColumnTable | undefined;
let manifest: PartitionManifest | undefined;

const STRING_COLUMNS = ['indicator', 'geo_code', 'subdivision'] as const;
const NUMBER_COLUMNS = ['period_start', 'numerator', 'denominator'] as const;

/**
 * observations.parquet's steps as the loader put them on the page's timeline ("loader: decode observations"),
 * each summed over the batches: the decode workers' time for decode and serialize, waiting time for the others
 * (the other tables are a few kilobytes).
 */
function loaderPhases(): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const entry of performance.getEntriesByType('measure')) {
    const step = /^loader: (\S+) observations$/.exec(entry.name)?.[1];
    if (step) phases[step] = (phases[step] ?? 0) + entry.duration;
  }
  return phases;
}

/** The page's real loader, from the first call: engine started, then every table fetched, checked and inserted. */
async function load(): Promise<{ engineMs: number; dataMs: number; totalMs: number; phases: Record<string, number> }> {
  performance.clearMeasures();
  const started = performance.now();
  let dataAt = started;
  const db = await openBrowserDb((step) => {
    if (step === 'data') dataAt = performance.now();
  });
  connection = db.connection;
  const done = performance.now();
  return { engineMs: dataAt - started, dataMs: done - dataAt, totalMs: done - started, phases: loaderPhases() };
}

/** A flat column as the JavaScript queries take it: text as codes, a null number as NaN (as SQL skips it). */
function column(target: ColumnTarget): Int32Array | Float64Array {
  if (target.type === 'DOUBLE' && target.nullCount) {
    const values = target.values as Float64Array;
    for (let i = 0; i < values.length; i++) if (!((target.validity[i >> 3]! >> (i & 7)) & 1)) values[i] = Number.NaN;
  }
  return target.values as Int32Array | Float64Array;
}

/**
 * The baselines' load of the same file: fetch, then the six query columns into typed arrays (plain
 * JavaScript), then an Arquero table over them (text as arrays of strings, as Arquero takes it).
 */
async function decode(url: string): Promise<{ fetchMs: number; jsMs: number; arqueroMs: number; bytes: number }> {
  const started = performance.now();
  const buf = await (await fetch(url)).arrayBuffer();
  const fetched = performance.now();
  const metadata = parquetMetadata(buf);
  const read = (name: string) => {
    const target = readFlatColumn(buf, metadata, name);
    if (!target) throw new Error(`${name}: not a flat column`);
    return target;
  };
  const text = Object.fromEntries(STRING_COLUMNS.map((name) => [name, read(name)]));
  const numbers = Object.fromEntries(NUMBER_COLUMNS.map((name) => [name, column(read(name))]));
  const c: Columns = {
    length: Number(metadata.num_rows),
    indicator: text.indicator!.values as Int32Array,
    geo_code: text.geo_code!.values as Int32Array,
    subdivision: text.subdivision!.values as Int32Array,
    period_start: numbers.period_start as Int32Array,
    numerator: numbers.numerator as Float64Array,
    denominator: numbers.denominator as Float64Array,
    dictionaries: {
      indicator: text.indicator!.dictionary!,
      geo_code: text.geo_code!.dictionary!,
      subdivision: text.subdivision!.dictionary!,
    },
  };
  columns = c;
  const decoded = performance.now();
  const strings = (codes: Int32Array, dictionary: string[]) => Array.from(codes, (code) => dictionary[code]);
  arquero = aq.table({
    indicator: strings(c.indicator, c.dictionaries.indicator),
    geo_code: strings(c.geo_code, c.dictionaries.geo_code),
    subdivision: strings(c.subdivision, c.dictionaries.subdivision),
    period_start: c.period_start,
    numerator: c.numerator,
    denominator: c.denominator,
  });
  const built = performance.now();
  return {
    fetchMs: fetched - started,
    jsMs: decoded - fetched,
    arqueroMs: built - fetched,
    bytes: buf.byteLength,
  };
}

/**
 * Before and after in the same page: observations.parquet decoded by the loader as it was and as it is,
 * each inserted into DuckDB-wasm as a table of its own (then dropped).
 */
async function compareLoaders(url: string) {
  const buf = await (await fetch(url)).arrayBuffer();
  const out: Record<string, number> = {};
  for (const [name, decode] of [
    ['legacy', legacyParquetToArrow],
    ['current', parquetToArrow],
  ] as const) {
    const started = performance.now();
    const table = await decode(buf);
    const decoded = performance.now();
    await connection!.insertArrowTable(table, { name: `bench_${name}` });
    out[`${name}DecodeMs`] = decoded - started;
    out[`${name}InsertMs`] = performance.now() - decoded;
    const [count] = await sql(`SELECT count(*)::DOUBLE FROM bench_${name}`);
    out[`${name}Rows`] = Number(count![0]);
    await connection!.query(`DROP TABLE bench_${name}`);
  }
  return out as {
    legacyDecodeMs: number;
    legacyInsertMs: number;
    legacyRows: number;
    currentDecodeMs: number;
    currentInsertMs: number;
    currentRows: number;
  };
}

async function sql(text: string): Promise<ResultRow[]> {
  const result = await connection!.query(text);
  return result.toArray().map((row) => Object.values(row.toJSON()) as ResultRow);
}

function stats(durations: number[]): { median: number; p95: number; runs: number } {
  const sorted = [...durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Runs one query `runs` times (after one warm-up) in DuckDB-wasm, plain JavaScript or Arquero. */
async function run(engine: 'duckdb' | 'js' | 'arquero', id: string, runs: number) {
  const query = QUERIES.find((q) => q.id === id)!;
  const once = async () =>
    engine === 'duckdb' ? sql(query.sql) : engine === 'js' ? query.js(columns!) : query.arquero(arquero!, aq);
  let result = await once();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await once();
    durations.push(performance.now() - started);
  }
  return { ...stats(durations), result };
}

/** The same query over partitioned Parquet by HTTP range requests, aggregated in JavaScript. */
async function remote(base: string, id: keyof typeof REMOTE, runs: number) {
  manifest ??= await fetchManifest(base);
  const spec = REMOTE[id];
  const query = QUERIES.find((q) => q.id === id)!;
  let last: Awaited<ReturnType<typeof readRemote<Record<string, unknown>>>> | undefined;
  let result: ResultRow[] = [];
  const durations: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    last = await readRemote(base, manifest, {
      ...spec,
      columns: [...spec.columns],
      equals: 'equals' in spec ? { ...spec.equals } : undefined,
    });
    result = query.js(rowsToColumns(last.rows, spec.indicator));
    if (i > 0) durations.push(performance.now() - started); // the first run warms the connection
  }
  return {
    ...stats(durations),
    result,
    bytesFetched: last!.bytesFetched,
    totalBytes: last!.totalBytes,
    requests: last!.requests,
    partitionsRead: last!.partitionsRead,
    partitions: manifest.partitions.length,
  };
}

/** Objects from the remote reader → the columns the JavaScript queries take. The folder names the indicator. */
function rowsToColumns(rows: Array<Record<string, unknown>>, indicator: string): Columns {
  const length = rows.length;
  const c: Columns = {
    length,
    indicator: new Int32Array(length),
    geo_code: new Int32Array(length),
    subdivision: new Int32Array(length),
    period_start: new Int32Array(length),
    numerator: new Float64Array(length),
    denominator: new Float64Array(length),
    dictionaries: { indicator: [], geo_code: [], subdivision: [] },
  };
  const maps = {
    indicator: new Map<string, number>(),
    geo_code: new Map<string, number>(),
    subdivision: new Map<string, number>(),
  };
  const code = (k: keyof typeof maps, v: string) => {
    let x = maps[k].get(v);
    if (x === undefined) maps[k].set(v, (x = c.dictionaries[k].push(v) - 1));
    return x;
  };
  rows.forEach((row, i) => {
    c.indicator[i] = code('indicator', indicator);
    c.geo_code[i] = code('geo_code', String(row.geo_code ?? ''));
    c.subdivision[i] = code('subdivision', String(row.subdivision ?? ''));
    c.period_start[i] = Date.parse(String(row.period_start)) / 864e5;
    c.numerator[i] = Number(row.numerator);
    c.denominator[i] = Number(row.denominator);
  });
  return c;
}

async function memory() {
  const [row] = await sql('SELECT coalesce(sum(memory_usage_bytes), 0)::DOUBLE FROM duckdb_memory()');
  const c = columns;
  const typed = c
    ? [c.indicator, c.geo_code, c.subdivision, c.period_start, c.numerator, c.denominator].reduce(
        (n, a) => n + a.byteLength,
        0,
      )
    : 0;
  const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  return { duckdbBytes: Number(row?.[0] ?? 0), jsColumnsBytes: typed, jsHeapBytes: heap };
}

Object.assign(globalThis, {
  bench: {
    load,
    decode,
    compareLoaders,
    sql,
    run,
    remote,
    memory,
    queries: QUERIES.map((q) => ({ id: q.id, label: q.label })),
  },
});

// The benchmark's page code (bundled by scripts/bench/bundle.ts, never shipped in the site): loads
// synthetic observations into DuckDB-wasm and into plain typed arrays from the same decoded Parquet,
// runs the Explore queries in both, and reads partitioned Parquet by range. Exposed as window.bench.
import * as duckdb from '@duckdb/duckdb-wasm';
import { DateDay, Float64, makeData, makeVector, Table, Utf8, type Vector } from 'apache-arrow';
import { asyncBufferFromUrl, parquetMetadataAsync, parquetRead, type AsyncBuffer } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { fetchManifest, readRemote, type PartitionManifest } from '../../src/live/remote-parquet.ts';
import { QUERIES, REMOTE, type Columns, type ResultRow } from './queries.ts';

let connection: duckdb.AsyncDuckDBConnection | undefined;
let columns: Columns | undefined;
let manifest: PartitionManifest | undefined;

const STRING_COLUMNS = ['indicator', 'geo_code', 'subdivision'] as const;
const BATCH = 1 << 20;

async function open(): Promise<number> {
  const started = performance.now();
  const worker = new Worker('/duckdb/duckdb-browser-eh.worker.js');
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate('/duckdb/duckdb-eh.wasm');
  await db.open({ query: { castBigIntToDouble: true } });
  connection = await db.connect();
  return performance.now() - started;
}

function counting(inner: AsyncBuffer, count: { bytes: number }): AsyncBuffer {
  return {
    byteLength: inner.byteLength,
    slice: async (s, e) => {
      const b = await inner.slice(s, e);
      count.bytes += b.byteLength;
      return b;
    },
  };
}

/** Reads the six query columns by range (no other column is fetched) into dictionary codes and typed arrays. */
async function decode(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const count = { bytes: 0 };
  const file = counting(await asyncBufferFromUrl({ url }), count);
  const metadata = await parquetMetadataAsync(file);
  const length = Number(metadata.num_rows);
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
  const codes = Object.fromEntries(STRING_COLUMNS.map((k) => [k, new Map<string, number>()])) as Record<
    (typeof STRING_COLUMNS)[number],
    Map<string, number>
  >;
  await parquetRead({
    file,
    metadata,
    compressors,
    columns: ['indicator', 'geo_code', 'subdivision', 'period_start', 'numerator', 'denominator'],
    parsers: { dateFromDays: (days: number) => days },
    onChunk: ({ columnName, columnData, rowStart }) => {
      const name = columnName as keyof Columns;
      if ((STRING_COLUMNS as readonly string[]).includes(name)) {
        const key = name as (typeof STRING_COLUMNS)[number];
        const map = codes[key];
        const dictionary = c.dictionaries[key];
        const target = c[key];
        for (let i = 0; i < columnData.length; i++) {
          const value = String(columnData[i] ?? '');
          let code = map.get(value);
          if (code === undefined) map.set(value, (code = dictionary.push(value) - 1));
          target[rowStart + i] = code;
        }
      } else {
        const target = c[name] as Int32Array | Float64Array;
        for (let i = 0; i < columnData.length; i++) target[rowStart + i] = Number(columnData[i] ?? Number.NaN);
      }
    },
  });
  columns = c;
  return { ms: performance.now() - started, bytes: count.bytes };
}

/** Arrow Utf8 from dictionary codes: each distinct string is encoded once. */
function utf8(codes: Int32Array, dictionary: readonly string[], from: number, to: number): Vector {
  const encoder = new TextEncoder();
  const bytes = dictionary.map((s) => encoder.encode(s));
  const length = to - from;
  const valueOffsets = new Int32Array(length + 1);
  let total = 0;
  for (let i = 0; i < length; i++) valueOffsets[i + 1] = total += bytes[codes[from + i]!]!.length;
  const data = new Uint8Array(total);
  for (let i = 0; i < length; i++) data.set(bytes[codes[from + i]!]!, valueOffsets[i]!);
  return makeVector(makeData({ type: new Utf8(), length, nullCount: 0, valueOffsets, data }));
}

/** Inserts the decoded columns into DuckDB-wasm as table `observations`, a million rows at a time. */
async function insert(): Promise<number> {
  const started = performance.now();
  const c = columns!;
  await connection!.query('DROP TABLE IF EXISTS observations');
  for (let from = 0; from < c.length; from += BATCH) {
    const to = Math.min(c.length, from + BATCH);
    const table = new Table({
      indicator: utf8(c.indicator, c.dictionaries.indicator, from, to),
      geo_code: utf8(c.geo_code, c.dictionaries.geo_code, from, to),
      subdivision: utf8(c.subdivision, c.dictionaries.subdivision, from, to),
      period_start: makeVector(
        makeData({ type: new DateDay(), length: to - from, nullCount: 0, data: c.period_start.subarray(from, to) }),
      ),
      numerator: makeVector(
        makeData({ type: new Float64(), length: to - from, nullCount: 0, data: c.numerator.subarray(from, to) }),
      ),
      denominator: makeVector(
        makeData({ type: new Float64(), length: to - from, nullCount: 0, data: c.denominator.subarray(from, to) }),
      ),
    });
    await connection!.insertArrowTable(table, { name: 'observations', create: from === 0 });
  }
  return performance.now() - started;
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

/** Runs one query `runs` times (after one warm-up) in DuckDB-wasm or in plain JavaScript. */
async function run(engine: 'duckdb' | 'js', id: string, runs: number) {
  const query = QUERIES.find((q) => q.id === id)!;
  const once = async () => (engine === 'duckdb' ? sql(query.sql) : query.js(columns!));
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

/** Objects from the remote reader → the columns the JavaScript queries take. The partition's folder names the indicator. */
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
    open,
    decode,
    insert,
    sql,
    run,
    remote,
    memory,
    queries: QUERIES.map((q) => ({ id: q.id, label: q.label })),
  },
});

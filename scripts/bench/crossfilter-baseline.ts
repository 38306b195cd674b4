// The cross-filter bench's baseline page (bundled by scripts/bench/bundle.ts, never shipped in the site): the same
// observations.parquet in plain typed arrays and in an Arquero table, and a year span's update computed from
// every row again (the way a page without a pre-aggregate would), as window.crossBench.
import * as aq from 'arquero';
import { parquetMetadata } from 'hyparquet';
import { readFlatColumn } from '../../src/live/parquet-arrow.ts';
import type { ColumnTarget } from '../../src/live/parquet-columns.ts';
import { aggregateOf, type SpanAggregate, spanResult } from '../../src/explore/cross-filter.ts';

/** One group of a span: [geo_code, period_end as days since 1970, Σ numerator, Σ denominator]. */
export type SpanRow = [string, number, number, number];

let raw:
  | {
      length: number;
      indicator: Int32Array;
      geo: Int32Array;
      end: Int32Array;
      numerator: Float64Array;
      denominator: Float64Array;
      indicators: string[];
      geos: string[];
    }
  | undefined;
let table: aq.ColumnTable | undefined;

/** A null number as NaN, as SQL's sum skips it. */
function numbers(target: ColumnTarget): Float64Array {
  const values = target.values as Float64Array;
  for (let i = 0; i < values.length; i++) if (!((target.validity[i >> 3]! >> (i & 7)) & 1)) values[i] = Number.NaN;
  return values;
}

async function load(url: string): Promise<number> {
  const buf = await (await fetch(url)).arrayBuffer();
  const metadata = parquetMetadata(buf);
  const read = (name: string) => {
    const target = readFlatColumn(buf, metadata, name);
    if (!target) throw new Error(`${name}: not a flat column`);
    return target;
  };
  const indicator = read('indicator');
  const geo = read('geo_code');
  raw = {
    length: Number(metadata.num_rows),
    indicator: indicator.values as Int32Array,
    geo: geo.values as Int32Array,
    end: read('period_end').values as Int32Array,
    numerator: numbers(read('numerator')),
    denominator: numbers(read('denominator')),
    indicators: indicator.dictionary!,
    geos: geo.dictionary!,
  };
  const strings = (codes: Int32Array, dictionary: string[]) => Array.from(codes, (code) => dictionary[code]);
  const nullable = (values: Float64Array) => Array.from(values, (v) => (Number.isNaN(v) ? null : v));
  table = aq.table({
    indicator: strings(raw.indicator, raw.indicators),
    geo_code: strings(raw.geo, raw.geos),
    period_end: raw.end,
    numerator: nullable(raw.numerator),
    denominator: nullable(raw.denominator),
  });
  return raw.length;
}

const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month, day) / 864e5;
const order = (a: SpanRow, b: SpanRow) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);

/** Plain JavaScript over typed arrays: every row read again for the span. */
function js(indicator: string, from: number, to: number): SpanRow[] {
  const c = raw!;
  const want = c.indicators.indexOf(indicator);
  const low = dayOf(from, 0, 1);
  const high = dayOf(to, 11, 31);
  const groups = new Map<number, SpanRow>();
  for (let i = 0; i < c.length; i++) {
    const end = c.end[i]!;
    if (c.indicator[i] !== want || end < low || end > high) continue;
    const n = c.numerator[i]!;
    const d = c.denominator[i]!;
    if (Number.isNaN(n) || Number.isNaN(d)) continue;
    const key = c.geo[i]! * 65536 + end;
    const group = groups.get(key);
    if (group) {
      group[2] += n;
      group[3] += d;
    } else groups.set(key, [c.geos[c.geo[i]!]!, end, n, d]);
  }
  return [...groups.values()].sort(order);
}

/** Arquero: the same filter and sums, its expressions compiled from text (the harness page allows it). */
function arquero(indicator: string, from: number, to: number): SpanRow[] {
  const result = table!
    .params({ want: indicator, low: dayOf(from, 0, 1), high: dayOf(to, 11, 31) })
    .filter(
      'd.indicator === $.want && d.period_end >= $.low && d.period_end <= $.high && ' +
        'd.numerator != null && d.denominator != null',
    )
    .groupby('geo_code', 'period_end')
    .rollup({ n: aq.op.sum('numerator'), d: aq.op.sum('denominator') });
  return (result.objects() as Array<{ geo_code: string; period_end: number; n: number; d: number }>)
    .map((r): SpanRow => [r.geo_code, r.period_end, r.n, r.d])
    .sort(order);
}

/** Each span computed `runs` times by one engine: the time of each, and the last answer. */
function run(engine: 'js' | 'arquero', indicator: string, spans: Array<[number, number]>, runs: number) {
  const times: number[] = [];
  let last: SpanRow[] = [];
  for (let r = 0; r < runs; r++)
    for (const [from, to] of spans) {
      const started = performance.now();
      last = (engine === 'js' ? js : arquero)(indicator, from, to);
      times.push(performance.now() - started);
    }
  return { times, last };
}

let aggregate: SpanAggregate | undefined;

/** The page's own cut (cross-filter.ts) of the selection's aggregate, here without drawing: its compute alone. */
function cut(rows: Parameters<typeof aggregateOf>[0], spans: Array<[number, number]>, runs: number): number[] {
  aggregate = aggregateOf(rows, [], []);
  const times: number[] = [];
  for (let r = 0; r < runs; r++)
    for (const [from, to] of spans) {
      const started = performance.now();
      spanResult(aggregate, from, to);
      times.push(performance.now() - started);
    }
  return times;
}

(globalThis as unknown as { crossBench: unknown }).crossBench = { load, run, cut };

/**
 * The Explore page's typical queries, each twice: as the SQL DuckDB runs and as plain JavaScript
 * over the same columns (the baseline an analyst's page could use instead). Rates are summed counts
 * divided, never averaged rates. Both return rows of plain values, compared after the run.
 */

/** Columns the queries need; strings as dictionary codes, dates as days since 1970-01-01. */
export interface Columns {
  length: number;
  indicator: Int32Array;
  geo_code: Int32Array;
  subdivision: Int32Array;
  period_start: Int32Array;
  numerator: Float64Array;
  denominator: Float64Array;
  dictionaries: { indicator: string[]; geo_code: string[]; subdivision: string[] };
}

export type ResultRow = Array<string | number>;

type Arquero = typeof import('arquero');
type ArqueroTable = import('arquero').ColumnTable;

export interface BenchQuery {
  id: string;
  label: string;
  sql: string;
  js(columns: Columns): ResultRow[];
  /** The same query in Arquero. Its expressions are text that it compiles (`new Function`: never under the
   * site's CSP); values come in as params. */
  arquero(table: ArqueroTable, aq: Arquero): ResultRow[];
}

const rowsOf = (table: ArqueroTable, names: string[]): ResultRow[] =>
  (table.objects() as Array<Record<string, string | number>>).map((row) => names.map((name) => row[name]!));

export const YEAR = 2024;
const FROM_DAY = Date.UTC(YEAR, 0, 1) / 864e5;
const TO_DAY = Date.UTC(YEAR, 11, 31) / 864e5;
const RATE = 'mediation_success_rate';
const RANKED = 'thads_case_rate';
const PROVINCE = '79';

const rate = (numerator: number, denominator: number) => (denominator ? (100 * numerator) / denominator : null);
const codeOf = (dictionary: readonly string[], value: string) => dictionary.indexOf(value);
const isoDay = (day: number) => new Date(day * 864e5).toISOString().slice(0, 10);

export const QUERIES: readonly BenchQuery[] = [
  {
    id: 'filter_group',
    label: `filter + group by (${RATE}, ${YEAR}, by province)`,
    sql: `SELECT geo_code, sum(numerator) AS n, sum(denominator) AS d, 100 * sum(numerator) / sum(denominator) AS rate
FROM observations WHERE indicator = '${RATE}' AND period_start BETWEEN DATE '${YEAR}-01-01' AND DATE '${YEAR}-12-31'
GROUP BY geo_code ORDER BY geo_code`,
    js(c) {
      const want = codeOf(c.dictionaries.indicator, RATE);
      const n = new Float64Array(c.dictionaries.geo_code.length);
      const d = new Float64Array(c.dictionaries.geo_code.length);
      const seen = new Uint8Array(c.dictionaries.geo_code.length);
      for (let i = 0; i < c.length; i++) {
        if (c.indicator[i] !== want || c.period_start[i]! < FROM_DAY || c.period_start[i]! > TO_DAY) continue;
        const g = c.geo_code[i]!;
        n[g]! += c.numerator[i]!;
        d[g]! += c.denominator[i]!;
        seen[g] = 1;
      }
      const rows: ResultRow[] = [];
      for (let g = 0; g < seen.length; g++)
        if (seen[g]) rows.push([c.dictionaries.geo_code[g]!, n[g]!, d[g]!, rate(n[g]!, d[g]!)!]);
      return rows.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    },
    arquero(t, aq) {
      const result = t
        .params({ want: RATE, from: FROM_DAY, to: TO_DAY })
        .filter('d.indicator === $.want && d.period_start >= $.from && d.period_start <= $.to')
        .groupby('geo_code')
        .rollup({ n: aq.op.sum('numerator'), d: aq.op.sum('denominator') })
        .derive({ rate: '100 * d.n / d.d' })
        .orderby('geo_code');
      return rowsOf(result, ['geo_code', 'n', 'd', 'rate']);
    },
  },
  {
    id: 'top_n',
    label: `top-10 ranking (${RANKED}, ${YEAR}, districts)`,
    sql: `SELECT geo_code, subdivision, 100 * sum(numerator) / sum(denominator) AS rate
FROM observations WHERE indicator = '${RANKED}' AND period_start BETWEEN DATE '${YEAR}-01-01' AND DATE '${YEAR}-12-31'
GROUP BY geo_code, subdivision ORDER BY rate DESC, geo_code, subdivision LIMIT 10`,
    js(c) {
      const want = codeOf(c.dictionaries.indicator, RANKED);
      const groups = new Map<number, { g: number; s: number; n: number; d: number }>();
      const width = c.dictionaries.subdivision.length;
      for (let i = 0; i < c.length; i++) {
        if (c.indicator[i] !== want || c.period_start[i]! < FROM_DAY || c.period_start[i]! > TO_DAY) continue;
        const key = c.geo_code[i]! * width + c.subdivision[i]!;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { g: c.geo_code[i]!, s: c.subdivision[i]!, n: 0, d: 0 }));
        group.n += c.numerator[i]!;
        group.d += c.denominator[i]!;
      }
      return [...groups.values()]
        .map((x): ResultRow => [c.dictionaries.geo_code[x.g]!, c.dictionaries.subdivision[x.s]!, rate(x.n, x.d)!])
        .sort(
          (a, b) =>
            (b[2] as number) - (a[2] as number) || (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : a[1]! < b[1]! ? -1 : 1),
        )
        .slice(0, 10);
    },
    arquero(t, aq) {
      const result = t
        .params({ want: RANKED, from: FROM_DAY, to: TO_DAY })
        .filter('d.indicator === $.want && d.period_start >= $.from && d.period_start <= $.to')
        .groupby('geo_code', 'subdivision')
        .rollup({ rate: '100 * op.sum(d.numerator) / op.sum(d.denominator)' })
        .orderby(aq.desc('rate'), 'geo_code', 'subdivision')
        .slice(0, 10);
      return rowsOf(result, ['geo_code', 'subdivision', 'rate']);
    },
  },
  {
    id: 'time_series',
    label: `time series (${RATE}, province ${PROVINCE}, by month, all years)`,
    sql: `SELECT strftime(period_start, '%Y-%m-%d') AS month, 100 * sum(numerator) / sum(denominator) AS rate
FROM observations WHERE indicator = '${RATE}' AND geo_code = '${PROVINCE}' GROUP BY period_start ORDER BY period_start`,
    js(c) {
      const want = codeOf(c.dictionaries.indicator, RATE);
      const place = codeOf(c.dictionaries.geo_code, PROVINCE);
      const months = new Map<number, { n: number; d: number }>();
      for (let i = 0; i < c.length; i++) {
        if (c.indicator[i] !== want || c.geo_code[i] !== place) continue;
        const day = c.period_start[i]!;
        let m = months.get(day);
        if (!m) months.set(day, (m = { n: 0, d: 0 }));
        m.n += c.numerator[i]!;
        m.d += c.denominator[i]!;
      }
      return [...months.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([day, m]): ResultRow => [isoDay(day), rate(m.n, m.d)!]);
    },
    arquero(t, _aq) {
      const result = t
        .params({ want: RATE, place: PROVINCE })
        .filter('d.indicator === $.want && d.geo_code === $.place')
        .groupby('period_start')
        .rollup({ rate: '100 * op.sum(d.numerator) / op.sum(d.denominator)' })
        .orderby('period_start');
      return rowsOf(result, ['period_start', 'rate']).map(([day, value]) => [isoDay(day as number), value!]);
    },
  },
];

/** The same query as a remote read of partitioned Parquet: partitions, columns and a row-group filter. */
export const REMOTE = {
  filter_group: {
    indicator: RATE,
    years: [YEAR, YEAR] as [number, number],
    columns: ['geo_code', 'period_start', 'numerator', 'denominator'],
  },
  top_n: {
    indicator: RANKED,
    years: [YEAR, YEAR] as [number, number],
    columns: ['geo_code', 'subdivision', 'period_start', 'numerator', 'denominator'],
  },
  time_series: {
    indicator: RATE,
    years: [1900, 2100] as [number, number],
    columns: ['geo_code', 'period_start', 'numerator', 'denominator'],
    equals: { geo_code: PROVINCE },
  },
} as const;

/** Two results agree when every value does, numbers to 1e-9 relative. */
export function sameResult(a: readonly ResultRow[], b: readonly ResultRow[]): boolean {
  if (a.length !== b.length) return false;
  return a.every(
    (row, i) =>
      row.length === b[i]!.length &&
      row.every((v, j) => {
        const w = b[i]![j];
        return typeof v === 'number' && typeof w === 'number'
          ? Math.abs(v - w) <= 1e-9 * Math.max(1, Math.abs(v))
          : v === w;
      }),
  );
}

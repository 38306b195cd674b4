import type { Db } from '../lib/sql.ts';
import { excludedSql, resultSql, type ExclusionReason, type ExclusionRow, type ResultRow } from './filters.ts';
import { sourcesSql, type SourceInfo } from './options.ts';
import type { ExploreResult } from './run.ts';
import type { ExploreState } from './state.ts';

/**
 * The year span as a cross-filter. A selection (indicators, level, places, map, period type, versions)
 * asks DuckDB once, with no year limit; its answer is small (one row per indicator, place, body and
 * period, counts already summed by the explorer's rules in filters.ts), and every year span is then cut
 * from it here, in JavaScript, without another query: brushing the time chart or moving the year
 * selects redraws the table, the chart and the map from this aggregate alone.
 *
 * Cutting is exact, not an approximation: a result row groups figures of one period, and the span keeps
 * or drops whole periods by the year they end in (the rule scopeConditions applies in SQL), so the rows
 * of a span are the rows DuckDB gives for that span, numerators and denominators summed the same way
 * and the 63 → 34 rule (src/lib/reaggregate.ts) decided per period as before. tests/unit/cross-filter.test.ts
 * holds it to DuckDB's own answer.
 */
export interface SpanAggregate {
  /** Every period's rows, in the result's order. */
  rows: ResultRow[];
  /** year(period_end) of each row: what a span compares. */
  endYear: Int16Array;
  /** Figures left out, by reason and the year their period ends. */
  excluded: Array<ExclusionRow & { year: number }>;
  sources: SourceInfo[];
  /** First and last year with a row; null when nothing was found. */
  years: { first: number; last: number } | null;
}

/** The selection's one query (with its exclusions and sources), for every year. */
export async function loadAggregate(db: Db, state: ExploreState): Promise<SpanAggregate> {
  const open = { ...state, from: null, to: null };
  const [rows, excluded] = await Promise.all([
    db.query<ResultRow>(resultSql(open)),
    db.query<ExclusionRow & { year: number }>(excludedSql(open, true)),
  ]);
  const ids = [...new Set(rows.flatMap((r) => r.sources.split(', ')))];
  return aggregateOf(rows, excluded, await db.query<SourceInfo>(sourcesSql(ids)));
}

export function aggregateOf(
  rows: ResultRow[],
  excluded: Array<ExclusionRow & { year: number }>,
  sources: SourceInfo[],
): SpanAggregate {
  const endYear = new Int16Array(rows.length);
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  rows.forEach((r, i) => {
    const year = Number(r.period_end.slice(0, 4));
    endYear[i] = year;
    if (year < first) first = year;
    if (year > last) last = year;
  });
  return { rows, endYear, excluded, sources, years: rows.length > 0 ? { first, last } : null };
}

/** The result of the selection for periods ending in [from, to] (null: open on that side). */
export function spanResult(aggregate: SpanAggregate, from: number | null, to: number | null): ExploreResult {
  const low = from ?? -32768;
  const high = to ?? 32767;
  const { endYear } = aggregate;
  const rows: ResultRow[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < endYear.length; i++) {
    if (endYear[i]! < low || endYear[i]! > high) continue;
    const row = aggregate.rows[i]!;
    rows.push(row);
    for (const id of row.sources.split(', ')) ids.add(id);
  }
  // Reasons in the order DuckDB sorts them (excludedSql), each summed over the span's years.
  const byReason = new Map<ExclusionReason, number>();
  for (const e of aggregate.excluded)
    if (e.year >= low && e.year <= high) byReason.set(e.reason, (byReason.get(e.reason) ?? 0) + e.figures);
  const excluded = [...byReason]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([reason, figures]) => ({ reason, figures }));
  return { rows, excluded, sources: aggregate.sources.filter((s) => ids.has(s.id)) };
}

/** Valued rows per year, every year from the first to the last: the brushable time chart's bars. */
export function figuresByYear(aggregate: SpanAggregate): Array<{ year: number; figures: number }> {
  if (!aggregate.years) return [];
  const { first, last } = aggregate.years;
  const counts = new Int32Array(last - first + 1);
  aggregate.rows.forEach((r, i) => {
    if (r.value !== null) counts[aggregate.endYear[i]! - first]! += 1;
  });
  return [...counts].map((figures, i) => ({ year: first + i, figures }));
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openParquetDb } from '../../src/build/db.ts';
import { figuresByYear, loadAggregate, spanResult, type SpanAggregate } from '../../src/explore/cross-filter.ts';
import { createBuildDocument } from '../../src/build/dom.ts';
import { blockedCoverage } from '../../src/explore/present.ts';
import { runExplore } from '../../src/explore/run.ts';
import { DEFAULT_STATE, type ExploreState } from '../../src/explore/state.ts';
import { renderResultTable, TABLE_ROWS, updateResultTable } from '../../src/explore/table.ts';

// The year span cut in JavaScript from one aggregate must be exactly what DuckDB answers for that span,
// on the published data: every selection below, every span (open or closed on either side).
let db: Awaited<ReturnType<typeof openParquetDb>>;
beforeAll(async () => {
  db = await openParquetDb();
});
afterAll(() => db?.close());

const SELECTIONS: Array<Partial<ExploreState>> = [
  {},
  { indicators: ['mediation_success_rate'], geo: 'province', periodType: 'all' },
  { indicators: ['mediation_success_rate', 'thads_case_rate'], geo: 'province', map: '34', periodType: 'all' },
  { indicators: ['thads_case_rate', 'thads_money_rate'], geo: 'region', periodType: 'year' },
  { indicators: ['thads_case_rate'], geo: 'cluster', periodType: 'all' },
  { indicators: ['mediation_success_rate'], geo: 'national', periodType: 'all', allVersions: true },
];

function spans(aggregate: SpanAggregate): Array<[number | null, number | null]> {
  const { first, last } = aggregate.years!;
  const middle = Math.round((first + last) / 2);
  return [
    [null, null],
    [first, first],
    [middle, last],
    [null, middle],
    [middle, null],
    [middle - 1, middle + 1],
    [last + 1, null],
  ];
}

describe('the year span as a cross-filter', () => {
  it('cuts from one aggregate exactly the rows, exclusions and sources DuckDB gives for each span', async () => {
    let cut = 0;
    let blocked = 0;
    for (const patch of SELECTIONS) {
      const state = { ...DEFAULT_STATE, ...patch };
      const aggregate = await loadAggregate(db, state);
      expect(aggregate.years, JSON.stringify(patch)).not.toBeNull();
      for (const [from, to] of spans(aggregate)) {
        const mine = spanResult(aggregate, from, to);
        const duck = await runExplore(db, { ...state, from, to });
        expect(mine, `${JSON.stringify(patch)} ${from}–${to}`).toEqual(duck);
        if (mine.rows.length > 0 && mine.rows.length < aggregate.rows.length) cut++;
        blocked += mine.rows.filter((r) => blockedCoverage(r) !== null).length;
      }
    }
    expect(cut).toBeGreaterThan(10); // the spans really left rows out
    expect(blocked).toBeGreaterThan(0); // new provinces left empty by the 63 → 34 rule stay empty in a span
  });

  it('counts the valued rows of every year for the time chart, with empty years as zero', async () => {
    const state = { ...DEFAULT_STATE, indicators: ['mediation_success_rate'], geo: 'province' as const };
    const aggregate = await loadAggregate(db, { ...state, periodType: 'all' });
    const bars = figuresByYear(aggregate);
    const { first, last } = aggregate.years!;
    expect(bars.map((b) => b.year)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    expect(bars.reduce((n, b) => n + b.figures, 0)).toBe(aggregate.rows.filter((r) => r.value !== null).length);
    for (const b of bars)
      expect(b.figures).toBe(spanResult(aggregate, b.year, b.year).rows.filter((r) => r.value !== null).length);
  });
});

describe('a long span in the table', () => {
  it('draws the first rows in the chosen order, says how many of how many, and offers them all', async () => {
    const state = { ...DEFAULT_STATE, geo: 'province' as const, periodType: 'all' as const };
    const { rows } = await loadAggregate(db, { ...state, indicators: ['thads_case_rate', 'mediation_success_rate'] });
    const long = [...rows, ...rows, ...rows, ...rows];
    expect(long.length).toBeGreaterThan(TABLE_ROWS);
    const doc = createBuildDocument();
    const sort = { column: 'value', direction: 'desc' as const };
    const cut = renderResultTable(doc, long, 'vi', sort, []);
    expect(cut.tBodies[0]!.rows.length).toBe(TABLE_ROWS);
    expect(cut.tFoot!.textContent).toContain(`Bảng hiện ${TABLE_ROWS}/${long.length} dòng đầu`);
    expect(cut.tFoot!.querySelector('button[data-table-all]')!.textContent).toBe(`Hiện cả ${long.length} dòng`);
    const whole = renderResultTable(doc, long, 'vi', sort, [], Number.POSITIVE_INFINITY);
    expect(whole.tFoot).toBeNull();
    expect(whole.tBodies[0]!.rows.length).toBe(long.length);
    // The first rows are the whole table's first rows: the cut keeps the reader's order.
    const text = (t: HTMLTableElement) => [...t.tBodies[0]!.rows].map((r) => r.textContent);
    expect(text(cut)).toEqual(text(whole).slice(0, TABLE_ROWS));
  });

  it('updates a drawn table in place to the table a fresh drawing gives, span after span', async () => {
    const state = { ...DEFAULT_STATE, geo: 'province' as const, periodType: 'all' as const };
    const aggregate = await loadAggregate(db, { ...state, indicators: ['mediation_success_rate'] });
    const { first, last } = aggregate.years!;
    const doc = createBuildDocument();
    const sources = aggregate.sources;
    let table = renderResultTable(doc, spanResult(aggregate, null, null).rows, 'vi', null, sources);
    const body = table.tBodies[0]!;
    for (const [from, to] of [
      [last, last],
      [first, last],
      [first, first],
      [null, last - 1],
    ] as const) {
      const { rows } = spanResult(aggregate, from, to);
      const updated = updateResultTable(doc, table, rows, 'vi', null, sources);
      expect(updated).toBe(table); // the same table, its rows rewritten
      expect(updated.tBodies[0]).toBe(body);
      expect(updated.outerHTML).toBe(renderResultTable(doc, rows, 'vi', null, sources).outerHTML);
      table = updated;
    }
    // Another order has other headers: a new table.
    const sort = { column: 'value', direction: 'desc' as const };
    const { rows } = spanResult(aggregate, first, last);
    const sorted = updateResultTable(doc, table, rows, 'vi', sort, sources);
    expect(sorted).not.toBe(table);
    expect(sorted.outerHTML).toBe(renderResultTable(doc, rows, 'vi', sort, sources).outerHTML);
  });
});

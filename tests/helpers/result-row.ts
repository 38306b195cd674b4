import type { ResultRow } from '../../src/lib/result-row.ts';

/**
 * A row of an Explore result for tests of what draws or labels results: one published figure of the enforcement
 * rate for the nation in statistical year 2022, changed by `over`.
 */
export function resultRow(over: Partial<ResultRow> = {}): ResultRow {
  return {
    indicator: 'thads_case_rate',
    indicator_vi: 'Tỷ lệ thi hành xong về việc',
    indicator_en: 'Enforcement rate (cases)',
    kind: 'rate',
    unit: 'percent',
    place_code: 'VN',
    place_vi: 'Toàn quốc',
    place_en: 'Viet Nam',
    organisation: null,
    period_start: '2021-10-01',
    period_end: '2022-09-30',
    period_type: 'year',
    value: 80,
    value_reported: null,
    bound: 'exact',
    numerator: null,
    denominator: null,
    denominator_scope: null,
    aggregated: false,
    figures: 1,
    places: 1,
    places_total: null,
    without_counts: 0,
    not_summable: 0,
    sources: 's',
    ...over,
  };
}

/** The national enforcement rate of statistical year `y` (1 October of y − 1 to 30 September of y). */
export function statisticalYearRow(y: number, value: number | null, over: Partial<ResultRow> = {}): ResultRow {
  return resultRow({ period_start: `${y - 1}-10-01`, period_end: `${y}-09-30`, value, ...over });
}

import { localField } from '../i18n/local-name.ts';
import type { Lang } from './format.ts';
import { formatPeriod } from './period-labels.ts';
import { placeWithBody } from './presentation.ts';

/**
 * One row of the Explore result, and how a row names its place and period: shared by the Explore
 * page (src/explore/) and its chart (src/charts/explore.ts), which must not reach up into the page.
 */
export interface ResultRow {
  indicator: string;
  indicator_vi: string;
  indicator_en: string;
  kind: string;
  unit: string;
  place_code: string;
  place_vi: string;
  place_en: string;
  organisation: string | null;
  period_start: string;
  period_end: string;
  period_type: string;
  value: number | null;
  value_reported: number | null;
  bound: string;
  numerator: number | null;
  denominator: number | null;
  /** One figure's denominator_scope: all_assigned counts are counts, not a completion rate (no value). */
  denominator_scope: string | null;
  /** true when several figures were combined into this row. */
  aggregated: boolean;
  /** Published figures that went into the row, and the places they were for. */
  figures: number;
  places: number;
  /** Places the row's place is made of (region, cluster members, old provinces of a new one); null for one place. */
  places_total: number | null;
  /** Rates printed without counts: left out of a combined rate. */
  without_counts: number;
  /** Targets or facts that cannot be summed: the combined value is empty. */
  not_summable: number;
  sources: string;
}

const basisOf = (indicator: string) =>
  (indicator.startsWith('thads_') ? 'thads_year' : 'calendar') as 'thads_year' | 'calendar';

/** "Hà Nội · Sở Tư pháp": the place in the reader's language, and the body when the figure is about one. */
export function placeLabel(row: ResultRow, lang: Lang): string {
  const place = localField(row, 'place', lang);
  return placeWithBody(place, row.organisation, null, lang);
}

export function periodLabel(row: Pick<ResultRow, 'indicator' | 'period_start' | 'period_end'>, lang: Lang): string {
  return formatPeriod(row.period_start, row.period_end, basisOf(row.indicator), lang);
}

import { localField } from '../i18n/local-name.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatBound, formatNumber, formatValue, type Lang } from '../lib/format.ts';
import { countsMakeNoRate } from '../lib/issues.ts';
import type { Bound } from '../lib/numbers.ts';
import { figureWithCheck } from '../lib/presentation.ts';
import { periodLabel, placeLabel } from '../lib/result-row.ts';
import type { ExclusionRow, ResultRow } from './filters.ts';
import type { ExploreState } from './state.ts';

/** How the result table shows each column; `sortValue` is what sorting compares. */
export interface ResultColumn {
  key: string;
  label: string;
  numeric: boolean;
  text(row: ResultRow): string;
  sortValue(row: ResultRow): string | number | null;
}

export { periodLabel, placeLabel };

/** The value as the table shows it; an empty combined value says why. */
export function valueText(row: ResultRow, lang: Lang): string {
  if (row.value !== null && !row.aggregated) {
    // The printed figure with its bound, and beside it the check against its counts (src/lib/presentation.ts).
    return figureWithCheck({ ...row, bound: (row.bound as Bound) ?? 'exact' }, lang);
  }
  const t = useBrowserTranslations(lang).explore;
  if (row.value !== null) {
    const text = formatValue(row.value, row.unit, lang, (row.bound as Bound) ?? 'exact');
    return row.unit === 'percent' ? `${text} (${useBrowserTranslations(lang).honesty.computedShort})` : text;
  }
  if (countsMakeNoRate(row.denominator_scope)) return t.overAllAssigned;
  if (row.not_summable > 0) return t.notSummable;
  const blocked = blockedCoverage(row);
  if (blocked) return t.incomplete(blocked.reported, blocked.total);
  if (row.without_counts > 0) return t.noCounts;
  return '—';
}

/**
 * A combined row left empty because some of the places that form it have no figure (the 63 → 34 rule,
 * src/lib/reaggregate.ts); null when nothing was counted at all (then the rates lacked counts).
 */
export function blockedCoverage(row: ResultRow): { reported: number; total: number } | null {
  if (row.value !== null || !row.aggregated || row.places_total === null) return null;
  if (row.without_counts >= row.places) return null;
  return row.places < row.places_total ? { reported: row.places, total: row.places_total } : null;
}

function count(value: number | null, lang: Lang, unit: string): string {
  if (value === null) return '—';
  return unit === 'VND' || unit === 'percent' ? formatNumber(value, lang, 0) : formatNumber(value, lang, 0);
}

export function resultColumns(lang: Lang): ResultColumn[] {
  const t = useBrowserTranslations(lang).explore;
  const name = (r: ResultRow) => localField(r, 'indicator', lang);
  return [
    {
      key: 'indicator',
      label: t.columns.indicator,
      numeric: false,
      text: name,
      sortValue: name,
    },
    {
      key: 'place',
      label: t.columns.place,
      numeric: false,
      text: (r) => placeLabel(r, lang),
      sortValue: (r) => placeLabel(r, lang),
    },
    {
      key: 'period',
      label: t.columns.period,
      numeric: false,
      text: (r) => periodLabel(r, lang),
      sortValue: (r) => `${r.period_end}|${r.period_start}`,
    },
    {
      key: 'value',
      label: t.columns.value,
      numeric: true,
      text: (r) => valueText(r, lang),
      sortValue: (r) => r.value,
    },
    {
      key: 'numerator',
      label: t.columns.numerator,
      numeric: true,
      text: (r) => count(r.numerator, lang, r.unit),
      sortValue: (r) => r.numerator,
    },
    {
      key: 'denominator',
      label: t.columns.denominator,
      numeric: true,
      text: (r) => count(r.denominator, lang, r.unit),
      sortValue: (r) => r.denominator,
    },
    {
      key: 'figures',
      label: t.columns.figures,
      numeric: true,
      text: (r) => {
        if (!r.aggregated) return t.published;
        const of = r.places_total ? `/${r.places_total}` : '';
        const dropped = r.without_counts > 0 ? t.droppedWithoutCounts(r.without_counts) : '';
        return t.combined(r.figures, `${r.places}${of}`, dropped);
      },
      sortValue: (r) => r.figures,
    },
    {
      key: 'sources',
      label: t.columns.sources,
      numeric: false,
      text: (r) => r.sources,
      sortValue: (r) => r.sources,
    },
  ];
}

/** Rows in the order a reader asked for; empty values last whatever the direction. */
export function sortRows(rows: readonly ResultRow[], sort: ExploreState['sort'], lang: Lang): ResultRow[] {
  if (!sort) return [...rows];
  const column = resultColumns(lang).find((c) => c.key === sort.column);
  if (!column) return [...rows];
  const sign = sort.direction === 'desc' ? -1 : 1;
  const collator = new Intl.Collator(useBrowserTranslations(lang).units.locale);
  return rows
    .map((row, i) => ({ row, i, v: column.sortValue(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const d =
        typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return d * sign || a.i - b.i;
    })
    .map((x) => x.row);
}

/** What the reader must know to read the result: how it was computed and what was left out. */
export function resultNotes(rows: readonly ResultRow[], excluded: readonly ExclusionRow[], lang: Lang): string[] {
  const t = useBrowserTranslations(lang).explore;
  const n = (value: number) => formatNumber(value, lang, 0);
  const notes: string[] = [t.recomputed];
  const combinedRates = rows.filter((r) => r.aggregated && r.kind === 'rate');
  const withoutCounts = combinedRates.reduce((sum, r) => sum + r.without_counts, 0);
  if (withoutCounts > 0) notes.push(t.withoutCounts(n(withoutCounts)));
  const notSummable = rows.reduce((sum, r) => sum + r.not_summable, 0);
  if (notSummable > 0) notes.push(t.notSummableNote(n(notSummable)));
  for (const e of excluded) notes.push(t.leftOut(n(e.figures), t.reasons[e.reason] ?? e.reason));
  return notes;
}

/** A title that states what the result shows. */
export function resultTitle(rows: readonly ResultRow[], lang: Lang): string {
  const t = useBrowserTranslations(lang).explore;
  const valued = rows.filter((r) => r.value !== null);
  if (rows.length === 0) return t.noFigures;
  const indicators = new Set(rows.map((r) => r.indicator));
  const places = new Set(rows.map((r) => placeLabel(r, lang)));
  if (indicators.size === 1 && places.size === 1 && valued.length > 0) {
    const first = valued[0]!;
    const last = valued.at(-1)!;
    const name = localField(first, 'indicator', lang);
    const show = (r: ResultRow) =>
      `${formatBound(r.bound as Bound, lang)}${formatValue(r.value!, r.unit, lang)} (${periodLabel(r, lang)})`;
    return valued.length === 1
      ? `${name}, ${placeLabel(first, lang)}: ${show(first)}`
      : `${name}, ${placeLabel(first, lang)}: ${show(first)} → ${show(last)}`;
  }
  return t.rowsTitle(rows.length, indicators.size, places.size);
}

import { workloadChart, type WorkloadBar } from '../charts/workload.ts';
import { COLORS } from '../charts/theme.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatCount, formatPercent, formatVnd } from '../lib/format.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { nationalYearsSql } from '../lib/queries.ts';
import { measureOf } from './enforcement.ts';
import { PROVENANCE_COLUMNS, provenance, sourceCell, toCsv, uniqueSources, type View } from './view.ts';

const INDICATORS = {
  case: { total: 'thads_cases_total', with_conditions: 'thads_cases_with_conditions', unit: 'cases' },
  money: { total: 'thads_money_total_vnd', with_conditions: 'thads_money_with_conditions_vnd', unit: 'VND' },
} as const;

interface Row {
  indicator: string;
  period_start: string;
  period_end: string;
  value: number;
  source_id: string;
  source_title: string;
  source_url: string | null;
  source_publisher: string;
  source_date: string | null;
}

/** Context for the enforcement rates: how much there was to enforce, and how much of it could be. */
export const workloadView: View = async (db, params, context) => {
  const { lang } = context;
  const words = useBrowserTranslations(lang);
  const t = words.views.workload;
  const measure = measureOf(params.measure);
  const spec = INDICATORS[measure];
  const rows = await db.query<Row>(nationalYearsSql([spec.total, spec.with_conditions]));
  const kindOf = (r: Row): WorkloadBar['kind'] => (r.indicator === spec.total ? 'total' : 'with_conditions');
  const bars: WorkloadBar[] = rows.map((r) => ({ period_end: r.period_end, kind: kindOf(r), value: r.value }));
  const amount = (v: number) => (spec.unit === 'VND' ? formatVnd(v, lang) : formatCount(v, words.units.cases, lang));
  const labels = { total: t.total, with_conditions: t.withConditions };
  const years = [...new Set(rows.map((r) => r.period_end))];
  const last = years.at(-1);
  const lastTotal = rows.find((r) => r.period_end === last && kindOf(r) === 'total');
  const lastWith = rows.find((r) => r.period_end === last && kindOf(r) === 'with_conditions');
  const when = last
    ? formatPeriod(rows.find((r) => r.period_end === last)!.period_start, last, 'thads_year', lang)
    : '';
  const title =
    lastTotal && lastWith
      ? t.title(
          when,
          amount(lastTotal.value),
          // No source printed this share: it is computed from the two published amounts, and says so.
          `${formatPercent((lastWith.value / lastTotal.value) * 100, lang, 1)} (${words.honesty.computedShort})`,
        )
      : t.empty[measure];
  return {
    title,
    subtitle: t.subtitle,
    draw: (width) => workloadChart(bars, spec.unit, labels, { ...context, width }),
    legend: [
      { label: labels.total, color: COLORS.resultSoft, kind: 'bar' },
      { label: labels.with_conditions, color: COLORS.result, kind: 'bar' },
    ],
    alt: t.alt(years.length),
    table: {
      columns: t.columns,
      rows: rows.map((r) => [
        formatPeriod(r.period_start, r.period_end, 'thads_year', lang),
        labels[kindOf(r)],
        amount(r.value),
        sourceCell(r),
      ]),
    },
    csv: {
      filename: `thads_${measure}_workload.csv`,
      text: toCsv(
        ['indicator', 'period_start', 'period_end', 'value', ...PROVENANCE_COLUMNS],
        rows.map((r) => [r.indicator, r.period_start, r.period_end, r.value, ...provenance(r, context.release)]),
      ),
    },
    sources: uniqueSources(rows),
    titleSources: lastTotal && lastWith ? [lastTotal.source_id, lastWith.source_id] : [],
    notes: [],
  };
};

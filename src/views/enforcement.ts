import { enforcementChart } from '../charts/enforcement.ts';
import { COLORS } from '../charts/theme.ts';
import { useTranslations } from '../i18n/messages.ts';
import { formatBound, formatNumber, formatPercent, formatPointChange, formatVnd } from '../lib/format.ts';
import { computeKpi } from '../lib/kpi.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { nationalSeriesSql, nationalTargetsSql, type FigureRow, type TargetRow } from '../lib/queries.ts';
import { sourceCell, toCsv, uniqueSources, type View } from './view.ts';

export const MEASURES = {
  case: { rate: 'thads_case_rate', target: 'thads_case_target' },
  money: { rate: 'thads_money_rate', target: 'thads_money_target' },
} as const;
export type Measure = keyof typeof MEASURES;

export function measureOf(value: string | undefined): Measure {
  return value === 'money' ? 'money' : 'case';
}

/** Enforcement ratio (về việc or về tiền) by statistical year against each year's target. */
export const enforcementView: View = async (db, params, context) => {
  const { lang } = context;
  const measure = measureOf(params.measure);
  const { rate, target } = MEASURES[measure];
  const [series, targets] = await Promise.all([
    db.query<FigureRow>(nationalSeriesSql(rate)),
    db.query<TargetRow>(nationalTargetsSql(target)),
  ]);
  const years = series.filter((r) => r.period_type === 'year');
  const kpi = computeKpi(years, targets);
  const t = useTranslations(lang).views.enforcement;
  const what = t.measure[measure];
  const percent = (r: { bound: FigureRow['bound']; value: number }) =>
    `${formatBound(r.bound, lang)}${formatPercent(r.value, lang)}`;
  let title = t.empty(what);
  if (kpi) {
    const when = formatPeriod(kpi.latest.period_start, kpi.latest.period_end, 'thads_year', lang);
    const against = kpi.target ? t.against(kpi.met === true, percent(kpi.target)) : '';
    title = t.title(when, percent(kpi.latest), what, against);
  }
  const targetFor = (r: FigureRow) =>
    targets.find((t) => t.period_end === r.period_end && t.period_start === r.period_start);
  const amount = (v: number | null) =>
    v === null ? '' : measure === 'money' ? formatVnd(v, lang) : formatNumber(v, lang, 0);
  const sources = uniqueSources([...years, ...targets.map((t) => ({ ...t, source_publisher: undefined }))]);
  return {
    title,
    subtitle: t.subtitle[measure],
    draw: (width) => enforcementChart(years, targets, { ...context, width }),
    legend: [
      { label: t.legendResult(what), color: COLORS.result, kind: 'line' },
      { label: t.legendTarget, color: COLORS.target, kind: 'dash' },
    ],
    alt: kpi
      ? t.alt(
          formatPercent(years[0]!.value, lang),
          formatPeriod(years[0]!.period_start, years[0]!.period_end, 'thads_year', lang),
          formatPercent(kpi.latest.value, lang),
          kpi.change !== null ? t.change(formatPointChange(kpi.change, lang)) : '',
        )
      : title,
    table: {
      columns: t.columns,
      rows: years.map((r) => {
        const goal = targetFor(r);
        return [
          formatPeriod(r.period_start, r.period_end, 'thads_year', lang),
          percent(r),
          goal ? percent(goal) : '—',
          amount(r.numerator),
          amount(r.denominator),
          sourceCell(r),
        ];
      }),
    },
    csv: {
      filename: `${rate}.csv`,
      text: toCsv(
        [
          'indicator',
          'period_start',
          'period_end',
          'value',
          'bound',
          'value_reported',
          'numerator',
          'denominator',
          'target',
          'source_id',
          'source_url',
        ],
        years.map((r) => [
          r.indicator,
          r.period_start,
          r.period_end,
          r.value,
          r.bound,
          r.value_reported,
          r.numerator,
          r.denominator,
          targetFor(r)?.value,
          r.source_id,
          r.source_url,
        ]),
      ),
    },
    sources,
    notes: [],
  };
};

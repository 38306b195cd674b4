import { enforcementChart } from '../charts/enforcement.ts';
import { COLORS } from '../charts/theme.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatBound, formatNumber, formatPercent, formatPointChange, formatVnd } from '../lib/format.ts';
import { computeKpi } from '../lib/kpi.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { assumedNote, figureRemarks, periodWithMark, figureText, figureWithCheck } from '../lib/presentation.ts';
import { nationalSeriesSql, nationalTargetsSql, type FigureRow, type TargetRow } from '../lib/queries.ts';
import { PROVENANCE_COLUMNS, provenance, sourceCell, toCsv, uniqueSources, type View } from './view.ts';

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
  const t = useBrowserTranslations(lang).views.enforcement;
  const what = t.measure[measure];
  const percent = (r: { bound: FigureRow['bound']; value: number }) =>
    `${formatBound(r.bound, lang)}${formatPercent(r.value, lang)}`;
  let title = t.empty(what);
  if (kpi) {
    const when = formatPeriod(kpi.latest.period_start, kpi.latest.period_end, 'thads_year', lang);
    const against = kpi.target ? t.against(kpi.met === true, percent(kpi.target)) : '';
    title = t.title(when, figureText(kpi.latest, lang), what, against);
  }
  const targetFor = (r: FigureRow) =>
    targets.find((t) => t.period_end === r.period_end && t.period_start === r.period_start);
  const targetsAlone = targets.filter(
    (t) => !years.some((r) => r.period_start === t.period_start && r.period_end === t.period_end),
  );
  // A year known only by its target, as a row of the CSV with no result.
  const targetOnlyRow = (t: TargetRow): FigureRow => ({
    ...years[0]!,
    ...t,
    indicator: rate,
    source_publisher: '',
    source_date: null,
    notes: null,
    value: null as unknown as number,
    value_reported: null,
    numerator: null,
    denominator: null,
    bound: 'exact',
  });
  // Years with a target and no published result still show their target, bound and all.
  const allYears = [...years, ...targetsAlone.map(targetOnlyRow)].sort((a, b) =>
    a.period_end.localeCompare(b.period_end),
  );
  const amount = (v: number | null) =>
    v === null ? '' : measure === 'money' ? formatVnd(v, lang) : formatNumber(v, lang, 0);
  const sources = uniqueSources([...years, ...targets.map((t) => ({ ...t, source_publisher: undefined }))]);
  return {
    title,
    subtitle: t.subtitle[measure],
    titleSources: kpi ? [kpi.latest.source_id, ...(kpi.target ? [kpi.target.source_id] : [])] : [],
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
      rows: allYears.map((r) => {
        const goal = targetFor(r);
        return [
          periodWithMark(formatPeriod(r.period_start, r.period_end, 'thads_year', lang), r, lang),
          r.value === null ? '—' : figureWithCheck(r, lang),
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
          'value_as_printed',
          'value',
          'bound',
          'value_reported',
          'numerator',
          'denominator',
          'target_as_printed',
          'target',
          'target_bound',
          ...PROVENANCE_COLUMNS,
        ],
        allYears.map((r) => [
          r.indicator,
          r.period_start,
          r.period_end,
          r.value === null ? null : figureText(r, lang),
          r.value,
          r.bound,
          r.value_reported,
          r.numerator,
          r.denominator,
          targetFor(r) ? percent(targetFor(r)!) : null,
          targetFor(r)?.value,
          targetFor(r)?.bound,
          ...provenance(r, context.release),
        ]),
      ),
    },
    sources,
    notes: [
      ...years.flatMap((r) =>
        figureRemarks(r, lang).map(
          (remark) => `${formatPeriod(r.period_start, r.period_end, 'thads_year', lang)}: ${remark}`,
        ),
      ),
      ...assumedNote(allYears, lang),
    ],
  };
};

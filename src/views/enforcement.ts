import { enforcementChart } from '../charts/enforcement.ts';
import { COLORS } from '../charts/theme.ts';
import { formatBound, formatNumber, formatPercent, formatPointChange, formatVnd } from '../lib/format.ts';
import { computeKpi } from '../lib/kpi.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { figureCheck, figureText, figureWithCheck } from '../lib/presentation.ts';
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
  const vi = lang === 'vi';
  const what = vi ? (measure === 'case' ? 'về việc' : 'về tiền') : measure === 'case' ? 'by cases' : 'by money';
  let title = vi
    ? `Thi hành án dân sự ${what}: chưa có số liệu cả năm`
    : `Civil judgment enforcement ${what}: no full-year figure yet`;
  if (kpi) {
    const when = formatPeriod(kpi.latest.period_start, kpi.latest.period_end, 'thads_year', lang);
    const result = figureText(kpi.latest, lang);
    const against = kpi.target
      ? vi
        ? `, ${kpi.met ? 'vượt' : 'chưa đạt'} chỉ tiêu ${formatBound(kpi.target.bound, lang)}${formatPercent(kpi.target.value, lang)}`
        : `, ${kpi.met ? 'above' : 'below'} the target of ${formatBound(kpi.target.bound, lang)}${formatPercent(kpi.target.value, lang)}`
      : '';
    title = vi
      ? `${when}: thi hành xong ${result} ${what}${against}`
      : `${when}: ${result} of enforceable judgments completed ${what}${against}`;
  }
  const targetText = (t: TargetRow) => `${formatBound(t.bound, lang)}${formatPercent(t.value, lang)}`;
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
    subtitle: vi
      ? `Tỷ lệ thi hành xong trên số ${measure === 'case' ? 'việc' : 'tiền'} có điều kiện thi hành, theo năm thống kê (1/10 năm trước – 30/9); vạch đứt: chỉ tiêu được giao.`
      : `Share of judgments ${measure === 'case' ? '(cases)' : '(money)'} with conditions to enforce that were completed, by statistical year (1 Oct – 30 Sep); dashed marks: the target set.`,
    draw: (width) => enforcementChart(years, targets, { ...context, width }),
    legend: [
      { label: vi ? `Kết quả thi hành xong ${what}` : `Completed ${what}`, color: COLORS.result, kind: 'line' },
      { label: vi ? 'Chỉ tiêu của năm' : "The year's target", color: COLORS.target, kind: 'dash' },
    ],
    alt: kpi
      ? vi
        ? `Biểu đồ đường: tỷ lệ từ ${formatPercent(years[0]!.value, lang)} (${formatPeriod(years[0]!.period_start, years[0]!.period_end, 'thads_year', lang)}) đến ${formatPercent(kpi.latest.value, lang)}${kpi.change !== null ? ` (${formatPointChange(kpi.change, lang)} so với năm trước)` : ''}.`
        : `Line chart: the rate went from ${formatPercent(years[0]!.value, lang)} (${formatPeriod(years[0]!.period_start, years[0]!.period_end, 'thads_year', lang)}) to ${formatPercent(kpi.latest.value, lang)}${kpi.change !== null ? ` (${formatPointChange(kpi.change, lang)} on the year before)` : ''}.`
      : title,
    table: {
      columns: vi
        ? ['Kỳ', 'Tỷ lệ', 'Chỉ tiêu', 'Thi hành xong', 'Có điều kiện', 'Nguồn']
        : ['Period', 'Rate', 'Target', 'Completed', 'With conditions', 'Source'],
      rows: allYears.map((r) => {
        const t = targetFor(r);
        return [
          formatPeriod(r.period_start, r.period_end, 'thads_year', lang),
          r.value === null ? '—' : figureWithCheck(r, lang),
          t ? targetText(t) : '—',
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
          'source_id',
          'source_url',
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
          targetFor(r) ? targetText(targetFor(r)!) : null,
          targetFor(r)?.value,
          targetFor(r)?.bound,
          r.source_id,
          r.source_url,
        ]),
      ),
    },
    sources,
    notes: years.flatMap((r) => {
      const check = figureCheck(r, lang);
      return check ? [`${formatPeriod(r.period_start, r.period_end, 'thads_year', lang)}: ${check}`] : [];
    }),
  };
};

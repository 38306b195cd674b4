import { enforcementChart } from '../charts/enforcement.ts';
import { COLORS } from '../charts/theme.ts';
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
  const vi = lang === 'vi';
  const what = vi ? (measure === 'case' ? 'về việc' : 'về tiền') : measure === 'case' ? 'by cases' : 'by money';
  let title = vi
    ? `Thi hành án dân sự ${what}: chưa có số liệu cả năm`
    : `Civil judgment enforcement ${what}: no full-year figure yet`;
  if (kpi) {
    const when = formatPeriod(kpi.latest.period_start, kpi.latest.period_end, 'thads_year', lang);
    const result = `${formatBound(kpi.latest.bound, lang)}${formatPercent(kpi.latest.value, lang)}`;
    const against = kpi.target
      ? vi
        ? `, ${kpi.met ? 'vượt' : 'chưa đạt'} chỉ tiêu ${formatBound(kpi.target.bound, lang)}${formatPercent(kpi.target.value, lang)}`
        : `, ${kpi.met ? 'above' : 'below'} the target of ${formatBound(kpi.target.bound, lang)}${formatPercent(kpi.target.value, lang)}`
      : '';
    title = vi
      ? `${when}: thi hành xong ${result} ${what}${against}`
      : `${when}: ${result} of enforceable judgments completed ${what}${against}`;
  }
  const targetFor = (r: FigureRow) =>
    targets.find((t) => t.period_end === r.period_end && t.period_start === r.period_start);
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
      rows: years.map((r) => {
        const t = targetFor(r);
        return [
          formatPeriod(r.period_start, r.period_end, 'thads_year', lang),
          `${formatBound(r.bound, lang)}${formatPercent(r.value, lang)}`,
          t ? `${formatBound(t.bound, lang)}${formatPercent(t.value, lang)}` : '—',
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

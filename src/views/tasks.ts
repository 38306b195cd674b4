import { tasksChart, type TaskBar } from '../charts/tasks.ts';
import { formatNumber, formatPercent } from '../lib/format.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { indicatorFiguresSql, type FigureRow } from '../lib/queries.ts';
import { sourceCell, toCsv, uniqueSources, type View } from './view.ts';

/** Which body's tasks: the whole sector, the Ministry, or every report. */
export const SCOPES = ['all', 'sector', 'ministry'] as const;

/** Task completion against the work programme, by reporting period. */
export const tasksView: View = async (db, params, context) => {
  const { lang } = context;
  const vi = lang === 'vi';
  const scope = (SCOPES as readonly string[]).includes(params.scope ?? '') ? params.scope : 'all';
  const all = await db.query<FigureRow>(indicatorFiguresSql('tasks_completed_rate'));
  const rows = all.filter(
    (r) => scope === 'all' || (scope === 'sector' ? r.organisation === null : r.organisation === 'Bộ Tư pháp'),
  );
  const who = (r: FigureRow) => r.organisation ?? (vi ? 'Toàn ngành Tư pháp' : 'Whole justice sector');
  const bars: TaskBar[] = rows.map((r) => ({
    ...r,
    label: `${formatPeriod(r.period_start, r.period_end, 'calendar', lang)} · ${who(r)}`,
  }));
  const counts = (r: FigureRow) =>
    r.numerator !== null && r.denominator !== null
      ? `${formatNumber(r.numerator, lang, 0)}/${formatNumber(r.denominator, lang, 0)}`
      : '';
  const sector = rows.filter((r) => r.organisation === null).at(-1);
  const headline = sector ?? rows.at(-1);
  const title = headline
    ? vi
      ? `${formatPeriod(headline.period_start, headline.period_end, 'calendar', lang)}: ${headline.organisation ?? 'toàn ngành'} hoàn thành ${counts(headline)} nhiệm vụ, đạt ${formatPercent(headline.value, lang)}`
      : `${formatPeriod(headline.period_start, headline.period_end, 'calendar', lang)}: ${headline.organisation ?? 'the whole sector'} completed ${counts(headline)} tasks, ${formatPercent(headline.value, lang)}`
    : vi
      ? 'Chưa có số liệu hoàn thành nhiệm vụ'
      : 'No task completion figures';
  return {
    title,
    subtitle: vi
      ? 'Số nhiệm vụ đã hoàn thành / số nhiệm vụ phải hoàn thành trong kỳ, theo từng báo cáo; các phạm vi (toàn ngành, Bộ Tư pháp, các đơn vị) không cộng dồn được.'
      : 'Tasks completed / tasks due in the period, per report; scopes (whole sector, the Ministry, its units) cannot be added up.',
    draw: (width) => tasksChart(bars, { ...context, width }),
    legend: [],
    alt: vi
      ? `Biểu đồ thanh: ${bars.length} kỳ báo cáo, từ ${formatPercent(Math.min(...rows.map((r) => r.value)), lang)} đến ${formatPercent(Math.max(...rows.map((r) => r.value)), lang)}.`
      : `Bar chart: ${bars.length} reporting periods, from ${formatPercent(Math.min(...rows.map((r) => r.value)), lang)} to ${formatPercent(Math.max(...rows.map((r) => r.value)), lang)}.`,
    table: {
      columns: vi
        ? ['Kỳ', 'Phạm vi', 'Hoàn thành', 'Phải hoàn thành', 'Tỷ lệ', 'Số công bố', 'Nguồn']
        : ['Period', 'Scope', 'Completed', 'Due', 'Rate', 'Printed', 'Source'],
      rows: rows.map((r) => [
        formatPeriod(r.period_start, r.period_end, 'calendar', lang),
        who(r),
        r.numerator === null ? '—' : formatNumber(r.numerator, lang, 0),
        r.denominator === null ? '—' : formatNumber(r.denominator, lang, 0),
        formatPercent(r.value, lang),
        r.value_reported === null ? '—' : formatPercent(r.value_reported, lang),
        sourceCell(r),
      ]),
    },
    csv: {
      filename: 'tasks_completed_rate.csv',
      text: toCsv(
        [
          'period_start',
          'period_end',
          'organisation',
          'numerator',
          'denominator',
          'value',
          'value_reported',
          'source_id',
          'source_url',
        ],
        rows.map((r) => [
          r.period_start,
          r.period_end,
          r.organisation,
          r.numerator,
          r.denominator,
          r.value,
          r.value_reported,
          r.source_id,
          r.source_url,
        ]),
      ),
    },
    sources: uniqueSources(rows),
    notes: [],
  };
};

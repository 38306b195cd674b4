import { tasksChart, type TaskBar } from '../charts/tasks.ts';
import { useTranslations } from '../i18n/messages.ts';
import { formatNumber, formatPercent } from '../lib/format.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { indicatorFiguresSql, type FigureRow } from '../lib/queries.ts';
import { sourceCell, toCsv, uniqueSources, type View } from './view.ts';

/** Which body's tasks: the whole sector, the Ministry, or every report. */
export const SCOPES = ['all', 'sector', 'ministry'] as const;

/** Task completion against the work programme, by reporting period. */
export const tasksView: View = async (db, params, context) => {
  const { lang } = context;
  const t = useTranslations(lang).views.tasks;
  const scope = (SCOPES as readonly string[]).includes(params.scope ?? '') ? params.scope : 'all';
  const all = await db.query<FigureRow>(indicatorFiguresSql('tasks_completed_rate'));
  const rows = all.filter(
    (r) => scope === 'all' || (scope === 'sector' ? r.organisation === null : r.organisation === 'Bộ Tư pháp'),
  );
  const who = (r: FigureRow) => r.organisation ?? t.sector;
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
    ? t.title(
        formatPeriod(headline.period_start, headline.period_end, 'calendar', lang),
        headline.organisation ?? t.sectorInTitle,
        counts(headline),
        formatPercent(headline.value, lang),
      )
    : t.empty;
  const values = rows.map((r) => r.value);
  return {
    title,
    subtitle: t.subtitle,
    draw: (width) => tasksChart(bars, { ...context, width }),
    legend: [],
    alt: t.alt(bars.length, formatPercent(Math.min(...values), lang), formatPercent(Math.max(...values), lang)),
    table: {
      columns: t.columns,
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

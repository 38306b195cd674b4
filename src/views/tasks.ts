import { tasksChart, type TaskBar } from '../charts/tasks.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatPercent } from '../lib/format.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import {
  assumedNote,
  figureAge,
  figureRemarks,
  organisationName,
  periodWithMark,
  taskCompletionText,
  todayIso,
} from '../lib/presentation.ts';
import { indicatorFiguresSql, type FigureRow } from '../lib/queries.ts';
import { PROVENANCE_COLUMNS, provenance, sourceCell, toCsv, uniqueSources, type View } from './view.ts';

/** Which body's tasks: the whole sector, the Ministry, or every report. */
export const SCOPES = ['all', 'sector', 'ministry'] as const;

/** Task completion against the work programme, by reporting period. */
export const tasksView: View = async (db, params, context) => {
  const { lang } = context;
  const t = useBrowserTranslations(lang).views.tasks;
  const h = useBrowserTranslations(lang).honesty;
  const scope = (SCOPES as readonly string[]).includes(params.scope ?? '') ? params.scope : 'all';
  const all = await db.query<FigureRow>(indicatorFiguresSql('tasks_completed_rate'));
  const rows = all.filter(
    (r) => scope === 'all' || (scope === 'sector' ? r.organisation === null : r.organisation === 'Bộ Tư pháp'),
  );
  const who = (r: FigureRow) => (r.organisation ? organisationName(r.organisation, lang) : t.sector);
  const when = (r: FigureRow) => formatPeriod(r.period_start, r.period_end, 'calendar', lang);
  // Only a rate a source printed is drawn as a bar; counts of all tasks assigned are words, not a rate.
  const bars: TaskBar[] = rows.map((r) => ({
    ...r,
    value: r.value_reported ?? Number.NaN,
    label: `${when(r)} · ${who(r)}`,
  }));
  const shown = (r: FigureRow) => taskCompletionText(r, lang);
  // The headline is the newest report of the scope, and says how old it is (src/lib/presentation.ts).
  const headline = [...rows].sort((a, b) => a.period_end.localeCompare(b.period_end)).at(-1);
  let title = t.empty;
  if (headline) {
    const { text, rate } = shown(headline);
    const age = figureAge(headline.period_end, when(headline), todayIso(), headline.period_end, lang);
    const figure = [text, rate].filter(Boolean).join(' · ');
    title = `${age.label ?? when(headline)}: ${who(headline)}: ${figure}`;
  }
  const printed = rows.filter((r) => r.value_reported !== null).map((r) => r.value_reported!);
  return {
    title,
    subtitle: t.subtitle,
    draw: (width) => tasksChart(bars, { ...context, width }),
    legend: [],
    alt: h.tasksAlt(
      bars.length,
      printed.length,
      formatPercent(Math.min(...printed), lang),
      formatPercent(Math.max(...printed), lang),
    ),
    table: {
      columns: h.tasksColumns,
      rows: rows.map((r) => [
        periodWithMark(when(r), r, lang),
        who(r),
        shown(r).text || '—',
        shown(r).rate ?? '—',
        [shown(r).note, ...figureRemarks(r, lang)].filter(Boolean).join('; '),
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
          'result_as_printed',
          'rate_as_printed',
          'numerator',
          'denominator',
          'value_reported',
          ...PROVENANCE_COLUMNS,
        ],
        rows.map((r) => [
          r.period_start,
          r.period_end,
          r.organisation,
          shown(r).text,
          shown(r).rate,
          r.numerator,
          r.denominator,
          r.value_reported,
          ...provenance(r, context.release),
        ]),
      ),
    },
    sources: uniqueSources(rows),
    titleSources: headline ? [headline.source_id] : [],
    notes: assumedNote(rows, lang),
  };
};

import { rankingChart } from '../charts/ranking.ts';
import { COLORS } from '../charts/theme.ts';
import { localName } from '../i18n/local-name.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatCount, formatNumber, formatPercent } from '../lib/format.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import {
  nationalSeriesSql,
  provinceFiguresSql,
  provincePeriodsSql,
  type FigureRow,
  type PeriodChoiceRow,
  type ProvinceFigureRow,
} from '../lib/queries.ts';
import type { Db } from '../lib/sql.ts';
import type { Lang } from '../lib/format.ts';
import {
  coverageOf,
  figureRemarks,
  assumedNote,
  figureText,
  figureWithCheck,
  provincesInForce,
  rankingTitle,
} from '../lib/presentation.ts';
import { PROVENANCE_COLUMNS, provenance, sourceCell, toCsv, uniqueSources, type View } from './view.ts';

/** The periods a reader can pick, as `start..end` values with labels; the best-covered first. */
export async function rankingPeriods(
  db: Db,
  indicator: string,
  lang: Lang,
): Promise<Array<{ value: string; label: string }>> {
  const rows = await db.query<PeriodChoiceRow>(provincePeriodsSql(indicator));
  const basis = indicator.startsWith('thads_') ? 'thads_year' : 'calendar';
  const words = useBrowserTranslations(lang);
  return rows.map((r) => ({
    value: `${r.period_start}..${r.period_end}`,
    label: words.views.ranking.periodChoice(
      formatPeriod(r.period_start, r.period_end, basis, lang),
      formatCount(r.provinces, words.units.provinces, lang),
    ),
  }));
}

/** Provinces ranked by one rate for one period, the national figure as reference. */
export const rankingView: View = async (db, params, context) => {
  const { lang } = context;
  const t = useBrowserTranslations(lang).views.ranking;
  const indicator = params.indicator ?? 'mediation_success_rate';
  const basis = indicator.startsWith('thads_') ? 'thads_year' : 'calendar';
  let [start, end] = (params.period ?? '').split('..');
  if (!start || !end) [start, end] = ((await rankingPeriods(db, indicator, lang))[0]?.value ?? '..').split('..');
  const [rows, national] = await Promise.all([
    db.query<ProvinceFigureRow>(provinceFiguresSql(indicator, start!, end!)),
    db
      .query<FigureRow>(nationalSeriesSql(indicator))
      .then((all) => all.find((r) => r.period_start === start && r.period_end === end) ?? null),
  ]);
  const when = formatPeriod(start!, end!, basis, lang);
  const name = (r: ProvinceFigureRow) => localName(r, lang);
  const onMap = provincesInForce(end!);
  const coverage = coverageOf(new Set(rows.map((r) => r.geo_code)).size, onMap);
  const missing = onMap - coverage.count;
  const what = indicator === 'mediation_success_rate' ? t.mediationRate : t.rate;
  // Superlatives only where enough provinces have figures (src/lib/presentation.ts).
  const title = rankingTitle(
    when,
    rows.map((r) => ({ name: name(r), text: figureText(r, lang) })),
    coverage,
    lang,
  );
  // Issues and checks are said where the figure is, not only on the Sources page.
  const checks = [
    ...rows.flatMap((r) => figureRemarks(r, lang).map((remark) => `${name(r)}: ${remark}`)),
    ...assumedNote(rows, lang),
  ];
  return {
    title,
    subtitle: t.subtitle(national !== null),
    draw: (width) => rankingChart(rows, national?.value ?? null, { ...context, width }),
    legend: national
      ? [{ label: t.legendNational(formatPercent(national.value, lang)), color: COLORS.national, kind: 'dash' }]
      : [],
    alt: t.alt(rows.length, what, when),
    table: {
      columns: t.columns,
      rows: rows.map((r) => [
        name(r),
        figureWithCheck(r, lang),
        r.value_reported === null ? '—' : figureText(r, lang),
        r.numerator === null ? '—' : formatNumber(r.numerator, lang, 0),
        r.denominator === null ? '—' : formatNumber(r.denominator, lang, 0),
        sourceCell(r),
      ]),
    },
    csv: {
      filename: `${indicator}_${start}_${end}.csv`,
      text: toCsv(
        [
          'indicator',
          'geo_code',
          'province',
          'period_start',
          'period_end',
          'value_as_printed',
          'bound',
          'value',
          'value_reported',
          'numerator',
          'denominator',
          ...PROVENANCE_COLUMNS,
        ],
        rows.map((r) => [
          r.indicator,
          r.geo_code,
          r.name_vi,
          r.period_start,
          r.period_end,
          figureText(r, lang),
          r.bound,
          r.value,
          r.value_reported,
          r.numerator,
          r.denominator,
          ...provenance(r, context.release),
        ]),
      ),
    },
    sources: uniqueSources(national ? [...rows, national] : rows),
    notes: [...checks, ...(missing > 0 ? [t.missing(missing)] : [])],
  };
};

import { rankingChart } from '../charts/ranking.ts';
import { COLORS } from '../charts/theme.ts';
import { localName } from '../i18n/local-name.ts';
import { useTranslations } from '../i18n/messages.ts';
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
import { sourceCell, toCsv, uniqueSources, type View } from './view.ts';

const PROVINCES_ON_MAP: Record<string, number> = { '63': 63, '34': 34 };

/** The periods a reader can pick, as `start..end` values with labels; the best-covered first. */
export async function rankingPeriods(
  db: Db,
  indicator: string,
  lang: Lang,
): Promise<Array<{ value: string; label: string }>> {
  const rows = await db.query<PeriodChoiceRow>(provincePeriodsSql(indicator));
  const basis = indicator.startsWith('thads_') ? 'thads_year' : 'calendar';
  const words = useTranslations(lang);
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
  const t = useTranslations(lang).views.ranking;
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
  const top = rows[0];
  const bottom = rows.at(-1);
  const onMap = PROVINCES_ON_MAP[rows[0]?.geo_map ?? '63'] ?? 63;
  const missing = onMap - new Set(rows.map((r) => r.geo_code)).size;
  const what = indicator === 'mediation_success_rate' ? t.mediationRate : t.rate;
  const title = !top
    ? t.empty(when)
    : rows.length === 1
      ? t.only(when, name(top), what, formatPercent(top.value, lang))
      : t.highLow(when, name(top), formatPercent(top.value, lang), name(bottom!), formatPercent(bottom!.value, lang));
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
        formatPercent(r.value, lang),
        r.value_reported === null ? '—' : formatPercent(r.value_reported, lang),
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
          'value',
          'value_reported',
          'numerator',
          'denominator',
          'source_id',
          'source_url',
        ],
        rows.map((r) => [
          r.indicator,
          r.geo_code,
          r.name_vi,
          r.period_start,
          r.period_end,
          r.value,
          r.value_reported,
          r.numerator,
          r.denominator,
          r.source_id,
          r.source_url,
        ]),
      ),
    },
    sources: uniqueSources(national ? [...rows, national] : rows),
    notes: missing > 0 ? [t.missing(missing)] : [],
  };
};

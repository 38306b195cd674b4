import { choropleth, type ProvinceValue } from '../charts/choropleth.ts';
import { loadTopology } from '../geo/load.ts';
import { localName } from '../i18n/local-name.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { provinceFeatures } from '../geo/map.ts';
import { formatNumber } from '../lib/format.ts';
import { MAP34_FIRST_DAY } from '../lib/geography.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { coverageOf, figureText, figureWithCheck, rankingTitle } from '../lib/presentation.ts';
import { provinceMapSql, sourcesByIdSql, type MapFigureRow } from '../lib/queries.ts';
import { rankingPeriods } from './ranking.ts';
import { RELEASE_COLUMN, toCsv, type SourceRef, type View } from './view.ts';

/** The map a period's figures were published on: the 34 provinces for periods ending from 1 July 2025. */
export function mapOf(period: string | undefined): '63' | '34' {
  const end = period?.split('..')[1] ?? '';
  return end >= MAP34_FIRST_DAY ? '34' : '63';
}

/**
 * A province indicator on the map in force (63 provinces until 2025-06-30, 34 from 2025-07-01),
 * or older figures moved onto the 34 by summing counts. Provinces without a value are hatched.
 */
export const choroplethView: View = async (db, params, context) => {
  const { lang } = context;
  const t = useBrowserTranslations(lang).views.choropleth;
  const indicator = params.indicator ?? 'mediation_success_rate';
  const map = params.map === '34' || params.map === '63' ? params.map : mapOf(params.period);
  const basis = indicator.startsWith('thads_') ? 'thads_year' : 'calendar';
  let [start, end] = (params.period ?? '').split('..');
  if (!start || !end) [start, end] = ((await rankingPeriods(db, indicator, lang))[0]?.value ?? '..').split('..');
  const [rows, topology] = await Promise.all([
    db.query<MapFigureRow>(provinceMapSql(indicator, start!, end!, map)),
    loadTopology(),
  ]);
  const features = provinceFeatures(topology, map);
  const sourceIds = [...new Set(rows.flatMap((r) => r.source_ids?.split('|') ?? []))];
  const sources = await db.query<SourceRef>(sourcesByIdSql(sourceIds));
  const name = (r: MapFigureRow) => localName(r, lang);
  // A province's figures may come from several sources: titles and addresses in the order of its ids.
  const sourcesOf = (ids: string | null) => {
    const refs = (ids?.split('|') ?? []).map((id) => sources.find((s) => s.id === id));
    return [refs.map((s) => s?.title ?? '').join(' | '), refs.map((s) => s?.url ?? '').join(' | ')];
  };
  const why = (r: MapFigureRow) => t.why[r.status](r);
  // The printed figure with its bound; a rate no source printed says it was computed.
  const asFigure = (r: MapFigureRow) => ({
    ...r,
    unit: 'percent',
    value_reported: r.computed ? null : r.value,
  });
  const mapFigureText = (r: MapFigureRow) => figureWithCheck(asFigure(r), lang);
  const values = new Map<string, ProvinceValue>(
    rows.map((r) => [
      r.code,
      {
        value: r.value,
        label:
          r.value === null
            ? `${name(r)}: ${why(r)}`
            : `${name(r)}: ${mapFigureText(r)}${r.status === 'summed' ? ` (${why(r)})` : ''}`,
      },
    ]),
  );
  const shown = rows.filter((r) => r.value !== null);
  const blocked = rows.filter((r) => r.status === 'incomplete' || r.status === 'no_counts');
  const when = formatPeriod(start!, end!, basis, lang);
  // The map states its coverage first; it names highest and lowest only under the coverage rule.
  const ranked = [...shown].sort((a, b) => b.value! - a.value!);
  const coverage = coverageOf(shown.length, map === '34' ? 34 : 63);
  return {
    title: `${rankingTitle(
      when,
      ranked.map((r) => ({ name: name(r), text: figureText(asFigure(r), lang) })),
      coverage,
      lang,
    )} (${t.mapName(map)})`,
    subtitle: t.subtitle + (map === '34' ? t.subtitle34 : ''),
    draw: (width) => choropleth(features, values, { ...context, width }),
    interactive: true,
    legend: [{ label: t.legendHatch, color: '#9aa3ad', kind: 'hatch' }],
    alt: t.alt(map, when, shown.length),
    table: {
      columns: t.columns,
      rows: [...shown.sort((a, b) => b.value! - a.value!), ...blocked].map((r) => [
        name(r),
        r.value === null ? '—' : mapFigureText(r),
        r.numerator === null ? '—' : formatNumber(r.numerator, lang, 0),
        r.denominator === null ? '—' : formatNumber(r.denominator, lang, 0),
        why(r),
        r.source_titles ?? '',
      ]),
    },
    csv: {
      filename: `${indicator}_${map}_${start}_${end}.csv`,
      text: toCsv(
        [
          'indicator',
          'map',
          'geo_code',
          'province',
          'period_start',
          'period_end',
          'value_as_printed',
          'bound',
          'computed',
          'value',
          'numerator',
          'denominator',
          'status',
          'old_provinces',
          'reported',
          'source_ids',
          'source_titles',
          'source_urls',
          RELEASE_COLUMN,
        ],
        rows.map((r) => [
          indicator,
          map,
          r.code,
          r.name_vi,
          start,
          end,
          r.value === null ? null : figureText(asFigure(r), lang),
          r.bound,
          r.computed ? 'yes' : 'no',
          r.value,
          r.numerator,
          r.denominator,
          r.status,
          r.members,
          r.reported,
          r.source_ids,
          ...sourcesOf(r.source_ids),
          context.release ?? null,
        ]),
      ),
    },
    sources,
    notes: [
      ...(blocked.length > 0 ? [t.blocked(blocked.length)] : []),
      ...(shown.length === 0 && map === '63' && mapOf(`${start}..${end}`) === '34' ? [t.notSplit] : []),
    ],
  };
};

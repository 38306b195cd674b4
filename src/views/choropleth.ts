import { choropleth, type ProvinceValue } from '../charts/choropleth.ts';
import { loadTopology } from '../geo/load.ts';
import { provinceFeatures } from '../geo/map.ts';
import { formatNumber } from '../lib/format.ts';
import { MAP34_FIRST_DAY } from '../lib/geography.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { coverageOf, figureText, figureWithCheck, rankingTitle } from '../lib/presentation.ts';
import { provinceMapSql, sourcesByIdSql, type MapFigureRow, type MapStatus } from '../lib/queries.ts';
import { rankingPeriods } from './ranking.ts';
import { toCsv, type SourceRef, type View } from './view.ts';

const WHY: Record<'vi' | 'en', Record<MapStatus, (r: MapFigureRow) => string>> = {
  vi: {
    published: () => '',
    summed: (r) => `cộng tử số, mẫu số của ${r.members} tỉnh cũ`,
    no_data: () => 'không có số liệu',
    incomplete: (r) => `chỉ ${r.reported}/${r.members} tỉnh cũ có số liệu: không gộp được`,
    no_counts: (r) => `${r.members - r.with_counts} tỉnh cũ chỉ công bố tỷ lệ, không có tử số, mẫu số: không gộp được`,
  },
  en: {
    published: () => '',
    summed: (r) => `numerators and denominators of ${r.members} former provinces added`,
    no_data: () => 'no data',
    incomplete: (r) => `only ${r.reported} of ${r.members} former provinces reported: cannot be combined`,
    no_counts: (r) => `${r.members - r.with_counts} former provinces printed a rate without counts: cannot be combined`,
  },
};

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
  const vi = lang === 'vi';
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
  const name = (r: MapFigureRow) => (vi ? r.name_vi : r.name_en);
  const why = (r: MapFigureRow) => WHY[lang][r.status](r);
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
  const mapName = vi ? `bản đồ ${map} tỉnh, thành phố` : `${map}-province map`;
  // The map states its coverage first; it names highest and lowest only under the coverage rule.
  const ranked = [...shown].sort((a, b) => b.value! - a.value!);
  const coverage = coverageOf(shown.length, map === '34' ? 34 : 63);
  return {
    title: `${rankingTitle(
      when,
      ranked.map((r) => ({ name: name(r), text: figureText(asFigure(r), lang) })),
      coverage,
      lang,
    )} (${mapName})`,
    subtitle: vi
      ? `Màu đậm hơn: tỷ lệ cao hơn. Gạch chéo: không có số liệu hoặc không gộp được (không phải 0).${map === '34' ? ' Số liệu trước 1/7/2025 được gộp sang 34 tỉnh bằng cách cộng tử số và mẫu số, không lấy trung bình tỷ lệ.' : ''}`
      : `Darker: higher rate. Hatched: no figure, or cannot be combined (not zero).${map === '34' ? ' Figures before 1 July 2025 are moved to the 34 provinces by adding numerators and denominators, never by averaging rates.' : ''}`,
    draw: (width) => choropleth(features, values, { ...context, width }),
    interactive: true,
    legend: [
      {
        label: vi ? 'Không có số liệu hoặc không gộp được' : 'No figure, or cannot be combined',
        color: '#9aa3ad',
        kind: 'hatch',
      },
    ],
    alt: vi
      ? `Bản đồ ${map} tỉnh, thành phố tô màu theo tỷ lệ, ${when}; ${shown.length} tỉnh có số liệu. Bảng số liệu bên dưới có đủ các số.`
      : `Map of the ${map} provinces coloured by rate, ${when}; ${shown.length} have a figure. The data table below has every number.`,
    table: {
      columns: vi
        ? ['Tỉnh, thành phố', 'Tỷ lệ', 'Tử số', 'Mẫu số', 'Ghi chú', 'Nguồn']
        : ['Province', 'Rate', 'Numerator', 'Denominator', 'Note', 'Source'],
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
        ]),
      ),
    },
    sources,
    notes: [
      ...(blocked.length > 0
        ? [
            vi
              ? `${blocked.length} tỉnh, thành phố mới không gộp được từ các tỉnh cũ (xem bảng).`
              : `${blocked.length} new provinces cannot be combined from their former provinces (see the table).`,
          ]
        : []),
      ...(shown.length === 0 && map === '63' && mapOf(`${start}..${end}`) === '34'
        ? [
            vi
              ? 'Số liệu kỳ này công bố theo 34 tỉnh, thành phố mới; không tách được về 63 tỉnh cũ.'
              : 'This period was published for the 34 new provinces; it cannot be split back onto the 63.',
          ]
        : []),
    ],
  };
};

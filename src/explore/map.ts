import { rankedPeriod } from '../charts/explore.ts';
import { choropleth, colourFloor, noDataLabel, provinceLabel, type ProvinceValue } from '../charts/choropleth.ts';
import type { ChartContext } from '../charts/theme.ts';
import { COLORS } from '../charts/theme.ts';
import { provinceFeatures, type VietnamTopology } from '../geo/map.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { localField, localName } from '../i18n/local-name.ts';
import { formatNumber, type Lang } from '../lib/format.ts';
import { coverageOf } from '../lib/presentation.ts';
import type { ResultRow } from './filters.ts';
import { blockedCoverage, periodLabel, placeLabel } from './present.ts';
import type { ExploreState } from './state.ts';

/**
 * The Explore result on the province map: one rate, one period, the 63 or the 34 provinces as the
 * selection says. The values are the result's own rows (the explorer's rules: a published figure as
 * published, combined figures from summed counts), never recomputed here.
 */

const SVG = 'http://www.w3.org/2000/svg';

export interface MapChoice {
  indicator: string;
  /** `start..end` */
  period: string;
  /** Rate indicators the result can map, and the periods of the chosen one (latest first). */
  indicators: Array<{ id: string; name_vi: string; name_en: string }>;
  periods: Array<{ key: string; row: ResultRow; provinces: number }>;
}

const periodKey = (r: Pick<ResultRow, 'period_start' | 'period_end'>) => `${r.period_start}..${r.period_end}`;

/** What the map would show for a result, or null when it cannot be mapped (not provinces, or no rate with a value). */
export function chooseMap(
  rows: readonly ResultRow[],
  state: Pick<ExploreState, 'geo' | 'mapIndicator' | 'mapPeriod'>,
): MapChoice | null {
  if (state.geo !== 'province') return null;
  const valued = rows.filter((r) => r.kind === 'rate' && r.value !== null);
  const indicators = [
    ...new Map(
      valued.map((r) => [r.indicator, { id: r.indicator, name_vi: r.indicator_vi, name_en: r.indicator_en }]),
    ).values(),
  ];
  if (indicators.length === 0) return null;
  const indicator = indicators.some((i) => i.id === state.mapIndicator) ? state.mapIndicator! : indicators[0]!.id;
  const own = valued.filter((r) => r.indicator === indicator);
  const byPeriod = new Map<string, { key: string; row: ResultRow; places: Set<string> }>();
  for (const r of own) {
    const key = periodKey(r);
    const entry = byPeriod.get(key) ?? { key, row: r, places: new Set<string>() };
    entry.places.add(r.place_code);
    byPeriod.set(key, entry);
  }
  const periods = [...byPeriod.values()]
    .sort(
      (a, b) =>
        b.row.period_end.localeCompare(a.row.period_end) || b.row.period_start.localeCompare(a.row.period_start),
    )
    .map(({ key, row, places }) => ({ key, row, provinces: places.size }));
  // The ranking chart's period unless the reader chose another.
  const ranked = rankedPeriod(own);
  const period = byPeriod.has(state.mapPeriod ?? '') ? state.mapPeriod! : ranked ? periodKey(ranked) : periods[0]!.key;
  return { indicator, period, indicators, periods };
}

export interface MapValues {
  values: Map<string, ProvinceValue>;
  /** The rows drawn, one per province with a value. */
  shown: ResultRow[];
  /** Provinces with more than one figure in the period (another body, or every version): the first is drawn. */
  duplicates: number;
  /** New provinces left empty because some of their former provinces have no figure. */
  blocked: number;
}

/** One value per province for the chosen indicator and period, each labelled with how it came about. */
export function mapValues(
  rows: readonly ResultRow[],
  choice: Pick<MapChoice, 'indicator' | 'period'>,
  lang: Lang,
): MapValues {
  const t = useBrowserTranslations(lang).explore.map;
  const inPeriod = rows.filter((r) => r.indicator === choice.indicator && periodKey(r) === choice.period);
  // A province's own figure before one about a body in it (organisation); then the result's order.
  const ordered = [...inPeriod].sort((a, b) => Number(a.organisation !== null) - Number(b.organisation !== null));
  const values = new Map<string, ProvinceValue>();
  const shown: ResultRow[] = [];
  let duplicates = 0;
  let blocked = 0;
  const seen = new Set<string>();
  for (const r of ordered) {
    const name = localField(r, 'place', lang);
    if (r.value === null) {
      const coverage = blockedCoverage(r);
      if (coverage) blocked++;
      if (!values.has(r.place_code))
        values.set(r.place_code, {
          value: null,
          label: `${name}: ${coverage ? t.incomplete(coverage.reported, coverage.total) : t.noCounts}`,
        });
      continue;
    }
    if (seen.has(r.place_code)) {
      duplicates++;
      continue;
    }
    seen.add(r.place_code);
    shown.push(r);
    const how: string[] = [];
    if (r.aggregated && r.places_total) how.push(t.summed(r.places - r.without_counts, r.places_total));
    if (r.without_counts > 0) how.push(t.leftOut(r.without_counts));
    if (r.organisation) how.push(r.organisation);
    values.set(r.place_code, {
      value: r.value,
      label: `${provinceLabel(name, r.value, lang)}${how.length ? ` (${how.join('; ')})` : ''}`,
    });
  }
  return { values, shown, duplicates, blocked };
}

/**
 * The map as one SVG (a heading, the legend and the provinces), so that the chart download is the
 * picture the reader sees. Drawn by the site's choropleth: no second map renderer.
 */
export function exploreMap(
  topology: VietnamTopology,
  map: '63' | '34',
  values: MapValues['values'],
  heading: string,
  context: ChartContext,
): Element {
  const lang = context.lang;
  const doc = context.document ?? document;
  const width = context.width ?? 640;
  const drawn = choropleth(provinceFeatures(topology, map), values, { ...context, width }) as unknown as Element;
  // With a legend Plot returns a <figure> of two SVGs (legend, map); without one, the map's SVG.
  const parts =
    drawn.tagName.toLowerCase() === 'svg'
      ? [drawn]
      : [...drawn.children].filter((c) => c.tagName.toLowerCase() === 'svg');
  const outer = doc.createElementNS(SVG, 'svg');
  const text = doc.createElementNS(SVG, 'text');
  for (const [k, v] of Object.entries({
    x: '0',
    y: '16',
    'font-size': width < 480 ? '13' : '14',
    'font-weight': '600',
    fill: COLORS.ink,
  }))
    text.setAttribute(k, v);
  text.textContent = heading;
  outer.append(text);
  let y = 26;
  for (const [i, svg] of parts.entries()) {
    const height = Number(svg.getAttribute('height') ?? 0);
    svg.setAttribute('x', '0');
    svg.setAttribute('y', String(y));
    svg.removeAttribute('style'); // Plot's inline max-width means nothing inside an SVG
    outer.append(svg);
    y += height;
    // The no-data key goes under the colour legend.
    if (i === parts.length - 2 || parts.length === 1) y = noDataKey(outer, doc, y, width, lang);
  }
  for (const [k, v] of Object.entries({
    width: String(width),
    height: String(y),
    viewBox: `0 0 ${width} ${y}`,
    'font-family': 'system-ui, sans-serif',
  }))
    outer.setAttribute(k, v);
  outer.dataset.chart = 'map';
  const scale = (drawn as unknown as { scale(name: 'color'): { apply(v: number): string } | undefined }).scale('color');
  const noData = new Map(provinceFeatures(topology, map).features.map((f) => [f.properties.code, f.properties]));
  const floor = floorOf(values);
  const colour = (v: number) => scale?.apply(v) ?? '';
  drawnMaps.set(outer, {
    key: mapKey(map, width, lang, values),
    floor,
    colour,
    noData: (code) => noDataLabel(noData.get(code)!, lang),
  });
  // The legend of these classes, kept so that a map of the same classes can take it without a new drawing.
  const legend = parts.length > 1 ? parts[0]! : null;
  if (legend) legends.set(`${map} ${width} ${lang} ${floor}`, { legend: legend.cloneNode(true) as Element, colour });
  return outer;
}

/** How a drawn map colours a value and names a province without one; its key says what else it drew. */
const drawnMaps = new WeakMap<
  Element,
  { key: string; floor: number; colour: (value: number) => string; noData: (code: string) => string }
>();
/** Colour legends drawn so far, by map, width, language and the classes' floor (a handful: tens of percent). */
const legends = new Map<string, { legend: Element; colour: (value: number) => string }>();

const floorOf = (values: MapValues['values']) =>
  colourFloor([...values.values()].flatMap((v) => (v.value === null ? [] : [v.value])));

/**
 * What a new drawing would change beyond fills, titles, the heading and the colour legend: the geography and
 * width, the language, and which provinces have a value (they are drawn apart, hatched).
 */
function mapKey(map: '63' | '34', width: number, lang: Lang, values: MapValues['values']): string {
  const codes = [...values].flatMap(([code, v]) => (v.value === null ? [] : [code])).sort();
  return [map, width, lang, ...codes].join(' ');
}

/**
 * A drawn map given new values in place (a brushed span): each province's fill, title and name, the heading,
 * and the legend when the classes moved (one drawn before for them), as exploreMap would draw them. False, and
 * nothing changed, when a new drawing would differ in more (other provinces with a value, another map, width
 * or language, classes not drawn yet): then draw it anew.
 */
export function recolourMap(
  outer: Element,
  map: '63' | '34',
  values: MapValues['values'],
  heading: string,
  lang: Lang,
): boolean {
  const drawn = drawnMaps.get(outer);
  const width = Number(outer.getAttribute('width'));
  if (!drawn || drawn.key !== mapKey(map, width, lang, values)) return false;
  const floor = floorOf(values);
  if (floor !== drawn.floor) {
    const kept = legends.get(`${map} ${width} ${lang} ${floor}`);
    const shown = outer.querySelector(':scope > svg');
    if (!kept || !shown || shown.getAttribute('height') !== kept.legend.getAttribute('height')) return false;
    shown.replaceWith(kept.legend.cloneNode(true));
    drawn.floor = floor;
    drawn.colour = kept.colour;
  }
  outer.querySelector(':scope > text')!.textContent = heading;
  for (const path of outer.querySelectorAll('path[data-code]')) {
    const code = path.getAttribute('data-code')!;
    const shown = values.get(code);
    const label = shown?.label ?? drawn.noData(code);
    if (shown?.value != null) path.setAttribute('fill', drawn.colour(shown.value));
    if (path.getAttribute('aria-label') !== label) {
      path.setAttribute('aria-label', label);
      const title = path.querySelector(':scope > title');
      if (title) title.textContent = label;
    }
  }
  return true;
}

/** The hatch of "no figure" beside the colour classes, drawn with the map's own pattern. */
function noDataKey(outer: Element, doc: Document, y: number, width: number, lang: Lang): number {
  const swatch = doc.createElementNS(SVG, 'rect');
  for (const [k, v] of Object.entries({
    x: '1',
    y: String(y + 2),
    width: '26',
    height: '12',
    fill: `url(#no-data-${width})`,
    stroke: '#8a94a3',
    'stroke-width': '0.8',
  }))
    swatch.setAttribute(k, v);
  const label = doc.createElementNS(SVG, 'text');
  for (const [k, v] of Object.entries({ x: '34', y: String(y + 12), 'font-size': '11', fill: COLORS.ink }))
    label.setAttribute(k, v);
  label.textContent = useBrowserTranslations(lang).explore.map.noDataKey;
  outer.append(swatch, label);
  return y + 20;
}

/** "Tỷ lệ hòa giải thành, năm 2023: 45/63 tỉnh có số liệu; cao nhất …, thấp nhất …" */
export function mapSummary(
  choice: MapChoice,
  shown: readonly ResultRow[],
  map: '63' | '34',
  lang: Lang,
): { heading: string; subtitle: string } {
  const t = useBrowserTranslations(lang).explore.map;
  const period = choice.periods.find((p) => p.key === choice.period)!.row;
  const indicator = choice.indicators.find((i) => i.id === choice.indicator)!;
  const when = periodLabel(period, lang);
  const heading = `${localName(indicator, lang)}, ${when}`;
  const sorted = [...shown].sort((a, b) => b.value! - a.value!);
  const top = sorted[0];
  const bottom = sorted.at(-1);
  const fmt = (r: ResultRow) => provinceLabel(placeLabel(r, lang), r.value!, lang).replace(': ', ' ');
  // "Highest" and "lowest" as on the topic pages: only among enough of the map's provinces (coverageOf).
  const words = coverageOf(shown.length, Number(map)).enough ? t.extremes : t.span;
  const extremes = top && bottom && top !== bottom ? words(fmt(top), fmt(bottom)) : '';
  const n = formatNumber(shown.length, lang, 0);
  return {
    heading,
    subtitle: t.subtitle(map, when, n, extremes),
  };
}

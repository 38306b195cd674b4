import * as Plot from '@observablehq/plot';
import { ARCHIPELAGOS } from '../geo/islands.ts';
import type { ProvinceFeatures, ProvinceProperties } from '../geo/map.ts';
import { localName } from '../i18n/local-name.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatPercent, type Lang } from '../lib/format.ts';
import { COLORS, percentTick, plotDefaults, type ChartContext } from './theme.ts';

export interface ProvinceValue {
  value: number | null;
  /** Shown on hover and read by screen readers: "Long An: 93,2%" or why there is no value. */
  label: string;
}

const SVG = 'http://www.w3.org/2000/svg';
export const NO_DATA_FILL = '#ffffff';
/** ColorBrewer Blues without its near-white step, which would read as "no data". */
const CLASSES = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

/**
 * A province map coloured by a rate. Provinces without a value are hatched, never coloured as zero;
 * every province can be reached with the keyboard and names itself and its figure.
 */
export function choropleth(
  features: ProvinceFeatures,
  values: ReadonlyMap<string, ProvinceValue>,
  context: ChartContext,
) {
  const { lang } = context;
  const width = context.width ?? 640;
  const pattern = `no-data-${width}`; // ids must be unique: the page holds a narrow and a wide drawing
  const known = [...values.values()].flatMap((v) => (v.value === null ? [] : [v.value]));
  const floor = colourFloor(known);
  const t = useBrowserTranslations(lang).charts;
  const info = (f: { properties: ProvinceProperties }) =>
    values.get(f.properties.code) ?? { value: null, label: noDataLabel(f.properties, lang) };
  const withValue = features.features.filter((f) => info(f).value !== null);
  const without = features.features.filter((f) => info(f).value === null);
  const svg = Plot.plot({
    ...plotDefaults(context),
    width,
    height: Math.round(width * 1.25),
    margin: 4,
    projection: { type: 'mercator', domain: features },
    // Classes, not a continuous ramp: easier to read across provinces, and its legend needs no canvas at build.
    color: {
      type: 'quantize',
      domain: [floor, 100],
      range: CLASSES,
      legend: known.length > 0,
      label: t.rateLegend,
      tickFormat: percentTick(lang),
    },
    marks: [
      // The hatch pattern for provinces without a value: a mark that only writes <defs>.
      () => {
        const defs = (context.document ?? document).createElementNS(SVG, 'defs');
        defs.innerHTML =
          `<pattern id="${pattern}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">` +
          `<rect width="5" height="5" fill="${NO_DATA_FILL}"/>` +
          '<line x1="0" y1="0" x2="0" y2="5" stroke="#9aa3ad" stroke-width="1.5"/></pattern>';
        return defs as unknown as SVGElement;
      },
      Plot.geo(without, {
        fill: `url(#${pattern})`,
        stroke: '#8a94a3',
        strokeWidth: 0.5,
        title: (f: { properties: ProvinceProperties }) => info(f).label,
        ariaLabel: (f: { properties: ProvinceProperties }) => info(f).label,
      }),
      Plot.geo(withValue, {
        fill: (f: { properties: ProvinceProperties }) => info(f).value,
        stroke: 'white',
        strokeWidth: 0.6,
        title: (f: { properties: ProvinceProperties }) => info(f).label,
        ariaLabel: (f: { properties: ProvinceProperties }) => info(f).label,
      }),
      Plot.text(ARCHIPELAGOS, {
        x: (a: (typeof ARCHIPELAGOS)[number]) => a.label.lon,
        y: (a: (typeof ARCHIPELAGOS)[number]) => a.label.lat,
        text: (a: (typeof ARCHIPELAGOS)[number]) => t.archipelago(a),
        fill: COLORS.muted,
        fontSize: width < 480 ? 9 : 11,
        fontStyle: 'italic',
        textAnchor: 'end',
      }),
    ],
  });
  // Each province names itself and its figure; the map is one tab stop, arrows move between provinces
  // (src/scripts/map-keys.ts). data-code ties a path to its province, so a state of the figure fetched
  // later can recolour it without carrying the geometry again; data-geo names the geometry (63 or 34).
  const codeOf = new Map(features.features.map((f) => [info(f).label, f.properties.code]));
  svg.setAttribute('data-geo', String(features.features.length));
  let first = true;
  for (const path of svg.querySelectorAll('path[aria-label]')) {
    path.setAttribute('tabindex', first ? '0' : '-1');
    path.setAttribute('role', 'img');
    path.setAttribute('data-code', codeOf.get(path.getAttribute('aria-label') ?? '') ?? '');
    first = false;
  }
  return svg;
}

/** A province with no value of its own in the map's values: "Long An: không có số liệu". */
export function noDataLabel(province: ProvinceProperties, lang: Lang): string {
  return `${localName(province, lang)}: ${useBrowserTranslations(lang).charts.noData}`;
}

/** Where the colour classes start: the tens below the lowest value (the legend shows it). */
export function colourFloor(known: readonly number[]): number {
  return known.length ? Math.max(0, Math.floor((Math.min(...known) - 2) / 10) * 10) : 0;
}

/** "Long An: 93,2%", at the printed precision (two decimals at most) as in the title, table and tip. */
export function provinceLabel(name: string, value: number, lang: Lang): string {
  return `${name}: ${formatPercent(value, lang)}`;
}

import * as Plot from '@observablehq/plot';
import { scaleBand, scaleLinear } from 'd3';
import { localField } from '../i18n/local-name.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatNumber, formatValue, type Lang } from '../lib/format.ts';
import { periodLabel, placeLabel, type ResultRow } from '../lib/result-row.ts';
import { patchSvgChildren, type SvgNode } from './svg-patch.ts';
import { COLORS, percentTick, plotDefaults, type ChartContext } from './theme.ts';

/** Okabe–Ito, without its yellow (too light on white): one colour per place in a time series. */
export const SERIES_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'];
const SVG = 'http://www.w3.org/2000/svg';

export type ChartKind = 'series' | 'ranking' | 'multiples' | 'empty';
/** The chart a result gets; `dots` for a series whose places each have one period (singlePoints). */
export interface ChartChoice {
  kind: ChartKind;
  latestOnly: boolean;
  dots?: boolean;
}

/**
 * The chart that fits a result: small multiples for several indicators, a time series for one place, a ranking
 * for one period.
 */
export function chooseChart(rows: readonly ResultRow[]): ChartChoice {
  let chosen = chosenFor.get(rows);
  if (!chosen) chosenFor.set(rows, (chosen = choose(rows)));
  return chosen;
}

/**
 * A result's chart and ranked period, kept for the rows they were found for: a span's redraw asks for them
 * several times (subtitle, chart, map), each a pass over thousands of rows. Results are never changed in place.
 */
const chosenFor = new WeakMap<readonly ResultRow[], ChartChoice>();
const rankedFor = new WeakMap<readonly ResultRow[], ResultRow | null>();

function choose(rows: readonly ResultRow[]): ChartChoice {
  const valued = rows.filter((r) => r.value !== null);
  if (valued.length === 0) return { kind: 'empty', latestOnly: false };
  if (new Set(valued.map((r) => r.indicator)).size > 1) return { kind: 'multiples', latestOnly: false };
  return panelKind(valued);
}

/**
 * Small numbers for the distinct pairs of two texts (a place and its organisation, a period's start and end),
 * found without a joined string per row: a span's redraw asks this of thousands of rows at every change.
 */
function pairIds() {
  const ids = new Map<string, Map<string, number>>();
  let size = 0;
  return {
    of(a: string, b: string): number {
      let inner = ids.get(a);
      if (!inner) ids.set(a, (inner = new Map()));
      let id = inner.get(b);
      if (id === undefined) inner.set(b, (id = size++));
      return id;
    },
    get size() {
      return size;
    },
  };
}
const placeOf = (ids: ReturnType<typeof pairIds>, r: ResultRow) => ids.of(r.place_code, r.organisation ?? '');
const periodOf = (ids: ReturnType<typeof pairIds>, r: ResultRow) => ids.of(r.period_start, r.period_end);
/** One number for a place's period: ids stay far below 2^21 (a result's rows), their pair below 2^53. */
const PAIR = 2 ** 21;

function panelKind(valued: readonly ResultRow[]): ChartChoice {
  const places = pairIds();
  const periods = pairIds();
  const placePeriods = new Set<number>();
  for (const r of valued) placePeriods.add(placeOf(places, r) * PAIR + periodOf(periods, r));
  // As many place-periods as places: no place has a second period to join a line to.
  const dots = placePeriods.size === places.size;
  if (places.size === 1) return { kind: 'series', latestOnly: false, dots };
  if (periods.size === 1) return { kind: 'ranking', latestOnly: false };
  if (places.size <= SERIES_COLORS.length) return { kind: 'series', latestOnly: false, dots };
  return { kind: 'ranking', latestOnly: true }; // too many lines to read: rank one period
}

/** The period a ranking of many places over many periods shows: the one with the most places (the latest if tied). */
export function rankedPeriod(rows: readonly ResultRow[]): ResultRow | null {
  if (!rankedFor.has(rows)) rankedFor.set(rows, findRankedPeriod(rows));
  return rankedFor.get(rows)!;
}

function findRankedPeriod(rows: readonly ResultRow[]): ResultRow | null {
  const places = pairIds();
  const periods = pairIds();
  const entries: Array<{ row: ResultRow; places: Set<number> }> = [];
  for (const r of rows) {
    if (r.value === null) continue;
    const period = periodOf(periods, r);
    const entry = (entries[period] ??= { row: r, places: new Set<number>() });
    entry.places.add(placeOf(places, r));
  }
  let best: { row: ResultRow; places: Set<number> } | null = null;
  for (const entry of entries) {
    if (
      !best ||
      entry.places.size > best.places.size ||
      (entry.places.size === best.places.size && entry.row.period_end > best.row.period_end)
    )
      best = entry;
  }
  return best?.row ?? null;
}

function tick(unit: string, lang: Lang): (d: number) => string {
  if (unit === 'percent') return percentTick(lang);
  if (unit === 'VND') return (d) => useBrowserTranslations(lang).units.billionsTick(formatNumber(d / 1e9, lang, 0));
  return (d) => formatNumber(d, lang, 0);
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The middle of a period: where it is drawn on a time axis, inside the year it is named for. */
const midpoint = (start: string, end: string) => new Date((utcDay(start).getTime() + utcDay(end).getTime()) / 2);
/** 1 July of every `step`-th year, the last year included. */
function yearMiddles(first: number, last: number, step: number): Date[] {
  const ticks: Date[] = [];
  for (let y = last; y >= first; y -= step) ticks.unshift(new Date(Date.UTC(y, 6, 1)));
  return ticks;
}

/**
 * Each place's points in time order, with an undefined point wherever a period does not follow on from
 * the one before (a year or more without a figure), so that the line breaks there instead of drawing
 * figures that were never published. Overlapping or adjacent periods stay joined.
 */
export function breakAtGaps<T extends { label: string; x: Date; period_start: string; period_end: string }>(
  points: readonly T[],
): Array<T | (Omit<T, 'value'> & { value: number })> {
  const byPlace = new Map<string, T[]>();
  for (const p of points) byPlace.set(p.label, [...(byPlace.get(p.label) ?? []), p]);
  const day = 86_400_000;
  return [...byPlace.values()].flatMap((series) => {
    const sorted = [...series].sort((a, b) => a.x.getTime() - b.x.getTime());
    return sorted.flatMap((p, i) => {
      const next = sorted[i + 1];
      const gap = next && utcDay(next.period_start).getTime() - utcDay(p.period_end).getTime() > day;
      return gap ? [p, { ...p, x: new Date((p.x.getTime() + next.x.getTime()) / 2), value: Number.NaN }] : [p];
    });
  });
}

/** Places drawn in a series, each with its colour, in first-seen order. */
export function seriesPlaces(rows: readonly ResultRow[], lang: Lang): Array<{ label: string; color: string }> {
  const labels = [...new Set(rows.filter((r) => r.value !== null).map((r) => placeLabel(r, lang)))];
  return labels.slice(0, SERIES_COLORS.length).map((label, i) => ({ label, color: SERIES_COLORS[i]! }));
}

/**
 * A time series in which no place has a second period: there is nothing to join, so each dot carries its figure
 * (and the subtitle says dots, not lines). Found with the chart's kind (chooseChart), once per result.
 */
export function singlePoints(rows: readonly ResultRow[]): boolean {
  return chooseChart(rows).dots === true;
}

function seriesChart(rows: readonly ResultRow[], context: ChartContext, height: number): Element {
  const { lang } = context;
  const valued = rows
    .filter((r) => r.value !== null)
    .map((r) => ({ ...r, x: midpoint(r.period_start, r.period_end), label: placeLabel(r, lang) }));
  const unit = valued[0]?.unit ?? '';
  const colors = seriesPlaces(rows, lang);
  const percent = unit === 'percent';
  const values = valued.map((r) => r.value!);
  const floor = percent ? Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10) : 0;
  const years = valued.map((r) => r.x.getUTCFullYear());
  const span = Math.max(...years) - Math.min(...years);
  const narrow = (context.width ?? 640) < 480;
  return Plot.plot({
    ...plotDefaults(context),
    height,
    marginLeft: unit === 'VND' ? 64 : 48,
    marginRight: 16,
    // A period is drawn at its middle and a year's tick at the middle of that year: "Năm 2017" (calendar or
    // statistical year) sits on 2017, not on the 2018 its last day touches.
    x: {
      type: 'utc',
      label: null,
      domain: [new Date(Date.UTC(Math.min(...years), 0, 1)), new Date(Date.UTC(Math.max(...years), 11, 31))],
      ticks: yearMiddles(Math.min(...years), Math.max(...years), Math.ceil((span + 1) / (narrow ? 4 : 8))),
      tickFormat: (d: Date) => String(d.getUTCFullYear()),
    },
    y: {
      grid: true,
      label: null,
      tickFormat: tick(unit, lang),
      ...(percent ? { domain: [floor, 100] } : { zero: true }),
    },
    color: { domain: colors.map((c) => c.label), range: colors.map((c) => c.color) },
    marks: [
      // One line per place, said outright: left implicit, a series of single points made Plot warn (a ⚠ drawn
      // in the chart's corner) that the lines looked like quantitative colours.
      Plot.lineY(breakAtGaps(valued), { x: 'x', y: 'value', stroke: 'label', z: 'label', strokeWidth: 2.5 }),
      Plot.dot(valued, {
        x: 'x',
        y: 'value',
        fill: 'label',
        r: 4,
        title: (r: ResultRow & { label: string }) =>
          `${r.label}, ${periodLabel(r, lang)}: ${formatValue(r.value!, r.unit, lang)}`,
      }),
      ...(singlePoints(rows)
        ? [
            Plot.text(valued, {
              x: 'x',
              y: 'value',
              fill: 'label',
              text: (r: ResultRow & { label: string }) => formatValue(r.value!, r.unit, lang),
              dy: -12,
              fontWeight: 600,
            }),
          ]
        : []),
    ],
  }) as unknown as Element;
}

/** The bars of a ranking: one per place with a value (its first, when a place has two periods), highest first. */
function rankedBars(rows: readonly ResultRow[], lang: Lang, latestOnly: boolean): Array<ResultRow & { label: string }> {
  let valued = rows.filter((r) => r.value !== null);
  if (latestOnly) {
    const shown = rankedPeriod(rows); // rows without a value count for no period
    valued = valued.filter((r) => r.period_start === shown?.period_start && r.period_end === shown.period_end);
  }
  const ranked = valued.map((r) => ({ ...r, label: placeLabel(r, lang) })).sort((a, b) => b.value! - a.value!);
  const seen = new Set<string>();
  return ranked.filter((r) => (seen.has(r.label) ? false : (seen.add(r.label), true)));
}

/** Rankings drawn by rankingChart: a later result of the same kind can be written over them (updateRanking). */
const rankings = new WeakSet<Element>();

function rankingChart(rows: readonly ResultRow[], context: ChartContext, latestOnly: boolean): Element {
  const doc = context.document ?? document;
  const { root, children } = rankingDrawing(rankedBars(rows, context.lang, latestOnly), context);
  const svg = doc.createElementNS(SVG, 'svg');
  for (const [k, v] of root) svg.setAttribute(k, String(v));
  // As Plot styles its SVG (plotDefaults): properties, not a style attribute, so the CSP allows them.
  const style = plotDefaults(context).style;
  svg.style.fontSize = style.fontSize;
  svg.style.fontFamily = style.fontFamily;
  svg.style.color = style.color;
  svg.style.background = style.background;
  patchSvgChildren(svg, children);
  rankings.add(svg);
  return svg;
}

/**
 * A ranking drawn before (rankingChart, at the width it was drawn at) given another result's bars in place:
 * the same drawing rankingChart would make, with no new elements where the old ones fit. False, and nothing
 * changed, when `drawn` is not such a ranking or the result is not a ranking.
 */
export function updateRanking(drawn: Element, rows: readonly ResultRow[], lang: Lang): boolean {
  const { kind, latestOnly } = chooseChart(rows);
  if (kind !== 'ranking' || !rankings.has(drawn)) return false;
  const width = Number(drawn.getAttribute('width'));
  const { root, children } = rankingDrawing(rankedBars(rows, lang, latestOnly), { lang, width });
  // Its class stays: the page marks which width it is (drawAtWidths).
  for (const [k, v] of root) if (k !== 'class' && drawn.getAttribute(k) !== String(v)) drawn.setAttribute(k, String(v));
  patchSvgChildren(drawn, children);
  return true;
}

/** Plot's class for the SVGs it draws, and the rules it puts in each (display, size, text spacing). */
const PLOT_CLASS = 'plot-d6a7b5';
const PLOT_STYLE = `:where(.${PLOT_CLASS}) {
  --plot-background: white;
  display: block;
  height: auto;
  height: intrinsic;
  max-width: 100%;
}
:where(.${PLOT_CLASS} text),
:where(.${PLOT_CLASS} tspan) {
  white-space: pre;
}`;

/**
 * The ranking as Observable Plot drew it (a horizontal bar per place, values at the bars' ends, the axis on top
 * with its grid), mark for mark, so that it looks and reads as before; drawn by hand so that a brushed span
 * rewrites it in place instead of Plot drawing a new SVG each time. tests/charts/explore-chart.test.ts holds it
 * equal to Plot's drawing.
 */
function rankingDrawing(
  bars: ReadonlyArray<ResultRow & { label: string }>,
  context: ChartContext,
): { root: Array<[string, string | number]>; children: SvgNode[] } {
  const { lang } = context;
  const width = context.width ?? 640;
  const unit = bars[0]?.unit ?? '';
  const height = 36 + bars.length * 26;
  const [top, right, bottom] = [30, 64, 20];
  const left = Math.min(200, 16 + Math.max(...bars.map((b) => b.label.length)) * 7.5);
  // Plot moves lines half a pixel onto the pixel grid on screens of one pixel per unit (its `offset`).
  const offset = typeof window !== 'undefined' && window.devicePixelRatio <= 1 ? 0.5 : 0;
  const values = bars.map((b) => b.value!);
  const domain: [number, number] = unit === 'percent' ? [0, 100] : [Math.min(0, ...values), Math.max(0, ...values)];
  const x = scaleLinear()
    .domain(domain)
    .range([left, width - right]);
  const collapsed = domain[0] === domain[1];
  const y = scaleBand<string>()
    .domain(bars.map((b) => b.label))
    .range([top, height - bottom])
    .paddingInner(0.1)
    .paddingOuter(0.1)
    .align(0.5);
  // Plot rounds a band scale when rounding wastes at most 30 px.
  const m = bars.length - 0.1;
  const step = (height - bottom - top) / Math.max(1, m + 0.2);
  if ((step - Math.floor(step)) * m <= 30) y.round(true);
  const band = y.bandwidth();
  const ticks = x.ticks(width < 480 ? 3 : 6);
  const format = tick(unit, lang);
  const translate = (tx: number, ty: number) => `translate(${tx},${ty})`;
  const group = (attrs: SvgNode['attrs'], children: SvgNode[]): SvgNode => ({ tag: 'g', attrs, children });
  const text = (attrs: SvgNode['attrs'], content: string): SvgNode => ({ tag: 'text', attrs, text: content });
  const x0 = x(0);
  // The top axis: grid lines, ticks and their labels.
  const axisGroups = (): SvgNode[] => [
    group(
      [
        ['aria-label', 'x-grid'],
        ['aria-hidden', 'true'],
        ['stroke', 'currentColor'],
        ['stroke-opacity', 0.1],
        ...(offset ? ([['transform', translate(offset, 0)]] as const) : []),
      ],
      ticks.map((t) => ({
        tag: 'line',
        attrs: [
          ['x1', x(t)],
          ['x2', x(t)],
          ['y1', top],
          ['y2', height - bottom],
        ],
      })),
    ),
    group(
      [
        ['aria-label', 'x-axis tick'],
        ['aria-hidden', 'true'],
        ['fill', 'none'],
        ['stroke', 'currentColor'],
        ...(offset ? ([['transform', translate(offset, 2 * offset)]] as const) : []),
      ],
      ticks.map((t) => ({
        tag: 'path',
        attrs: [
          ['transform', translate(x(t), top)],
          ['d', 'M0,0L0,-6'],
        ],
      })),
    ),
    group(
      [
        ['aria-label', 'x-axis tick label'],
        ['font-variant', 'tabular-nums'],
        ['transform', translate(offset, offset - 9)],
      ],
      ticks.map((t) => text([['transform', translate(x(t), top)]], format(t))),
    ),
  ];
  return {
    root: [
      ['class', PLOT_CLASS],
      ['fill', 'currentColor'],
      ['font-family', 'system-ui, sans-serif'],
      ['font-size', 10],
      ['text-anchor', 'middle'],
      ['width', width],
      ['height', height],
      ['viewBox', `0 0 ${width} ${height}`],
    ],
    children: [
      { tag: 'style', attrs: [], text: PLOT_STYLE },
      group(
        [
          ['aria-label', 'y-axis tick'],
          ['aria-hidden', 'true'],
          ['fill', 'none'],
          ['stroke', 'currentColor'],
          ['transform', translate(0, offset + band / 2)],
        ],
        bars.map((b) => ({
          tag: 'path',
          attrs: [
            ['transform', translate(left, y(b.label)!)],
            ['d', 'M0,0L-6,0'],
          ],
        })),
      ),
      group(
        [
          ['aria-label', 'y-axis tick label'],
          ['text-anchor', 'end'],
          ['transform', translate(offset - 9, offset + band / 2)],
        ],
        bars.map((b) =>
          text(
            [
              ['y', '0.32em'],
              ['transform', translate(left, y(b.label)!)],
            ],
            b.label,
          ),
        ),
      ),
      // Plot leaves out a mark with nothing to draw: an axis without ticks (a domain too narrow to tick, 0 to 5e-324).
      ...(ticks.length === 0 ? [] : axisGroups()),
      group(
        [
          ['aria-label', 'bar'],
          ['fill', COLORS.result],
        ],
        bars.map((b) => ({
          tag: 'rect',
          attrs: [
            ['x', collapsed ? left : Math.min(x0, x(b.value!))],
            ['width', collapsed ? width - right - left : Math.max(0, Math.abs(x(b.value!) - x0))],
            ['y', y(b.label)!],
            ['height', band],
          ],
          children: [{ tag: 'title', attrs: [], text: `${b.label}, ${periodLabel(b, lang)}: ${valueText(b, lang)}` }],
        })),
      ),
      group(
        [
          ['aria-label', 'text'],
          ['fill', COLORS.ink],
          ['text-anchor', 'start'],
          ['transform', translate(4 + offset, offset + band / 2)],
        ],
        bars.map((b) =>
          text(
            [
              ['y', '0.32em'],
              ['transform', translate(x(b.value!), y(b.label)!)],
            ],
            valueText(b, lang),
          ),
        ),
      ),
    ],
  };
}

const valueText = (r: ResultRow, lang: Lang) => formatValue(r.value!, r.unit, lang);

/** One chart for a single indicator's rows. */
function panel(rows: readonly ResultRow[], context: ChartContext, height: number): Element {
  const valued = rows.filter((r) => r.value !== null);
  const { kind, latestOnly } = panelKind(valued);
  return kind === 'series' ? seriesChart(valued, context, height) : rankingChart(valued, context, latestOnly);
}

/**
 * Small multiples: one panel per indicator (each on its own scale: rates, counts and money do
 * not share an axis), stacked in one SVG so that it downloads as one picture.
 */
function multiples(rows: readonly ResultRow[], context: ChartContext): Element {
  const doc = context.document ?? document;
  const width = context.width ?? 640;
  const outer = doc.createElementNS(SVG, 'svg');
  let y = 0;
  for (const indicator of [...new Set(rows.map((r) => r.indicator))]) {
    const own = rows.filter((r) => r.indicator === indicator && r.value !== null);
    if (own.length === 0) continue;
    const { latestOnly } = panelKind(own);
    const shown = latestOnly ? rankedPeriod(own) : null;
    const lines = [
      localField(own[0]!, 'indicator', context.lang),
      ...(shown ? [periodLabel(shown, context.lang)] : []),
    ];
    lines.forEach((line, i) => {
      const text = doc.createElementNS(SVG, 'text');
      text.setAttribute('x', '0');
      text.setAttribute('y', String(y + 16 + i * 18));
      text.setAttribute('font-size', i === 0 ? '14' : '13');
      if (i === 0) text.setAttribute('font-weight', '600');
      else text.setAttribute('fill', COLORS.muted);
      text.textContent = line;
      outer.append(text);
    });
    const top = y + 8 + lines.length * 18;
    const chart = panel(own, { ...context, width }, 200);
    const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg')!;
    const height = Number(svg.getAttribute('height') ?? 200);
    svg.setAttribute('x', '0');
    svg.setAttribute('y', String(top));
    outer.append(svg);
    y = top + height + 16;
  }
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(y));
  outer.setAttribute('viewBox', `0 0 ${width} ${y}`);
  outer.setAttribute('font-family', 'system-ui, sans-serif');
  return outer;
}

/** The Explore chart for a result at one width. */
export function exploreChart(rows: readonly ResultRow[], context: ChartContext): Element {
  const { kind, latestOnly } = chooseChart(rows);
  if (kind === 'multiples') return multiples(rows, context);
  if (kind === 'series') return seriesChart(rows, context, 280);
  if (kind === 'ranking') return rankingChart(rows, context, latestOnly);
  const doc = context.document ?? document;
  const empty = doc.createElementNS(SVG, 'svg');
  empty.setAttribute('width', String(context.width ?? 640));
  empty.setAttribute('height', '40');
  const text = doc.createElementNS(SVG, 'text');
  text.setAttribute('x', '0');
  text.setAttribute('y', '24');
  text.textContent = useBrowserTranslations(context.lang).charts.nothingToDraw;
  empty.append(text);
  return empty;
}

import * as Plot from '@observablehq/plot';
import { localField } from '../i18n/local-name.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatNumber, formatValue, type Lang } from '../lib/format.ts';
import { periodLabel, placeLabel, type ResultRow } from '../lib/result-row.ts';
import { COLORS, percentTick, plotDefaults, type ChartContext } from './theme.ts';

/** Okabe–Ito, without its yellow (too light on white): one colour per place in a time series. */
export const SERIES_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'];
const SVG = 'http://www.w3.org/2000/svg';

export type ChartKind = 'series' | 'ranking' | 'multiples' | 'empty';

/**
 * The chart that fits a result: small multiples for several indicators, a time series for one place, a ranking
 * for one period.
 */
export function chooseChart(rows: readonly ResultRow[]): { kind: ChartKind; latestOnly: boolean } {
  const valued = rows.filter((r) => r.value !== null);
  if (valued.length === 0) return { kind: 'empty', latestOnly: false };
  if (new Set(valued.map((r) => r.indicator)).size > 1) return { kind: 'multiples', latestOnly: false };
  return panelKind(valued);
}

function panelKind(valued: readonly ResultRow[]): { kind: 'series' | 'ranking'; latestOnly: boolean } {
  const places = new Set(valued.map((r) => `${r.place_code}|${r.organisation ?? ''}`)).size;
  const periods = new Set(valued.map((r) => `${r.period_start}|${r.period_end}`)).size;
  if (places === 1) return { kind: 'series', latestOnly: false };
  if (periods === 1) return { kind: 'ranking', latestOnly: false };
  if (places <= SERIES_COLORS.length) return { kind: 'series', latestOnly: false };
  return { kind: 'ranking', latestOnly: true }; // too many lines to read: rank one period
}

/** The period a ranking of many places over many periods shows: the one with the most places (the latest if tied). */
export function rankedPeriod(rows: readonly ResultRow[]): ResultRow | null {
  const counts = new Map<string, { row: ResultRow; places: Set<string> }>();
  for (const r of rows) {
    if (r.value === null) continue;
    const key = `${r.period_start}|${r.period_end}`;
    const entry = counts.get(key) ?? { row: r, places: new Set<string>() };
    entry.places.add(`${r.place_code}|${r.organisation ?? ''}`);
    counts.set(key, entry);
  }
  let best: { row: ResultRow; places: Set<string> } | null = null;
  for (const entry of counts.values()) {
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
      Plot.lineY(breakAtGaps(valued), { x: 'x', y: 'value', stroke: 'label', strokeWidth: 2.5 }),
      Plot.dot(valued, {
        x: 'x',
        y: 'value',
        fill: 'label',
        r: 4,
        title: (r: ResultRow & { label: string }) =>
          `${r.label}, ${periodLabel(r, lang)}: ${formatValue(r.value!, r.unit, lang)}`,
      }),
    ],
  }) as unknown as Element;
}

function rankingChart(rows: readonly ResultRow[], context: ChartContext, latestOnly: boolean): Element {
  const { lang } = context;
  let valued = rows.filter((r) => r.value !== null);
  if (latestOnly) {
    const shown = rankedPeriod(valued);
    valued = valued.filter((r) => r.period_start === shown?.period_start && r.period_end === shown.period_end);
  }
  const ranked = valued.map((r) => ({ ...r, label: placeLabel(r, lang) })).sort((a, b) => b.value! - a.value!);
  // One bar per place: a place with two periods (same end, another start) keeps its first.
  const seen = new Set<string>();
  const bars = ranked.filter((r) => (seen.has(r.label) ? false : (seen.add(r.label), true)));
  const unit = bars[0]?.unit ?? '';
  return Plot.plot({
    ...plotDefaults(context),
    height: 36 + bars.length * 26,
    marginLeft: Math.min(200, 16 + Math.max(...bars.map((b) => b.label.length)) * 7.5),
    marginRight: 64,
    x: {
      grid: true,
      label: null,
      axis: 'top',
      tickFormat: tick(unit, lang),
      ticks: (context.width ?? 640) < 480 ? 3 : 6,
      ...(unit === 'percent' ? { domain: [0, 100] } : {}),
    },
    y: { domain: bars.map((b) => b.label), label: null },
    marks: [
      Plot.barX(bars, {
        x: 'value',
        y: 'label',
        fill: COLORS.result,
        title: (r: ResultRow & { label: string }) =>
          `${r.label}, ${periodLabel(r, lang)}: ${formatValue(r.value!, r.unit, lang)}`,
      }),
      Plot.text(bars, {
        x: 'value',
        y: 'label',
        text: (r: ResultRow) => formatValue(r.value!, r.unit, lang),
        textAnchor: 'start',
        dx: 4,
        fill: COLORS.ink,
      }),
    ],
  }) as unknown as Element;
}

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

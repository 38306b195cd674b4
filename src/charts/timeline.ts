import * as Plot from '@observablehq/plot';
import { formatDate } from '../lib/format.ts';
import type { MovementRow } from '../lib/queries.ts';
import { COLORS, plotDefaults, yearTick, type ChartContext } from './theme.ts';

/** Titles are long; the chart shows what fits and the table beside it the whole. ~7 px a character. */
const shorten = (title: string, pixels: number) => {
  const max = Math.max(8, Math.floor(pixels / 7));
  return title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title;
};

/**
 * Emulation movements on a time line: a bar from start to end, a dot at launch where its day was printed (a
 * launch known by its year only has no dot: 1 January is a convention, not a date), the title above.
 */
export function movementsTimeline(rows: readonly MovementRow[], context: ChartContext) {
  const { lang } = context;
  const width = context.width ?? 640;
  const spans = rows
    .filter((r) => r.period_start && r.period_end)
    .map((r) => ({
      ...r,
      start: new Date(`${r.period_start}T00:00:00Z`),
      end: new Date(`${r.period_end}T00:00:00Z`),
      launch: r.launched_on ? new Date(`${r.launched_on}T00:00:00Z`) : null,
    }));
  const years = spans.flatMap((r) => [r.start.getUTCFullYear(), r.end.getUTCFullYear() + 1]);
  const [t0, t1] = [Date.UTC(Math.min(...years), 0, 1), Date.UTC(Math.max(...years), 0, 1)];
  const plotWidth = width - 36;
  // A title starts at its bar when the bar is in the left half, and ends at it otherwise.
  const dated = spans.map((r) => {
    const fromLeft = r.start.getTime() - t0 < (t1 - t0) / 2;
    const room = fromLeft
      ? ((t1 - r.start.getTime()) / (t1 - t0)) * plotWidth
      : ((r.end.getTime() - t0) / (t1 - t0)) * plotWidth;
    return { ...r, fromLeft, short: shorten(r.title_vi, room) };
  });
  return Plot.plot({
    ...plotDefaults(context),
    height: 40 + dated.length * 48,
    marginLeft: 16,
    marginRight: 20,
    x: {
      type: 'utc',
      domain: [new Date(t0), new Date(t1)],
      ticks: (context.width ?? 640) < 480 ? '2 years' : 'year',
      tickFormat: (d: Date) => yearTick(d.getUTCFullYear()),
      grid: true,
      axis: 'top',
      label: null,
    },
    y: { domain: dated.map((r) => r.id), axis: null },
    marks: [
      Plot.barX(dated, {
        x1: 'start',
        x2: 'end',
        y: 'id',
        fill: COLORS.resultSoft,
        insetTop: 22,
        title: (r: MovementRow) =>
          `${r.title_vi}\n${formatDate(r.period_start!, lang)}–${formatDate(r.period_end!, lang)}`,
      }),
      Plot.dot(
        dated.filter((r) => r.launch && !r.launched_on_assumed),
        { x: 'launch', y: 'id', fill: COLORS.result, r: 4, dy: 11 },
      ),
      Plot.text(
        dated.filter((r) => r.fromLeft),
        { x: 'start', y: 'id', text: 'short', textAnchor: 'start', frameAnchor: 'top', dy: -16, fill: COLORS.ink },
      ),
      Plot.text(
        dated.filter((r) => !r.fromLeft),
        { x: 'end', y: 'id', text: 'short', textAnchor: 'end', frameAnchor: 'top', dy: -16, fill: COLORS.ink },
      ),
    ],
  });
}

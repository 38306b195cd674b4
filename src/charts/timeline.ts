import * as Plot from '@observablehq/plot';
import { formatDate } from '../lib/format.ts';
import type { MovementRow } from '../lib/queries.ts';
import { COLORS, plotDefaults, yearTick, type ChartContext } from './theme.ts';

const SHORT = 56;

/** Emulation movements on a time line: a bar from start to end, a dot at launch, the title above. */
export function movementsTimeline(rows: readonly MovementRow[], context: ChartContext) {
  const { lang } = context;
  const dated = rows.filter((r) => r.period_start && r.period_end).map((r) => ({
    ...r,
    start: new Date(`${r.period_start}T00:00:00Z`),
    end: new Date(`${r.period_end}T00:00:00Z`),
    launch: r.launched_on ? new Date(`${r.launched_on}T00:00:00Z`) : null,
    short: r.title_vi.length > SHORT ? `${r.title_vi.slice(0, SHORT - 1).trimEnd()}…` : r.title_vi,
  }));
  const years = dated.flatMap((r) => [r.start.getUTCFullYear(), r.end.getUTCFullYear() + 1]);
  return Plot.plot({
    ...plotDefaults(context),
    height: 40 + dated.length * 48,
    marginLeft: 8,
    marginRight: 8,
    x: { type: 'utc', domain: [new Date(Date.UTC(Math.min(...years), 0, 1)), new Date(Date.UTC(Math.max(...years), 0, 1))], ticks: 'year', tickFormat: (d: Date) => yearTick(d.getUTCFullYear()), grid: true, axis: 'top', label: null },
    y: { domain: dated.map((r) => r.id), axis: null },
    marks: [
      Plot.barX(dated, { x1: 'start', x2: 'end', y: 'id', fill: COLORS.resultSoft, insetTop: 22, title: (r: MovementRow) => `${r.title_vi}\n${formatDate(r.period_start!, lang)}–${formatDate(r.period_end!, lang)}` }),
      Plot.dot(dated.filter((r) => r.launch), { x: 'launch', y: 'id', fill: COLORS.result, r: 4, dy: 11 }),
      Plot.text(dated, { x: 'start', y: 'id', text: 'short', textAnchor: 'start', frameAnchor: 'top', dy: -16, fill: COLORS.ink }),
    ],
  });
}

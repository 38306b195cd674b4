import * as Plot from '@observablehq/plot';
import type { FigureRow } from '../lib/queries.ts';
import { COLORS, plotDefaults, type ChartContext } from './theme.ts';

/** A word-sized trend: comparable periods only, the last one marked. Decorative: the card states the numbers. */
export function sparkline(rows: readonly FigureRow[], context: ChartContext) {
  const points = rows.map((r, i) => ({ i, value: r.value }));
  return Plot.plot({
    ...plotDefaults({ ...context, width: context.width ?? 120 }),
    height: 36,
    margin: 4,
    axis: null,
    y: { domain: [Math.min(...points.map((p) => p.value)) - 1, Math.max(...points.map((p) => p.value)) + 1] },
    marks: [
      Plot.lineY(points, { x: 'i', y: 'value', stroke: COLORS.result, strokeWidth: 1.5 }),
      Plot.dot(points, Plot.selectLast({ x: 'i', y: 'value', fill: COLORS.result, r: 2.5 })),
    ],
  });
}

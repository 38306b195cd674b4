import * as Plot from '@observablehq/plot';
import { formatNumber, formatPercent, type Lang } from '../lib/format.ts';
import type { FigureRow } from '../lib/queries.ts';
import { COLORS, percentTick, plotDefaults, type ChartContext } from './theme.ts';

export interface TaskBar extends FigureRow {
  label: string;
}

/** "47/48 · 97,92%": the counts first, because that is how the reports print it. */
export function taskText(r: FigureRow, lang: Lang): string {
  const counts = r.numerator !== null && r.denominator !== null ? `${formatNumber(r.numerator, lang, 0)}/${formatNumber(r.denominator, lang, 0)} · ` : '';
  return counts + formatPercent(r.value, lang);
}

/** Task completion per reporting period, one bar each, labelled with the counts and rate. */
export function tasksChart(rows: readonly TaskBar[], context: ChartContext) {
  const { lang } = context;
  return Plot.plot({
    ...plotDefaults(context),
    height: 40 + rows.length * 44,
    marginLeft: 16,
    marginRight: 24,
    x: { domain: [0, 100], grid: true, tickFormat: percentTick(lang), label: '%', labelArrow: 'none', axis: 'top' },
    y: { domain: rows.map((r) => r.label), axis: null },
    marks: [
      Plot.barX(rows, { x: 100, y: 'label', fill: '#e8eef6', insetTop: 18 }),
      Plot.barX(rows, { x: 'value', y: 'label', fill: COLORS.result, insetTop: 18, title: (r: TaskBar) => `${r.label}: ${taskText(r, lang)}` }),
      Plot.text(rows, { x: 0, y: 'label', text: 'label', textAnchor: 'start', frameAnchor: 'top', dy: -14, fill: COLORS.ink, lineWidth: 60 }),
      Plot.text(rows, { x: 'value', y: 'label', text: (r: TaskBar) => taskText(r, lang), textAnchor: 'end', dx: -4, dy: 9, fill: 'white', fontWeight: 'bold' }),
    ],
  });
}

import * as Plot from '@observablehq/plot';
import { formatNumber, type Lang } from '../lib/format.ts';
import { figureText } from '../lib/presentation.ts';
import type { FigureRow } from '../lib/queries.ts';
import { COLORS, percentTick, plotDefaults, type ChartContext } from './theme.ts';

export interface TaskBar extends FigureRow {
  label: string;
}

/**
 * "47/48 · 97,92%": the counts first, because that is how the reports print it; a report that printed
 * no rate shows its counts alone ("104/113", completed of assigned), never a rate computed from them.
 */
export function taskText(r: FigureRow, lang: Lang): string {
  const counts =
    r.numerator !== null && r.denominator !== null
      ? `${formatNumber(r.numerator, lang, 0)}/${formatNumber(r.denominator, lang, 0)}`
      : '';
  return r.value_reported === null ? counts : [counts, figureText(r, lang)].filter(Boolean).join(' · ');
}

/** Task completion per reporting period, one bar each, labelled with the counts and rate. */
export function tasksChart(rows: readonly TaskBar[], context: ChartContext) {
  const { lang } = context;
  const width = context.width ?? 640;
  // On a phone a label may take two lines; the bar sits below its label.
  const labelLines = width < 480 ? 2 : 1;
  const rowHeight = 30 + labelLines * 16;
  const inside = (r: TaskBar) => r.value >= 45; // long bars carry their figure inside, short ones beside
  // The bar starts below its label's lines with a gap, so that a label of two lines does not touch it.
  const barTop = labelLines * 16 + 5;
  return Plot.plot({
    ...plotDefaults(context),
    height: 30 + rows.length * rowHeight,
    marginLeft: 16,
    marginRight: 24,
    x: { domain: [0, 100], grid: true, tickFormat: percentTick(lang), label: null, axis: 'top' },
    y: { domain: rows.map((r) => r.label), axis: null, padding: 0.1 },
    marks: [
      Plot.barX(rows, { x: 100, y: 'label', fill: '#e8eef6', insetTop: barTop }),
      Plot.barX(rows, {
        x: 'value',
        y: 'label',
        fill: COLORS.result,
        insetTop: barTop,
        title: (r: TaskBar) => `${r.label}: ${taskText(r, lang)}`,
      }),
      Plot.text(rows, {
        x: 0,
        y: 'label',
        text: 'label',
        textAnchor: 'start',
        lineAnchor: 'top',
        frameAnchor: 'top',
        dy: -rowHeight / 2 + 8,
        fill: COLORS.ink,
        lineWidth: (width - 40) / 13,
        lineHeight: 1.1,
        textOverflow: labelLines > 1 ? undefined : 'ellipsis-end',
      }),
      Plot.text(rows.filter(inside), {
        x: 'value',
        y: 'label',
        text: (r: TaskBar) => taskText(r, lang),
        textAnchor: 'end',
        dx: -4,
        dy: barTop / 2 - 1,
        fill: 'white',
        fontWeight: 'bold',
      }),
      Plot.text(
        rows.filter((r) => !inside(r)),
        {
          x: (r: TaskBar) => (Number.isFinite(r.value) ? r.value : 0),
          y: 'label',
          text: (r: TaskBar) => taskText(r, lang),
          textAnchor: 'start',
          dx: 4,
          dy: barTop / 2 - 1,
          fill: COLORS.ink,
          fontWeight: 'bold',
        },
      ),
    ],
  });
}

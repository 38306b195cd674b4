import * as Plot from '@observablehq/plot';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatBound, formatPercent } from '../lib/format.ts';
import { figureText, shownValue } from '../lib/presentation.ts';
import { formatPeriod, periodYear } from '../lib/period-labels.ts';
import type { FigureRow, TargetRow } from '../lib/queries.ts';
import { COLORS, percentTick, plotDefaults, TARGET_DASH, yearTick, type ChartContext } from './theme.ts';

function yearTicks(years: readonly number[], step: number): number[] {
  if (years.length === 0) return [];
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const ticks: number[] = [];
  for (let y = last; y >= first; y -= step) ticks.unshift(y);
  return ticks;
}

/** The series with an undefined point in each missing year, where Plot breaks a line. */
export function withGaps<T extends { year: number; value: number }>(
  rows: readonly T[],
): Array<{ year: number; value: number }> {
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  return sorted.flatMap((r, i) => {
    const next = sorted[i + 1];
    return next && next.year - r.year > 1 ? [r, { year: r.year + 1, value: Number.NaN }] : [r];
  });
}

/**
 * Enforcement rate by statistical year against each year's target: the result as a line with
 * dots, the target as a dashed tick for its year. Only whole statistical years are drawn.
 */
export function enforcementChart(
  rows: readonly FigureRow[],
  targets: readonly TargetRow[],
  context: ChartContext,
  height = 300,
) {
  const { lang } = context;
  // The printed figure is drawn and labelled with its bound; a recomputed rate is only its check.
  const years = rows
    .filter((r) => r.period_type === 'year')
    .map((r) => ({ ...r, value: shownValue(r) ?? r.value, year: periodYear(r.period_end) }));
  const goals = targets.map((t) => ({ ...t, year: periodYear(t.period_end) }));
  const percent = (r: FigureRow | TargetRow) => `${formatBound(r.bound, lang)}${formatPercent(r.value, lang)}`;
  const label = (r: FigureRow) =>
    `${formatPeriod(r.period_start, r.period_end, 'thads_year', lang)}: ${figureText(r, lang)}`;
  const goalLabel = (t: TargetRow) =>
    useBrowserTranslations(lang).charts.targetOfYear(periodYear(t.period_end), percent(t));
  const all = [...years.map((r) => r.year), ...goals.map((t) => t.year)];
  const domain = all.length ? [Math.min(...all) - 0.5, Math.max(...all) + 0.5] : [0, 1];
  // A line needs no zero baseline; the floor is a round ten below the lowest value, the ceiling 100%.
  const values = [...years.map((r) => r.value), ...goals.map((t) => t.value)];
  const floor = values.length ? Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10) : 0;
  return Plot.plot({
    ...plotDefaults(context),
    height,
    marginLeft: 44,
    // Every year on a wide chart; on a narrow one, every other year so that labels do not collide.
    x: { domain, ticks: yearTicks(all, (context.width ?? 640) < 480 ? 2 : 1), tickFormat: yearTick, label: null },
    y: { domain: [floor, 100], grid: true, tickFormat: percentTick(lang), label: null },
    marks: [
      // A short dashed rule per year (tickY would turn x into a band scale).
      Plot.ruleY(goals, {
        x1: (t: { year: number }) => t.year - 0.4,
        x2: (t: { year: number }) => t.year + 0.4,
        y: 'value',
        stroke: COLORS.target,
        strokeWidth: 3,
        strokeDasharray: TARGET_DASH,
        title: goalLabel,
      }),
      // The line breaks where a year is missing: joined across it, it would read as if the year were there.
      Plot.lineY(withGaps(years), { x: 'year', y: 'value', stroke: COLORS.result, strokeWidth: 2.5 }),
      Plot.dot(years, { x: 'year', y: 'value', fill: COLORS.result, r: 4, title: label }),
      Plot.text(
        years,
        Plot.selectLast({
          x: 'year',
          y: 'value',
          text: (r: FigureRow) => figureText(r, lang),
          dy: -12,
          fontWeight: 'bold',
          fill: COLORS.result,
        }),
      ),
    ],
  });
}

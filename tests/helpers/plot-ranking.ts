import * as Plot from '@observablehq/plot';
import { useBrowserTranslations } from '../../src/i18n/browser.ts';
import { formatNumber, formatValue, type Lang } from '../../src/lib/format.ts';
import { rankedPeriod } from '../../src/charts/explore.ts';
import { periodLabel, placeLabel, type ResultRow } from '../../src/lib/result-row.ts';
import { COLORS, percentTick, plotDefaults, type ChartContext } from '../../src/charts/theme.ts';

/**
 * Explore's ranking as Observable Plot drew it (src/charts/explore.ts until it was drawn by hand, so that a
 * brushed span updates it in place): the reference the hand drawing must equal, mark for mark.
 */
export function plotRanking(rows: readonly ResultRow[], context: ChartContext, latestOnly: boolean): Element {
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

function tick(unit: string, lang: Lang): (d: number) => string {
  if (unit === 'percent') return percentTick(lang);
  if (unit === 'VND') return (d) => useBrowserTranslations(lang).units.billionsTick(formatNumber(d / 1e9, lang, 0));
  return (d) => formatNumber(d, lang, 0);
}

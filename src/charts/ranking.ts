import * as Plot from '@observablehq/plot';
import { localName } from '../i18n/local-name.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatPercent } from '../lib/format.ts';
import { figureText, shownValue } from '../lib/presentation.ts';
import type { ProvinceFigureRow } from '../lib/queries.ts';
import { COLORS, percentTick, plotDefaults, TARGET_DASH, type ChartContext } from './theme.ts';

/**
 * Provinces ranked by a rate in one period, with the national figure as a dashed reference.
 * Provinces without a figure are not drawn as zero: the page lists them beside the chart.
 * Bars are the printed figures, labelled with their bound ("trên 90%").
 */
export function rankingChart(rows: readonly ProvinceFigureRow[], national: number | null, context: ChartContext) {
  const { lang } = context;
  const name = (r: ProvinceFigureRow) => localName(r, lang);
  const ranked = [...rows].map((r) => ({ ...r, value: shownValue(r) ?? r.value })).sort((a, b) => b.value - a.value);
  return Plot.plot({
    ...plotDefaults(context),
    height: 40 + ranked.length * 28,
    marginLeft: 110,
    marginRight: 56,
    x: { domain: [0, 100], grid: true, tickFormat: percentTick(lang), label: null, axis: 'top' },
    y: { domain: ranked.map(name), label: null },
    marks: [
      Plot.barX(ranked, {
        x: 'value',
        y: name,
        fill: COLORS.result,
        title: (r: ProvinceFigureRow) => `${name(r)}: ${figureText(r, lang)}`,
      }),
      Plot.text(ranked, {
        x: 'value',
        y: name,
        text: (r: ProvinceFigureRow) => figureText(r, lang),
        textAnchor: 'start',
        dx: 4,
        fill: COLORS.ink,
      }),
      ...(national === null
        ? []
        : [
            Plot.ruleX([national], { stroke: COLORS.national, strokeWidth: 2, strokeDasharray: TARGET_DASH }),
            Plot.text([national], {
              x: (d: number) => d,
              frameAnchor: 'bottom',
              dy: 14,
              text: (d: number) => useBrowserTranslations(lang).charts.national(formatPercent(d, lang)),
              fill: COLORS.national,
              textAnchor: 'middle',
            }),
          ]),
    ],
  });
}

import * as Plot from '@observablehq/plot';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatNumber, formatVnd, type Lang } from '../lib/format.ts';
import { periodYear } from '../lib/period-labels.ts';
import { COLORS, plotDefaults, yearTick, type ChartContext } from './theme.ts';

export interface WorkloadBar {
  period_end: string;
  kind: 'total' | 'with_conditions';
  value: number;
}

const amount = (value: number, unit: string, lang: Lang) =>
  unit === 'VND' ? formatVnd(value, lang) : formatNumber(value, lang, 0);

/** What enforcement had to do each statistical year: the total, and the part with conditions to enforce. */
export function workloadChart(
  bars: readonly WorkloadBar[],
  unit: string,
  labels: Record<WorkloadBar['kind'], string>,
  context: ChartContext,
) {
  const { lang } = context;
  const words = useBrowserTranslations(lang).units;
  const rows = bars.map((b) => ({ ...b, year: String(periodYear(b.period_end)), label: labels[b.kind] }));
  const scale = unit === 'VND' ? 1e12 : 1e3; // axis in nghìn tỷ đồng or nghìn việc
  // Every year from the first to the last keeps its place, so a missing year shows as a gap, not as nothing.
  const numbers = rows.map((r) => Number(r.year));
  const years = numbers.length
    ? Array.from({ length: Math.max(...numbers) - Math.min(...numbers) + 1 }, (_, i) =>
        String(Math.min(...numbers) + i),
      )
    : [];
  return Plot.plot({
    ...plotDefaults(context),
    height: 260,
    marginLeft: 48,
    fx: { label: null, domain: years, tickFormat: (d: string) => yearTick(Number(d)) },
    x: { axis: null, domain: ['total', 'with_conditions'] },
    y: {
      grid: true,
      label: unit === 'VND' ? words.vndTrillionsAxis : words.thousandCasesAxis,
      tickFormat: (d: number) => formatNumber(d / scale, lang, 0),
      labelArrow: 'none',
    },
    color: { domain: ['total', 'with_conditions'], range: [COLORS.resultSoft, COLORS.result] },
    marks: [
      Plot.barY(rows, {
        fx: 'year',
        x: 'kind',
        y: 'value',
        fill: 'kind',
        title: (r: (typeof rows)[number]) => `${r.year} · ${r.label}: ${amount(r.value, unit, lang)}`,
      }),
      Plot.ruleY([0]),
    ],
  });
}

import { sparkline } from '../charts/sparkline.ts';
import type { ChartContext } from '../charts/theme.ts';
import { formatBound, formatCounts, formatPercent, formatPointChange } from '../lib/format.ts';
import { computeKpi, type Kpi } from '../lib/kpi.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { nationalSeriesSql, nationalTargetsSql, type FigureRow, type TargetRow } from '../lib/queries.ts';
import type { Db } from '../lib/sql.ts';
import { useTranslations } from '../i18n/messages.ts';
import { uniqueSources, type SourceRef } from './view.ts';

/** The headline indicators of the overview, each with what its counts are called. */
export const HEADLINES = [
  { indicator: 'tasks_completed_rate', target: null, counts: 'tasks', years: false },
  { indicator: 'mediation_success_rate', target: null, counts: 'mediationCases', years: false },
  { indicator: 'thads_case_rate', target: 'thads_case_target', counts: 'cases', years: true },
  { indicator: 'thads_money_rate', target: 'thads_money_target', counts: null, years: true },
] as const;

export interface KpiCard {
  indicator: string;
  name: string;
  value: string;
  period: string;
  counts: string | null;
  target: string | null;
  met: boolean | null;
  change: string;
  sparkline: Element | null;
  sources: SourceRef[];
  kpi: Kpi;
}

/** A headline card: latest national figure, counts, target, change, trend, source. */
export async function kpiCard(
  db: Db,
  headline: (typeof HEADLINES)[number],
  name: string,
  context: ChartContext,
): Promise<KpiCard | null> {
  const { lang } = context;
  const t = useTranslations(lang);
  const basis = headline.indicator.startsWith('thads_') ? 'thads_year' : 'calendar';
  const series = (await db.query<FigureRow>(nationalSeriesSql(headline.indicator))).filter(
    (r) => !headline.years || r.period_type === 'year',
  );
  const targets = headline.target ? await db.query<TargetRow>(nationalTargetsSql(headline.target)) : [];
  const kpi = computeKpi(series, targets);
  if (!kpi) return null;
  const { latest, previous } = kpi;
  const countsUnit = headline.counts ? t.units[headline.counts] : null;
  const when = (r: { period_start: string; period_end: string }) =>
    formatPeriod(r.period_start, r.period_end, basis, lang);
  return {
    indicator: headline.indicator,
    name,
    value: `${formatBound(latest.bound, lang)}${formatPercent(latest.value, lang)}`,
    period: when(latest),
    counts:
      countsUnit && latest.numerator !== null && latest.denominator !== null
        ? formatCounts(latest.numerator, latest.denominator, countsUnit, lang)
        : null,
    target: kpi.target
      ? t.views.kpi.target(
          kpi.met === true,
          `${formatBound(kpi.target.bound, lang)}${formatPercent(kpi.target.value, lang)}`,
        )
      : null,
    met: kpi.met,
    change:
      previous && kpi.change !== null
        ? t.views.kpi.change(formatPointChange(kpi.change, lang), when(previous))
        : t.site.noPrevious,
    sparkline: kpi.comparable.length > 1 ? sparkline(kpi.comparable, context) : null,
    sources: uniqueSources([latest, ...(kpi.target ? [{ ...kpi.target }] : [])]),
    kpi,
  };
}

import { sparkline } from '../charts/sparkline.ts';
import type { ChartContext } from '../charts/theme.ts';
import type { PageId } from '../i18n/routes.ts';
import { pagePath } from '../i18n/routes.ts';
import { formatBound, formatCounts, formatPercent, formatPointChange } from '../lib/format.ts';
import { type Age, figureAge, figureCheck, figureText, taskCompletionText, todayIso } from '../lib/presentation.ts';
import { computeKpi, type Kpi } from '../lib/kpi.ts';
import { formatPeriod } from '../lib/period-labels.ts';
import { nationalSeriesSql, nationalTargetsSql, type FigureRow, type TargetRow } from '../lib/queries.ts';
import type { Db } from '../lib/sql.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { uniqueSources, type SourceRef } from './view.ts';

/** The headline indicators of the overview, each with what its counts are called. */
export const HEADLINES = [
  { indicator: 'tasks_completed_rate', target: null, counts: 'tasks', years: false, page: 'tasks', figure: 'tasks' },
  {
    indicator: 'mediation_success_rate',
    target: null,
    counts: 'mediationCases',
    years: false,
    page: 'mediation',
    figure: 'mediation-ranking',
  },
  {
    indicator: 'thads_case_rate',
    target: 'thads_case_target',
    counts: 'cases',
    years: true,
    page: 'enforcement',
    figure: 'enforcement',
  },
  {
    indicator: 'thads_money_rate',
    target: 'thads_money_target',
    counts: null,
    years: true,
    page: 'enforcement',
    figure: 'enforcement',
  },
] as const satisfies ReadonlyArray<{ indicator: string; page: PageId; figure: string } & Record<string, unknown>>;

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
  /** ⚠ where the printed rate differs from its counts, or "computed" where no source printed it. */
  check: string | null;
  /** Where the figure is: its page and the figure's id on it. */
  href: string;
  /** Set by kpiCards: how old the figure is, against today and the newest card. */
  age: Age | null;
}

/** A headline card: latest national figure, counts, target, change, trend, source. */
export async function kpiCard(
  db: Db,
  headline: (typeof HEADLINES)[number],
  name: string,
  context: ChartContext,
): Promise<KpiCard | null> {
  const { lang } = context;
  const t = useBrowserTranslations(lang);
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
    value: figureText(latest, lang),
    period: when(latest),
    counts:
      headline.indicator === 'tasks_completed_rate'
        ? taskCompletionText(latest, lang).text
        : countsUnit && latest.numerator !== null && latest.denominator !== null
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
    check: figureCheck(latest, lang),
    href: `${pagePath(headline.page, lang)}#${headline.figure}`,
    age: null,
  };
}

/**
 * Every headline card, each with its age, newest first: a card older than two years or than the
 * newest card says "số liệu gần nhất: …" and how old it is, so an old figure never passes as current.
 */
export async function kpiCards(
  db: Db,
  names: Record<string, string>,
  context: ChartContext,
  today = todayIso(),
): Promise<KpiCard[]> {
  const cards = (
    await Promise.all(HEADLINES.map((h) => kpiCard(db, h, names[h.indicator] ?? h.indicator, context)))
  ).filter((c) => c !== null);
  const newest =
    cards
      .map((c) => c.kpi.latest.period_end)
      .sort()
      .at(-1) ?? '';
  return cards
    .map((c) => ({ ...c, age: figureAge(c.kpi.latest.period_end, c.period, today, newest, context.lang) }))
    .sort((a, b) => b.kpi.latest.period_end.localeCompare(a.kpi.latest.period_end));
}

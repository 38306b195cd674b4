import { useBrowserTranslations } from '../i18n/browser.ts';
import { pagePath, type PageId } from '../i18n/routes.ts';
import { formatDate, formatNumber, formatPercent, formatValue, type Lang } from './format.ts';
import { MAP34_FIRST_DAY } from './geography.ts';
import { countsMakeNoRate } from './issues.ts';
import type { Bound } from './numbers.ts';
import { rateDiscrepancy } from './rates.ts';

/**
 * The honest-presentation rules, in one place: every view, page and Explore asks these functions
 * how to word a figure, so that no page says more than its sources (issue 10, DESIGN.md).
 */

/** "Cao nhất / thấp nhất" needs the ranked places to be at least this share of the map's provinces. */
export const SUPERLATIVE_MIN_SHARE = 0.5;

/** A figure whose period ended longer ago than this is called "latest available", not current. */
export const STALE_AFTER_YEARS = 2;

/** How many provinces the map in force at a period's end has: 63 until 30 June 2025, 34 from 1 July 2025. */
export function provincesInForce(periodEnd: string): 63 | 34 {
  return periodEnd >= MAP34_FIRST_DAY ? 34 : 63;
}

export interface Coverage {
  /** Places with a published figure. */
  count: number;
  /** Places on the map in force. */
  of: number;
  /** Enough of them for a superlative. */
  enough: boolean;
}

export function coverageOf(count: number, of: number): Coverage {
  return { count, of, enough: of > 0 && count >= 2 && count / of >= SUPERLATIVE_MIN_SHARE };
}

/** "8/63 tỉnh, thành phố có số liệu công bố cho 2014–2023": said before every map and ranking. */
export function coverageText(coverage: Coverage, when: string, lang: Lang): string {
  return useBrowserTranslations(lang).honesty.coverage(coverage.count, coverage.of, when);
}

/** A place and its figure as the page shows it (bound and all). */
export interface RankedFigure {
  name: string;
  text: string;
}

/** How many figures a title lists when it cannot rank: the first ones, "…", the last one. */
const LISTED = 4;

/**
 * The title of a ranking or map. With enough coverage: who is highest and lowest. Without: the
 * coverage and the figures shown, in order, with no superlative ("8/63 tỉnh …: Long An 93,2% … Huế 80,42%").
 */
export function rankingTitle(when: string, ranked: readonly RankedFigure[], coverage: Coverage, lang: Lang): string {
  const t = useBrowserTranslations(lang).honesty;
  const top = ranked[0];
  const bottom = ranked.at(-1);
  if (!top || !bottom) return t.noProvinceFigures(when);
  if (ranked.length === 1) return t.onlyOne(when, top.name, top.text, coverage.of);
  if (coverage.enough)
    return [
      t.highestLowest(when, top.name, top.text, bottom.name, bottom.text),
      t.coverageShort(coverage.count, coverage.of),
    ].join(' · ');
  const item = (r: RankedFigure) => `${r.name} ${r.text}`;
  const items =
    ranked.length <= LISTED + 1
      ? ranked.map(item)
      : [...ranked.slice(0, LISTED - 1).map(item), `${t.ellipsis} ${item(bottom)}`];
  return `${coverageText(coverage, when, lang)}: ${t.shownList(items)}`;
}

/** A published figure as views read it from the query module. */
export interface FigureValue {
  value: number | null;
  value_reported: number | null;
  bound: Bound;
  unit: string;
  numerator: number | null;
  denominator: number | null;
}

/** The figure a page shows: the printed one where the source printed it, else the computed one. */
export function shownValue(r: FigureValue): number | null {
  return r.value_reported ?? r.value;
}

/** The shown figure with its bound and unit: "trên 73%", "97,92%". The bound travels everywhere. */
export function figureText(r: FigureValue, lang: Lang): string {
  const v = shownValue(r);
  if (v === null) return '—';
  return formatValue(v, r.unit, lang, r.value_reported === null ? 'exact' : r.bound);
}

/** Whether a rate was computed by this site from counts, with no rate printed by any source. */
export function isComputed(r: FigureValue): boolean {
  return r.unit === 'percent' && r.value_reported === null && r.value !== null;
}

/** The recomputed rate where it differs from the printed one beyond rounding; else null. */
export function recomputedDiffers(r: FigureValue): number | null {
  if (r.unit !== 'percent' || r.value_reported === null || r.numerator === null || r.denominator === null) return null;
  if (r.denominator === 0) return null;
  const computed = (r.numerator / r.denominator) * 100;
  return rateDiscrepancy(computed, r.value_reported, r.bound) === null ? null : computed;
}

/**
 * What to say beside a figure: "⚠ Tính lại từ 2.408/3.399: 70,84%, khác số đã in" where the printed
 * rate misstates its counts; "tự tính …" where no source printed the rate; else nothing.
 */
export function figureCheck(r: FigureValue, lang: Lang): string | null {
  const t = useBrowserTranslations(lang).honesty;
  const differs = recomputedDiffers(r);
  if (differs !== null)
    return t.recomputedDiffers(
      `${formatNumber(r.numerator!, lang, 0)}/${formatNumber(r.denominator!, lang, 0)}`,
      formatPercent(differs, lang),
    );
  return isComputed(r) ? t.computed : null;
}

/** The figure and its check in one string, for table cells and tooltips. */
export function figureWithCheck(r: FigureValue, lang: Lang): string {
  const check = figureCheck(r, lang);
  if (check === null) return figureText(r, lang);
  return `${figureText(r, lang)} (${isComputed(r) ? useBrowserTranslations(lang).honesty.computedShort : check})`;
}

/** Whole years between a period's end and a day (the build's day, or the page's newest figure). */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

export interface Age {
  /** Whole years since the period ended. */
  years: number;
  /** Older than STALE_AFTER_YEARS, or older than the newest figure on the page by a year or more. */
  old: boolean;
  /** Visible words when old: "số liệu gần nhất: 6 tháng đầu năm 2018 · cách đây 8 năm"; else null. */
  label: string | null;
}

/** How old a figure is, and what to say about it, given today and the newest figure on the same page. */
export function figureAge(periodEnd: string, period: string, today: string, newestOnPage: string, lang: Lang): Age {
  const t = useBrowserTranslations(lang).honesty;
  const years = Math.max(0, yearsBetween(periodEnd, today));
  const stale = years >= STALE_AFTER_YEARS;
  const older = yearsBetween(periodEnd, newestOnPage) >= 1;
  const old = stale || older;
  const parts = [t.latestAvailable(period), ...(years >= 1 ? [t.yearsOld(years)] : [])];
  if (older && !stale) parts.push(t.olderThanPage);
  return { years, old, label: old ? parts.join(' · ') : null };
}

/** Today as an ISO date, the reference for ages (the day the page is built or drawn). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A task figure as sources print it. */
export interface TaskFigure extends FigureValue {
  notes: string | null;
  /** all_assigned (tasks not yet due included) or due; null where the data does not say. */
  denominator_scope?: string | null;
}

/** A curator's note that the source says no task is overdue. */
export function saysNoOverdue(notes: string | null): boolean {
  return /\bno overdue\b|không có nhiệm vụ (nào )?quá hạn/i.test(notes ?? '');
}

/**
 * Task completion worded as the source printed it: "47/48 nhiệm vụ đến hạn đã hoàn thành" where it
 * printed a rate over the tasks due; "104 nhiệm vụ đã hoàn thành trong 113 nhiệm vụ được giao (gồm cả
 * nhiệm vụ chưa đến hạn)" where it printed only counts over every task assigned (never shown as a rate);
 * where the data does not say what the assigned hold, the note says the source does not say.
 */
export function taskCompletionText(
  r: TaskFigure,
  lang: Lang,
): { text: string; rate: string | null; note: string | null } {
  const t = useBrowserTranslations(lang).honesty;
  const n = (v: number) => formatNumber(v, lang, 0);
  const overdue = saysNoOverdue(r.notes) ? t.noOverdue : null;
  // Over the tasks due: the source's own completion figure. Over all assigned: counts, never a rate.
  const due = r.denominator_scope ? r.denominator_scope === 'due' : r.value_reported !== null;
  if (due) {
    const counts =
      r.numerator !== null && r.denominator !== null ? t.tasksDueDone(n(r.numerator), n(r.denominator)) : '';
    return { text: counts, rate: r.value_reported === null ? null : figureText(r, lang), note: overdue };
  }
  const notYetDue = countsMakeNoRate(r.denominator_scope);
  const text =
    r.numerator !== null && r.denominator !== null
      ? t.tasksDoneOfAssigned(n(r.numerator), n(r.denominator), notYetDue)
      : '';
  const scope = notYetDue ? [] : [t.tasksScopeUnknown];
  return { text, rate: null, note: [t.tasksNoRate, ...scope, ...(overdue ? [overdue] : [])].join('; ') };
}

/** A source's kind in the page's language ("Báo chí", "Official portal"); '' where unknown. */
export function sourceKindText(kind: string | null | undefined, lang: Lang): string {
  const kinds: Record<string, string> = useBrowserTranslations(lang).data.sourceKind;
  return kind ? (kinds[kind] ?? '') : '';
}

/** A body a figure is about in the page's language ("Ministry of Justice"); a name not in the catalogue as it is. */
export function organisationName(name: string, lang: Lang): string {
  return useBrowserTranslations(lang).data.organisations[name] ?? name;
}

/** "Toàn quốc · Bộ Tư pháp", "Lâm Đồng · Chi cục … · Bảo Lộc": a place, then the body and the district, if any. */
export function placeWithBody(
  place: string,
  organisation: string | null | undefined,
  subdivision: string | null | undefined,
  lang: Lang,
): string {
  return [place, organisation ? organisationName(organisation, lang) : null, subdivision].filter(Boolean).join(' · ');
}

/**
 * What is said of a source beside its title, "Báo chí, Báo điện tử Đảng Cộng sản Việt Nam, 02/09/2018": with or
 * without a link, a reader can find the publication. '' where nothing is known.
 */
export function sourceDetails(
  s: { kind?: string | null; publisher?: string | null; date?: string | null },
  lang: Lang,
): string {
  return [sourceKindText(s.kind, lang), s.publisher, s.date ? formatDate(s.date, lang) : null]
    .filter(Boolean)
    .join(', ');
}

/** sourceDetails of a query's row (source_kind, source_publisher, source_date), in brackets after its title. */
export function sourceAside(
  r: { source_kind?: string | null; source_publisher?: string | null; source_date?: string | null },
  lang: Lang,
): string {
  const details = sourceDetails({ kind: r.source_kind, publisher: r.source_publisher, date: r.source_date }, lang);
  return details ? ` (${details})` : '';
}

/** "⚠ Số liệu in mâu thuẫn nhau": a curator's finding, said where the figure is; null where none. */
export function figureIssue(r: { issue?: string | null }, lang: Lang): string | null {
  const issues: Record<string, string> = useBrowserTranslations(lang).data.issue;
  return r.issue ? `⚠ ${issues[r.issue] ?? r.issue}` : null;
}

/** Everything to say beside one figure: its issue, its check against its counts. */
export function figureRemarks(r: FigureValue & { issue?: string | null }, lang: Lang): string[] {
  const check = isComputed(r) ? null : figureCheck(r, lang);
  return [figureIssue(r, lang), check].filter((x): x is string => x !== null);
}

/** A period with the small mark of dates the source did not print. */
export function periodWithMark(period: string, r: { dates_assumed?: boolean | null }, lang: Lang): string {
  return r.dates_assumed ? `${period}${useBrowserTranslations(lang).honesty.assumedMark}` : period;
}

/** The note that explains the mark, once per figure: how the dates the sources did not print were set. */
export function assumedNote(
  rows: ReadonlyArray<{ dates_assumed?: boolean | null; dates_basis?: string | null }>,
  lang: Lang,
): string[] {
  const { honesty: t, data } = useBrowserTranslations(lang);
  const bases: Record<string, string> = data.datesBasis;
  const assumed = rows.filter((r) => r.dates_assumed);
  if (assumed.length === 0) return [];
  const why = [...new Set(assumed.map((r) => (r.dates_basis ? bases[r.dates_basis] : undefined) ?? t.assumedNote))];
  return [`${t.assumedMark} ${why.join('; ')}`];
}

// Where each indicator's figures are shown: its page and the figure's id there; others are in Explore.
const FIGURE_OF: ReadonlyArray<[RegExp, PageId, string]> = [
  [/^tasks_/, 'tasks', 'tasks'],
  [/^mediation_success_rate$/, 'mediation', 'mediation-ranking'],
  [/^thads_(case|money)_(rate|target)$/, 'enforcement', 'enforcement'],
  [/^thads_/, 'enforcement', 'enforcement-workload'],
];

/** The address of the figure an indicator's figures appear in, so a quality entry can point at it. */
export function figureHref(indicator: string, lang: Lang): string {
  const found = FIGURE_OF.find(([pattern]) => pattern.test(indicator));
  return found ? `${pagePath(found[1], lang)}#${found[2]}` : pagePath('explore', lang);
}

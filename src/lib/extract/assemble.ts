import type { IsoDate } from '../dates.ts';
import type { GeoResolver } from '../geography.ts';
import type { Indicator } from '../indicators.ts';
import type { Bound } from '../numbers.ts';
import type { Candidate, Extraction, Part } from './candidates.ts';
import { extract as englishWords } from '../../i18n/en/extract.ts';
import { reasonText, scoreCandidate, type Evidence } from './confidence.ts';
import { findFigures, type Figure } from './figures.ts';
import { findPeriods, periodDates, periodFromReportDate, type PeriodMention } from './periods.ts';
import { resolvePlace, SECTOR_WIDE, type PlaceFinder, type PlaceMention } from './places.ts';
import { classifyFigures, NO_OVERDUE, sentenceContext, type Classified, type Domain, type Side } from './rules.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { foldKeepingOffsets, prepareText } from './text.ts';

export interface ExtractContext {
  indicators: ReadonlyMap<string, Indicator>;
  resolveGeo: GeoResolver;
  places: PlaceFinder;
  /** The report's own date, for periods it leaves implicit. */
  reportDate?: IsoDate | null;
  /**
   * The report's own place, for figures it does not place ("toàn tỉnh" in a provincial paper): a
   * province name the resolver reads. Without it, the first place the report's heading names.
   */
  reportPlace?: string | null;
}

interface Count {
  value: number;
  start: number;
  end: number;
}

/** A row before its place, period and confidence are read. */
interface Draft {
  indicator: string;
  anchor: number;
  value: Figure | null;
  valueText?: string;
  numerator: Count | null;
  denominator: Count | null;
  moneyCounts: boolean;
  keyword: { start: number; end: number } | null;
  domainFromContext: boolean;
}

const RATE_INDICATOR: Record<Domain, string> = {
  tasks: 'tasks_completed_rate',
  mediation: 'mediation_success_rate',
  thads: '',
};

/** Reads a report's text into candidate observations (see src/lib/extract/README in the main README). */
export function extractCandidates(raw: string, context: ExtractContext): Extraction {
  const text = prepareText(raw);
  const folded = foldKeepingOffsets(text);
  const sentences = splitSentences(text);
  const reportYear = context.reportDate ? Number(context.reportDate.slice(0, 4)) : null;
  const reportPlace: PlaceMention | null = context.reportPlace
    ? { start: 0, end: 0, text: context.reportPlace, geo: context.reportPlace }
    : null;
  const home = reportPlace ?? homePlace(sentences, folded, context.places);
  const allPlaces = sentences.flatMap((s) => context.places.find(s.text, folded.slice(s.start, s.end), s.start));
  const clusters = allPlaces.filter((p) => isCluster(context, p));
  const candidates: Candidate[] = [];
  let topic: { domain: Domain | null; side: Side | null } = { domain: null, side: null };
  let lastPeriod: PeriodMention | null = null;
  let paragraph: Classified[] = [];
  let previousEnd = 0;
  for (const sentence of sentences) {
    const sf = folded.slice(sentence.start, sentence.end);
    // Counts stay within a paragraph: "nhận được 153 nhiệm vụ … Kết quả, … đã hoàn thành 115 nhiệm vụ".
    if (/\n\s*\n/.test(text.slice(previousEnd, sentence.start))) paragraph = [];
    previousEnd = sentence.end;
    const figures = findFigures(sentence.text, sf, sentence.start);
    const periods = findPeriods(sentence.text, sf, sentence.start, reportYear);
    const places = context.places
      .find(sentence.text, sf, sentence.start)
      .map((p) => (reportPlace && SECTOR_WIDE.test(p.text) ? { ...p, geo: reportPlace.geo, text: p.text } : p));
    const classified = classifyFigures(figures, sf, sentence.start, topic);
    const drafts = draftRows(classified, paragraph);
    paragraph = [...paragraph, ...classified];
    for (const m of sf.matchAll(NO_OVERDUE)) {
      drafts.push({
        indicator: 'other_tasks_overdue',
        anchor: sentence.start + m.index,
        value: null,
        valueText: '0',
        numerator: null,
        denominator: null,
        moneyCounts: false,
        keyword: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length },
        domainFromContext: false,
      });
    }
    for (const draft of drafts) {
      const sentencePlaces =
        draft.indicator === 'other_emulation_cluster_member_units' ? clusterFirst(places, clusters, context) : places;
      const candidate = finish(draft, sentence, text, sentencePlaces, periods, lastPeriod, home, context);
      if (candidate && !candidates.some((c) => sameRow(c, candidate))) {
        candidates.push({ ...candidate, id: `c${candidates.length + 1}` });
      }
    }
    topic = sentenceContext(sf, topic);
    const explicit = periods.filter((p) => !p.inferredYear && !p.aside);
    if (explicit.length > 0) lastPeriod = explicit[explicit.length - 1]!;
  }
  return { text, candidates: withoutEchoes(candidates) };
}

/**
 * A heading often repeats a figure of the body ("Thi hành xong 2.107 việc dân sự"): the copy whose
 * period had to be inferred goes when the same figure is found with a printed period.
 */
function withoutEchoes(candidates: Candidate[]): Candidate[] {
  const kept = candidates.filter(
    (c) =>
      !c.period_inferred ||
      !candidates.some(
        (o) =>
          o !== c &&
          !o.period_inferred &&
          o.indicator === c.indicator &&
          o.geo_code === c.geo_code &&
          o.value === c.value &&
          o.numerator === c.numerator,
      ),
  );
  return kept.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}

function sameRow(a: Omit<Candidate, 'id'>, b: Omit<Candidate, 'id'>): boolean {
  return (
    a.indicator === b.indicator &&
    a.geo_code === b.geo_code &&
    a.period_start === b.period_start &&
    a.value_reported === b.value_reported &&
    a.numerator === b.numerator &&
    a.sentence.start === b.sentence.start
  );
}

/** Groups a sentence's classified figures into rows: a rate takes the exact counts printed beside it. */
function draftRows(classified: readonly Classified[], earlier: readonly Classified[] = []): Draft[] {
  const drafts: Draft[] = [];
  const used = new Set<Classified>();
  const count = (c: Classified | undefined): Count | null =>
    c && c.figure.bound === 'exact'
      ? { value: c.figure.canonical, start: c.figure.numberStart, end: c.figure.numberEnd }
      : null;
  const find = (pred: (c: Classified) => boolean, before?: number) =>
    classified.filter((c) => pred(c) && (before === undefined || c.figure.start < before)).at(-1);
  // A count printed in an earlier sentence of the paragraph, when this sentence has none.
  const findHere = (pred: (c: Classified) => boolean) => find(pred) ?? earlier.filter(pred).at(-1);
  const base = (c: Classified, indicator: string): Draft => ({
    indicator,
    anchor: c.figure.start,
    value: c.figure,
    numerator: null,
    denominator: null,
    moneyCounts: false,
    keyword: c.keyword,
    domainFromContext: c.domainFromContext,
  });
  const isCount = (c: Classified, id: string) => c.role.kind === 'count' && c.role.indicator === id;

  for (const c of classified) {
    const { role } = c;
    if (role.kind !== 'rate') continue;
    if (role.domain === 'thads') {
      const side = role.side ?? 'cases';
      const indicator = `thads_${side === 'cases' ? 'case' : 'money'}_${role.target ? 'target' : 'rate'}`;
      const draft = base(c, indicator);
      if (!role.target) {
        const n = findHere((x) => isCount(x, side === 'cases' ? 'thads_cases_completed' : 'thads_money_completed_vnd'));
        const d = findHere((x) =>
          isCount(x, side === 'cases' ? 'thads_cases_with_conditions' : 'thads_money_with_conditions_vnd'),
        );
        const pair = find((x) => x.role.kind === 'pair' && x.role.side === side && !used.has(x), c.figure.start);
        if (pair?.figure.denominator && pair.figure.bound === 'exact') {
          used.add(pair);
          const f = pair.figure;
          attach(
            draft,
            { value: f.canonical, start: f.numberStart, end: f.numberEnd },
            f.denominator ?? null,
            side === 'money',
          );
        } else attach(draft, count(n), count(d), side === 'money');
      }
      drafts.push(draft);
      continue;
    }
    const draft = base(c, RATE_INDICATOR[role.domain]);
    if (role.domain === 'tasks') {
      const fraction = find((x) => x.role.kind === 'tasks_fraction' && !used.has(x), c.figure.start);
      if (fraction?.figure.denominator) {
        used.add(fraction);
        const f = fraction.figure;
        attach(draft, { value: f.value, start: f.numberStart, end: f.numberEnd }, f.denominator ?? null, false);
      } else
        attach(
          draft,
          count(findHere((x) => isCount(x, 'tasks_completed'))),
          count(findHere((x) => isCount(x, 'tasks_assigned'))),
          false,
        );
    } else {
      const pair = find((x) => x.role.kind === 'pair' && !used.has(x), c.figure.start);
      if (pair?.figure.denominator) {
        used.add(pair);
        const f = pair.figure;
        attach(draft, { value: f.canonical, start: f.numberStart, end: f.numberEnd }, f.denominator ?? null, false);
      } else {
        const n = findHere((x) => isCount(x, 'mediation_cases_success'));
        const d = findHere((x) => isCount(x, 'mediation_cases_received'));
        attach(draft, count(n), count(d), false);
      }
    }
    drafts.push(draft);
  }
  const hasTaskRate = drafts.some((d) => d.indicator === 'tasks_completed_rate');
  for (const c of classified) {
    const { role } = c;
    if (role.kind === 'tasks_fraction' && !used.has(c) && c.figure.denominator) {
      const draft = base(c, 'tasks_completed_rate');
      draft.value = null;
      attach(
        draft,
        { value: c.figure.value, start: c.figure.numberStart, end: c.figure.numberEnd },
        c.figure.denominator ?? null,
        false,
      );
      drafts.push(draft);
    } else if (role.kind === 'count' && role.domain === 'tasks') {
      if (hasTaskRate || role.indicator !== 'tasks_completed') continue;
      const assigned = count(findHere((x) => isCount(x, 'tasks_assigned')));
      const draft = base(c, assigned ? 'tasks_completed_rate' : 'other_tasks_completed_count');
      if (assigned) {
        draft.value = null;
        attach(draft, count(c), assigned, false);
      }
      drafts.push(draft);
    } else if (role.kind === 'count' || role.kind === 'fact') {
      drafts.push(base(c, role.indicator));
    }
  }
  return drafts.sort((a, b) => a.anchor - b.anchor);
}

function attach(draft: Draft, n: Count | null, d: Count | null, money: boolean): void {
  if (!n || !d || n.value > d.value) return; // only both exact counts make a rate's counts
  draft.numerator = n;
  draft.denominator = d;
  draft.moneyCounts = money;
}

function isCluster(context: ExtractContext, place: PlaceMention): boolean {
  if (place.geo === 'VN') return false;
  const resolved = resolvePlace(context.resolveGeo, place, '1900-01-01', '2100-12-31');
  return resolved !== null && !/^\d+$/.test(resolved.code) && resolved.code !== 'VN';
}

/** A cluster's member count belongs to the cluster the sentence, or else the report, names. */
function clusterFirst(
  places: readonly PlaceMention[],
  clusters: readonly PlaceMention[],
  context: ExtractContext,
): PlaceMention[] {
  const own = places.filter((p) => isCluster(context, p));
  if (own.length > 0) return own;
  return clusters.length > 0 ? [clusters[0]!] : [...places];
}

/** The place named first in a report's heading or lead: a province, or the nation ("Bộ Tư pháp"). */
function homePlace(sentences: readonly Sentence[], folded: string, finder: PlaceFinder): PlaceMention | null {
  for (const s of sentences.slice(0, 3)) {
    const [first] = finder.find(s.text, folded.slice(s.start, s.end), s.start);
    if (first) return first;
  }
  return null;
}

function finish(
  draft: Draft,
  sentence: Sentence,
  text: string,
  places: readonly PlaceMention[],
  periods: readonly PeriodMention[],
  lastPeriod: PeriodMention | null,
  home: PlaceMention | null,
  context: ExtractContext,
): Omit<Candidate, 'id'> | null {
  const indicator = context.indicators.get(draft.indicator);
  if (!indicator) return null;
  const parts: Part[] = [];
  const part = (role: Part['role'], start: number, end: number) =>
    parts.push({ role, start, end, text: text.slice(start, end) });
  if (draft.value) part('value', draft.value.start, draft.value.end);
  if (draft.numerator) part('numerator', draft.numerator.start, draft.numerator.end);
  if (draft.denominator) part('denominator', draft.denominator.start, draft.denominator.end);
  if (draft.keyword) part('keyword', draft.keyword.start, draft.keyword.end);

  // Period: the nearest before the figure in its sentence, then after it, then an earlier sentence's.
  const at = draft.anchor;
  const inSentence = periods.filter((p) => p.start < at).at(-1) ?? periods.find((p) => p.start >= at);
  let periodSource: Evidence['period'] = 'none';
  let label: string | null = null;
  let dates = null;
  if (inSentence) {
    periodSource = inSentence.inferredYear ? 'year-inferred' : 'sentence';
    label = inSentence.label;
    part('period', inSentence.start, inSentence.end);
  } else if (lastPeriod) {
    periodSource = lastPeriod.inferredYear ? 'year-inferred' : 'earlier';
    label = lastPeriod.label;
    part('period', lastPeriod.start, lastPeriod.end);
  }
  if (label) dates = periodDates(label, indicator.period_basis);
  if (!dates && context.reportDate) {
    const fromDate = periodFromReportDate(context.reportDate, indicator.period_basis);
    if (fromDate) {
      periodSource = 'report-date';
      label = fromDate.label;
      dates = fromDate.period;
    }
  }
  if (!dates) periodSource = 'none';

  // Place: a list item's own ("Bến Tre: 91%"), else the sentence's, else the report's, else the nation.
  const folded = foldKeepingOffsets(text.slice(sentence.start, sentence.end));
  const between = (p: PlaceMention) => folded.slice(p.end - sentence.start, at - sentence.start);
  const listed = places.filter((p) => p.end <= at && /^[\s:(\-–]*$/.test(between(p))).at(-1);
  const before = places.filter((p) => p.end <= at).at(-1);
  const after = places.find((p) => p.start >= at);
  const chosen = listed ?? before ?? after ?? home;
  const placeSource: Evidence['place'] = listed ? 'list' : before || after ? 'sentence' : home ? 'document' : 'assumed';
  if (chosen && placeSource !== 'document') part('place', chosen.start, chosen.end);
  const start = dates?.start ?? '1900-01-01';
  const end = dates?.end ?? '2100-12-31';
  const resolved = chosen ? resolvePlace(context.resolveGeo, chosen, start, end) : { code: 'VN', name: 'VN' };

  const printedPercent = draft.value?.kind === 'percent' ? draft.value : null;
  const bound: Bound = draft.value?.bound ?? 'exact';
  const confidence = scoreCandidate({
    numerator: draft.numerator?.value ?? null,
    denominator: draft.denominator?.value ?? null,
    printed: printedPercent?.value ?? null,
    printedText: draft.value?.printed ?? draft.valueText ?? null,
    bound,
    place: placeSource,
    period: periodSource,
    domainFromContext: draft.domainFromContext,
  });
  const reasons = confidence.reasons;
  if (!resolved) reasons.push({ code: 'notAProvince', place: chosen?.text ?? '' });
  const reason = reasonText(reasons, englishWords.reasons);
  const unit =
    indicator.kind === 'rate'
      ? draft.moneyCounts
        ? 'đồng'
        : '%'
      : draft.value?.unit && draft.value.kind !== 'things'
        ? draft.value.unit
        : indicator.unit;
  return {
    indicator: indicator.id,
    geo: resolved?.name ?? chosen?.text ?? 'VN',
    geo_code: resolved?.code ?? null,
    period_label: label,
    period_start: dates?.start ?? null,
    period_end: dates?.end ?? null,
    period_inferred: periodSource === 'report-date' || periodSource === 'year-inferred',
    numerator: draft.numerator?.value ?? null,
    denominator: draft.denominator?.value ?? null,
    value_reported: draft.value?.printed ?? draft.valueText ?? null,
    value: draft.value
      ? draft.value.kind === 'percent'
        ? draft.value.value
        : draft.value.canonical
      : draft.valueText
        ? 0
        : null,
    bound,
    unit,
    sentence: { start: sentence.start, end: sentence.end, text: sentence.text },
    parts: parts.sort((a, b) => a.start - b.start),
    confidence: resolved ? confidence.score : Math.min(confidence.score, 0.4),
    reasons,
    reason,
  };
}

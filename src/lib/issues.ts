/**
 * Curation columns of an observation file beyond the figure itself: what is known to be wrong
 * with a printed figure (an issue a view shows where the figure is) and how far its denominator reaches.
 */

/** What a curator found wrong with a printed figure; the views translate the code (src/i18n/…/data.ts). */
export const ISSUE_CODES = [
  /** The printed rate does not follow from the counts printed beside it. */
  'printed_rate_mismatch',
  /** The printed rate is over another denominator than the indicator's (e.g. cases concluded, not received). */
  'different_denominator',
  /** The page contradicts itself or another figure of the same source (a total, a target, a growth rate). */
  'inconsistent_as_printed',
  /** The source plainly misprints (e.g. the shares of cases and of money swapped). */
  'source_error',
  /** Set or counted on another basis than the rest of the series (e.g. enforcement targets before 2016). */
  'different_basis',
  /** The figure cannot be read in the stored copy of its page (a sentence cut off, a number not shown). */
  'unverified',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * Which tasks a task count's denominator holds: `all_assigned` counts every task assigned, those not
 * yet due included (so completed ÷ assigned is not a completion rate); `due` counts the tasks due only.
 */
export const DENOMINATOR_SCOPES = ['all_assigned', 'due'] as const;
export type DenominatorScope = (typeof DENOMINATOR_SCOPES)[number];

/** The scope whose counts make no rate: 49 done of 212 assigned, tasks not yet due among them, is not 23% done. */
export const NO_RATE_SCOPE: DenominatorScope = 'all_assigned';

/**
 * Whether a figure's counts make no rate (the one rule: the normalizer stores none, Explore combines none, pages
 * say so). Its SQL twin is `denominator_scope IS DISTINCT FROM NO_RATE_SCOPE` (src/explore/filters.ts).
 */
export function countsMakeNoRate(scope: string | null | undefined): boolean {
  return scope === NO_RATE_SCOPE;
}

/**
 * Why a period's dates were not printed by the source but set in curation: `statistical_year` (a THADS
 * year given as "năm 2022", dated 1/10–30/9 by the statistical-year convention), `year_only` (only a year
 * or an approximate time was printed: 1 January or the year's bounds), `cutoff` (the period ends on the
 * article's date, "đến nay"), `curation` (start or end inferred by the curator, see the row's notes).
 */
export const DATE_BASES = ['statistical_year', 'year_only', 'cutoff', 'curation'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export function isDateBasis(text: string): text is DateBasis {
  return (DATE_BASES as readonly string[]).includes(text);
}

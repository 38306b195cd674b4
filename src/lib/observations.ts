import { parseDate, type IsoDate } from './dates.ts';
import type { CsvRow, CsvTable } from './csv.ts';
import {
  isExtraColumn,
  OBSERVATION_COLUMNS,
  resolveColumn,
  REQUIRED_COLUMNS,
  type ObservationColumn,
} from './columns.ts';
import type { GeoLevel, GeoResolver, ProvinceMap } from './geography.ts';
import { valueRange, type Indicator } from './indicators.ts';
import {
  DATE_BASES,
  DENOMINATOR_SCOPES,
  ISSUE_CODES,
  isDateBasis,
  type DateBasis,
  type DenominatorScope,
  type IssueCode,
  countsMakeNoRate,
} from './issues.ts';
import { parseNumber, type Bound, type ParsedNumber } from './numbers.ts';
import { classifyPeriod, parsePeriodLabel, type Period, type PeriodType } from './periods.ts';
import { NormalizeError, type Problem } from './problems.ts';
import { rateDiscrepancy, ratePercent } from './rates.ts';
import { memoize } from './memo.ts';
import { keyProblem } from './text.ts';
import { convertValue, normalizeUnit, type UnitConversion } from './units.ts';

/** One normalized figure: a row of observations.parquet. */
export interface Observation {
  indicator: string;
  geo_code: string;
  geo_level: GeoLevel;
  geo_map: ProvinceMap | null;
  organisation: string | null;
  subdivision: string | null;
  period_label: string | null;
  period_start: IsoDate;
  period_end: IsoDate;
  period_type: PeriodType;
  numerator: number | null;
  denominator: number | null;
  /** Computed from numerator/denominator for rates; otherwise the printed figure in canonical units. */
  value: number | null;
  /** The figure as printed, in canonical units. */
  value_reported: number | null;
  bound: Bound;
  unit: string;
  source_id: string;
  notes: string | null;
  /** The source printed no date for the period: dates follow a convention (statistical year, 1 January). */
  dates_assumed: boolean;
  /** How the assumed dates were set (src/lib/issues.ts); null where the source printed them. */
  dates_basis: DateBasis | null;
  /** Task counts: whether the denominator holds every task assigned (not-yet-due ones too) or those due. */
  denominator_scope: DenominatorScope | null;
  /** A count behind the rate is printed as approximate ("hơn 46.500"): `value` is then the printed rate. */
  counts_approximate: boolean;
  /** What a curator found wrong with the printed figure (src/lib/issues.ts); listed in quality.json. */
  issue: IssueCode | null;
  /** Where the figure was read, for the data-quality list. */
  file: string;
  line: number;
}

/** A doubt that does not stop the build: it is listed in quality.json. */
export interface QualityNote {
  kind:
    | 'rate_discrepancy'
    | 'period_label_mismatch'
    | 'partial_counts'
    | 'upload_source'
    | 'approximate_counts'
    | 'source_issue';
  file: string;
  line: number;
  message: string;
  indicator: string;
  geo_code: string;
  period_start: IsoDate;
  period_end: IsoDate;
  value?: number | null;
  value_reported?: number | null;
  difference_pp?: number;
  /** source_issue: the place as the file names it, the issue's code and its reason in both languages. */
  place?: string;
  code?: IssueCode;
  reason_vi?: string;
  reason_en?: string;
}

export interface NormalizeContext {
  indicators: ReadonlyMap<string, Indicator>;
  sources: ReadonlySet<string>;
  resolveGeo: GeoResolver;
  /**
   * Uploads only: the source a row is attributed to when it names none, or one not in sources.csv
   * (`upload:<file name>`). The build leaves it unset: there every figure needs a published source.
   */
  uploadSource?: string;
}

/** Where each column of an observation file is, read once from its header. */
export interface ObservationHeader {
  file: string;
  locale: CsvTable['locale'];
  delimiter: string;
  width: number;
  index: ReadonlyMap<ObservationColumn, number>;
  names: ReadonlyMap<ObservationColumn, string>;
}

export interface NormalizeResult {
  observations: Observation[];
  problems: Problem[];
  notes: QualityNote[];
}

/**
 * Turns one parsed observation file into normalized rows. Every bad cell becomes a Problem
 * (file, line, column, value, reason); a row with any problem is left out, the others kept,
 * so the build can refuse the whole input while an upload can still use its good rows.
 */
export function normalizeObservations(table: CsvTable, context: NormalizeContext): NormalizeResult {
  const { header, problems } = readObservationHeader(table, context);
  if (!header) return { observations: [], problems, notes: [] };
  return normalizeRows(table.rows, header, context);
}

/** Checks an observation file's header: unknown, repeated and missing columns are problems on line 1. */
export function readObservationHeader(
  table: Pick<CsvTable, 'file' | 'locale' | 'delimiter' | 'header'>,
  context: Pick<NormalizeContext, 'uploadSource'> = {},
): { header: ObservationHeader | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const { file } = table;
  const index = new Map<ObservationColumn, number>();
  const headerName = new Map<ObservationColumn, string>();
  if (table.header.length === 1 && /[|\t:]/.test(table.header[0] ?? '')) {
    const name = table.header[0]!;
    return {
      header: null,
      problems: [
        {
          file,
          line: 1,
          column: name,
          value: name,
          reason: 'only one column found: separate columns with a comma or a semicolon',
        },
      ],
    };
  }
  table.header.forEach((name, i) => {
    const column = resolveColumn(name);
    if (column === null && isExtraColumn(name)) return; // provenance beside the figures (npm run extract)
    if (column === null) {
      problems.push({
        file,
        line: 1,
        column: name,
        value: name,
        reason: 'unknown column (see the data contract in README.md)',
      });
    } else if (index.has(column)) {
      problems.push({ file, line: 1, column: name, value: name, reason: `a second column for «${column}»` });
    } else {
      index.set(column, i);
      headerName.set(column, name);
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (column === 'source_id' && context.uploadSource) continue; // an upload is its own source
    if (!index.has(column))
      problems.push({ file, line: 1, column, value: '', reason: `required column «${column}» is missing` });
  }
  if (!index.has('period_label') && !(index.has('period_start') && index.has('period_end'))) {
    problems.push({
      file,
      line: 1,
      column: 'period_label',
      value: '',
      reason: 'give a period column, or period_start and period_end',
    });
  }
  if (problems.length > 0) return { header: null, problems };
  return {
    header: {
      file,
      locale: table.locale,
      delimiter: table.delimiter,
      width: table.header.length,
      index,
      names: headerName,
    },
    problems,
  };
}

/**
 * Normalizes rows under a header read by readObservationHeader: all of a file's rows at once
 * (the build), or a file's rows piece by piece (a large upload, read as a stream).
 */
export function normalizeRows(
  rows: readonly CsvRow[],
  header: ObservationHeader,
  context: NormalizeContext,
): NormalizeResult {
  const problems: Problem[] = [];
  const notes: QualityNote[] = [];
  const observations: Observation[] = [];
  const { file, locale, index, names: headerName } = header;
  // Where each known column is in the row (-1: not in this file), and the row's texts by column.
  const positions = OBSERVATION_COLUMNS.map((column) => index.get(column) ?? -1);
  const keyed = OBSERVATION_COLUMNS.map((column) => KEY_COLUMNS.has(column));
  const texts: string[] = new Array<string>(OBSERVATION_COLUMNS.length).fill('');
  const keyReasons: Array<string | null> = new Array<string | null>(OBSERVATION_COLUMNS.length).fill(null);
  // The row being read, and its problems: one set of helpers for every row, not three new closures a row.
  let line = 0;
  const rowProblems: Problem[] = [];
  const uploadNotes: string[] = [];
  const cell = (column: ObservationColumn): string => texts[ordinal.get(column)!]!;
  const fail = (column: ObservationColumn, reason: string): void => {
    rowProblems.push({ file, line, column: headerName.get(column) ?? column, value: cell(column), reason });
  };
  // A cell the normalizer refuses is a problem of its column; anything else is the build's own fault.
  const refused = (column: ObservationColumn, error: unknown): undefined => {
    if (!(error instanceof NormalizeError)) throw error;
    fail(column, error.message);
  };
  const attempt = <T>(column: ObservationColumn, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      return refused(column, error);
    }
  };
  // attempt(column, () => parseNumber(…)), without a new closure for each of a row's three numbers.
  const readNumber = (column: ObservationColumn): ParsedNumber | null | undefined => {
    try {
      return parseNumber(cell(column), locale);
    } catch (error) {
      return refused(column, error);
    }
  };

  for (const row of rows) {
    line = row.line;
    const { cells } = row;
    if (cells.length !== header.width) {
      problems.push({
        file,
        line,
        column: '*',
        value: cells.join(header.delimiter),
        reason:
          `${cells.length} cells where the header has ${header.width} ` +
          `(wrong delimiter or unquoted «${header.delimiter}»?)`,
      });
      continue;
    }
    rowProblems.length = 0;
    uploadNotes.length = 0;
    const long = longCell(cells);
    if (long >= 0) {
      const column = [...index].find(([, i]) => i === long)?.[0];
      problems.push({
        file,
        line,
        column: (column && headerName.get(column)) ?? String(long + 1),
        value: cells[long]!,
        reason: `a cell of ${cells[long]!.length} characters; the limit is ${MAX_CELL_LENGTH}`,
      });
      continue;
    }
    // Each cell's text is worked out once per row, not once per look at it; a key's, once per distinct cell.
    for (let i = 0; i < texts.length; i++) {
      const at = positions[i]!;
      keyReasons[i] = null;
      if (at < 0) texts[i] = '';
      else if (!keyed[i]) texts[i] = (cells[at] ?? '').trim();
      else {
        const key = readKey(cells[at] ?? '');
        texts[i] = key.text;
        keyReasons[i] = key.problem;
      }
    }
    // In the columns' order, before any other problem of the row.
    for (let i = 0; i < texts.length; i++) if (keyReasons[i]) fail(OBSERVATION_COLUMNS[i]!, keyReasons[i]!);
    const indicator = context.indicators.get(cell('indicator'));
    if (!indicator) fail('indicator', cell('indicator') ? 'unknown indicator (not in indicators.csv)' : 'no indicator');

    const period = indicator ? readPeriod(cell, fail, attempt, indicator, notes, file, line) : undefined;
    const geo = attempt('geo', () =>
      context.resolveGeo(cell('geo'), period?.start ?? '1900-01-01', period?.end ?? '2100-12-31'),
    );

    let sourceId = cell('source_id');
    if (context.uploadSource && !context.sources.has(sourceId)) {
      if (sourceId) uploadNotes.push(sourceId);
      sourceId = context.uploadSource;
    } else if (!sourceId) fail('source_id', 'no source: every figure needs one');
    else if (!context.sources.has(sourceId)) fail('source_id', 'unknown source (not in sources.csv)');

    const numerator = readNumber('numerator');
    const denominator = readNumber('denominator');
    const reported = readNumber('value_reported');

    const datesBasis = cell('dates_assumed');
    if (datesBasis && !isDateBasis(datesBasis))
      fail('dates_assumed', `one of ${DATE_BASES.join(', ')} (how the dates were set), or empty`);
    const scope = cell('denominator_scope');
    if (scope && !(DENOMINATOR_SCOPES as readonly string[]).includes(scope))
      fail('denominator_scope', `one of ${DENOMINATOR_SCOPES.join(', ')}, or empty`);
    const issue = cell('issue');
    if (issue && !(ISSUE_CODES as readonly string[]).includes(issue))
      fail('issue', `one of ${ISSUE_CODES.join(', ')}, or empty`);
    if (issue && !(cell('issue_vi') && cell('issue_en')))
      fail('issue', 'an issue needs its reason in issue_vi and issue_en');

    let values: ReturnType<typeof readValues> | undefined;
    if (indicator && numerator !== undefined && denominator !== undefined && reported !== undefined) {
      values = readValues(indicator, context.indicators, numerator, denominator, reported, cell, fail, scope);
    }

    if (rowProblems.length > 0 || !indicator || !period || !geo || !values) {
      problems.push(...rowProblems);
      continue;
    }
    const { partialCounts } = values;
    const place = cell('geo');
    const observation: Observation = {
      indicator: indicator.id,
      geo_code: geo.code,
      geo_level: geo.level,
      geo_map: geo.map,
      organisation: cell('organisation') || null,
      subdivision: cell('subdivision') || null,
      period_label: cell('period_label') || null,
      period_start: period.start,
      period_end: period.end,
      period_type: period.type,
      // values' figures written out, not spread: a spread copies through a new object on every row.
      numerator: values.numerator,
      denominator: values.denominator,
      value: values.value,
      value_reported: values.value_reported,
      bound: values.bound,
      unit: values.unit,
      counts_approximate: values.counts_approximate,
      source_id: sourceId,
      notes: cell('notes') || null,
      dates_assumed: datesBasis !== '',
      dates_basis: (datesBasis || null) as DateBasis | null,
      denominator_scope: (scope || null) as DenominatorScope | null,
      issue: (issue || null) as IssueCode | null,
      file,
      line,
    };
    const difference =
      indicator.kind === 'rate'
        ? rateDiscrepancy(
            ratePercent(observation.numerator, observation.denominator),
            observation.value_reported,
            // Approximate counts promise no more than an approximate rate.
            observation.counts_approximate ? 'approx' : observation.bound,
          )
        : null;
    if (difference !== null) {
      notes.push({
        kind: 'rate_discrepancy',
        file,
        line,
        indicator: indicator.id,
        geo_code: geo.code,
        period_start: period.start,
        period_end: period.end,
        value: observation.value,
        value_reported: observation.value_reported,
        difference_pp: difference,
        message:
          `printed ${observation.value_reported}% but ` +
          `${observation.numerator}/${observation.denominator} = ${observation.value?.toFixed(2)}%`,
      });
    }
    if (observation.counts_approximate) {
      notes.push({
        kind: 'approximate_counts',
        file,
        line,
        indicator: indicator.id,
        geo_code: geo.code,
        period_start: period.start,
        period_end: period.end,
        value: observation.value,
        value_reported: observation.value_reported,
        message:
          `a count is printed as approximate (${[cell('numerator'), cell('denominator')].filter(Boolean).join(' / ')}` +
          `): the printed rate ${observation.value_reported}% is the figure, never a rate recomputed from that count`,
      });
    }
    if (observation.issue) {
      notes.push({
        kind: 'source_issue',
        file,
        line,
        indicator: indicator.id,
        geo_code: geo.code,
        place,
        period_start: period.start,
        period_end: period.end,
        value: observation.value,
        value_reported: observation.value_reported,
        code: observation.issue,
        reason_vi: cell('issue_vi'),
        reason_en: cell('issue_en'),
        message: cell('issue_en'),
      });
    }
    for (const named of uploadNotes) {
      notes.push({
        kind: 'upload_source',
        file,
        line,
        indicator: indicator.id,
        geo_code: geo.code,
        period_start: period.start,
        period_end: period.end,
        message: `source «${named}» is not a published source: the figure is attributed to ${context.uploadSource}`,
      });
    }
    if (partialCounts) {
      notes.push({
        kind: 'partial_counts',
        file,
        line,
        indicator: indicator.id,
        geo_code: geo.code,
        period_start: period.start,
        period_end: period.end,
        value: observation.value,
        value_reported: observation.value_reported,
        message:
          `the rate is printed with its ${observation.numerator === null ? 'denominator' : 'numerator'} only: ` +
          'the printed rate is shown, and the row cannot join an aggregate',
      });
    }
    observations.push(observation);
  }
  return { observations, problems, notes };
}

/**
 * The longest cell read. Far above any real note, and low enough that a row of such cells stays
 * under the staging file's line limit (DuckDB reads lines up to 2 MB; 13 columns × 32 768 × 3 bytes
 * of UTF-8, quotes doubled, is under it).
 */
export const MAX_CELL_LENGTH = 32_768;

/** The position of the first cell longer than MAX_CELL_LENGTH, or -1. */
function longCell(cells: readonly string[]): number {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.length > MAX_CELL_LENGTH) return i;
  return -1;
}

/**
 * A key cell's text: trimmed, and in one form, NFC («Hoà» typed two ways is one name), since keys are
 * compared. Keys repeat on every row (an indicator, a province), so each distinct cell is read once.
 */
export const keyText: (cell: string) => string = memoize((cell) => cell.trim().normalize('NFC'));
/** A key cell's text (keyText) and why it cannot be compared safely (keyProblem), in one look-up. */
const readKey: (cell: string) => { text: string; problem: string | null } = memoize((cell) => {
  const text = keyText(cell); // memoized: a copy, not a slice of the file
  return { text, problem: keyProblem(text) };
});
const ordinal: ReadonlyMap<ObservationColumn, number> = new Map(OBSERVATION_COLUMNS.map((column, i) => [column, i]));

/** Columns whose text is a key: compared for lookups and for the duplicate rule. */
const KEY_COLUMNS: ReadonlySet<ObservationColumn> = new Set([
  'indicator',
  'geo',
  'organisation',
  'subdivision',
  'source_id',
] as const);

type Cell = (column: ObservationColumn) => string;
type Fail = (column: ObservationColumn, reason: string) => void;
type Attempt = <T>(column: ObservationColumn, read: () => T) => T | undefined;

/** Explicit dates are authoritative; a label alone is read on the indicator's basis. */
function readPeriod(
  cell: Cell,
  fail: Fail,
  attempt: Attempt,
  indicator: Indicator,
  notes: QualityNote[],
  file: string,
  line: number,
): Period | undefined {
  const label = cell('period_label');
  const startText = cell('period_start');
  const endText = cell('period_end');
  if (startText || endText) {
    if (!startText) return void fail('period_start', 'period_end is given but period_start is not');
    if (!endText) return void fail('period_end', 'period_start is given but period_end is not');
    const start = attempt('period_start', () => parseDate(startText));
    const end = attempt('period_end', () => parseDate(endText));
    if (!start || !end) return undefined;
    if (start > end) return void fail('period_end', `ends before it starts (${start})`);
    const period: Period = { start, end, type: classifyPeriod(start, end) };
    if (label) {
      try {
        const fromLabel = parsePeriodLabel(label, indicator.period_basis);
        if (fromLabel.start !== start || fromLabel.end !== end) {
          notes.push({
            kind: 'period_label_mismatch',
            file,
            line,
            indicator: indicator.id,
            geo_code: cell('geo'),
            period_start: start,
            period_end: end,
            message:
              `label «${label}» reads as ${fromLabel.start}..${fromLabel.end} on the ${indicator.period_basis} ` +
              `basis; the explicit dates ${start}..${end} are used`,
          });
        }
      } catch (error) {
        if (!(error instanceof NormalizeError)) throw error; // a free-text label beside explicit dates is fine
      }
    }
    return period;
  }
  if (!label) return void fail('period_label', 'no period: give a label or period_start and period_end');
  return attempt('period_label', () => parsePeriodLabel(label, indicator.period_basis));
}

/**
 * A rate row whose unit column names money or a count ("tỷ đồng", "việc") while its value is a
 * percent ("24,69%", or no suffix): the unit is that of the numerator and denominator, which are
 * converted with it (to VND), and the row stays a rate in percent. Null for any other row.
 */
function countUnitOfRate(indicator: Indicator, unitCell: string, reported: ParsedNumber | null): UnitConversion | null {
  if (indicator.kind !== 'rate' || !unitCell) return null;
  const conversion = normalizeUnit(unitCell);
  if (conversion.unit === 'percent') return null;
  if (reported?.suffix && normalizeUnit(reported.suffix).unit !== 'percent') return null;
  return conversion;
}

/** The unit of a rate's counts: that of its numerator indicator (thads_money_rate: VND). */
function countsUnit(indicator: Indicator, indicators: ReadonlyMap<string, Indicator>): string | undefined {
  return indicators.get(indicator.numerator ?? '')?.unit;
}

function readValues(
  indicator: Indicator,
  indicators: ReadonlyMap<string, Indicator>,
  numerator: ParsedNumber | null,
  denominator: ParsedNumber | null,
  reported: ParsedNumber | null,
  cell: Cell,
  fail: Fail,
  /** The denominator_scope cell: over every task assigned, the counts make no completion rate. */
  scope: string,
) {
  const countUnit = countUnitOfRate(indicator, cell('unit'), reported);
  const unitText = countUnit ? reported?.suffix || indicator.unit : cell('unit') || reported?.suffix || indicator.unit;
  if (countUnit && countUnit.unit !== countsUnit(indicator, indicators)) {
    fail('unit', `the counts of ${indicator.id} are in ${countsUnit(indicator, indicators)}, not «${cell('unit')}»`);
  }
  if (
    !countUnit &&
    cell('unit') &&
    reported?.suffix &&
    normalizeUnit(reported.suffix).unit !== normalizeUnit(cell('unit')).unit
  ) {
    fail('value_reported', `the value says «${reported.suffix}» but the unit column says «${cell('unit')}»`);
  }
  const conversion = normalizeUnit(unitText);
  if (indicator.kind !== 'fact' && conversion.unit !== indicator.unit) {
    fail('unit', `indicator ${indicator.id} is measured in ${indicator.unit}, not «${unitText}»`);
  }
  const hasCounts = indicator.kind === 'rate' || indicator.kind === 'fact'; // facts may be printed as "831/833"
  const checkCount = (column: 'numerator' | 'denominator', parsed: ParsedNumber | null) => {
    if (!parsed) return;
    if (!hasCounts) fail(column, `only rate indicators have a ${column}; ${indicator.id} is a ${indicator.kind}`);
    if (parsed.suffix !== '') fail(column, `a count is a number alone, not followed by «${parsed.suffix}»`);
    if (parsed.value < 0) fail(column, 'a count cannot be negative');
  };
  checkCount('numerator', numerator);
  checkCount('denominator', denominator);
  const value_reported = reported ? convertValue(reported.value, conversion) : null;
  const bound = reported?.bound ?? 'exact';
  if (value_reported !== null) checkRange(indicator, conversion.unit, value_reported, bound, fail);
  if (denominator && denominator.value === 0) fail('denominator', 'the denominator is zero: no rate can be computed');
  if (numerator && denominator && numerator.value > denominator.value)
    fail('numerator', `numerator ${numerator.value} exceeds denominator ${denominator.value}: a rate cannot pass 100%`);
  const counts = {
    numerator: hasCounts ? inCanonical(numerator, countUnit) : null,
    denominator: hasCounts ? inCanonical(denominator, countUnit) : null,
  };
  // A rate printed with one count only keeps its printed value; it cannot join an aggregate.
  const partialCounts = indicator.kind === 'rate' && (counts.numerator === null) !== (counts.denominator === null);
  // A count printed as "hơn 46.500" cannot make a rate: the printed rate stays the figure, the counts a check.
  const counts_approximate =
    hasCounts && ((numerator !== null && numerator.bound !== 'exact') || (denominator?.bound ?? 'exact') !== 'exact');
  if (counts_approximate && value_reported === null)
    fail('value_reported', 'a rate over an approximate count needs its printed value');
  if (partialCounts && value_reported === null)
    fail(counts.numerator === null ? 'numerator' : 'denominator', 'a rate with one count only needs its printed value');
  // Counts over every task assigned make no rate (countsMakeNoRate): only a rate the source printed is the
  // figure; the counts stay, as counts.
  const value =
    (indicator.kind === 'rate' && !counts_approximate && !countsMakeNoRate(scope)
      ? ratePercent(counts.numerator, counts.denominator)
      : null) ?? value_reported;
  if (value === null && counts.numerator === null)
    fail('value_reported', 'no figure: give value_reported, or numerator and denominator');
  return { ...counts, value, value_reported, bound, unit: conversion.unit, counts_approximate, partialCounts };
}

/** A count in the unit of the rate's counts (countUnitOfRate), or as printed. */
function inCanonical(parsed: ParsedNumber | null, countUnit: UnitConversion | null): number | null {
  return parsed ? (countUnit ? convertValue(parsed.value, countUnit) : parsed.value) : null;
}

/** Every figure within its indicator's declared range; "trên 100%" for a rate is out of it too. */
function checkRange(indicator: Indicator, unit: string, value: number, bound: Bound, fail: Fail): void {
  if (!Number.isFinite(value)) {
    fail('value_reported', 'out of range once converted to the stored unit');
    return;
  }
  // A fact's range follows the unit it is printed in: "97%" for a fact is a percent.
  const { min, max } = valueRange(indicator.kind === 'fact' ? { kind: 'fact', unit } : indicator);
  const what = max === 100 ? 'a rate must lie between 0 and 100%' : 'a count or amount cannot be negative';
  if (value < min || value > max) fail('value_reported', what);
  else if ((bound === 'above' && value >= max) || (bound === 'below' && value <= min))
    fail('value_reported', `${what}: «${bound === 'above' ? 'above' : 'below'} ${value}» cannot be`);
}

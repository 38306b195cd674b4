import { OBSERVATION_COLUMNS } from '../columns.ts';
import type { Candidate } from './candidates.ts';

/** Provenance columns beside the contract's: the build reads past `x_` columns (columns.ts). */
export const PROVENANCE_COLUMNS = ['x_confidence', 'x_reason', 'x_sentence', 'x_offsets'] as const;

function quote(cell: string): string {
  return /[",\n\r;]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** A number as a Vietnamese-locale cell: no grouping, a decimal comma. */
function viNumber(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** The contract's own columns, indicator … notes (the optional curation columns after them stay empty). */
const CORE_COLUMNS = OBSERVATION_COLUMNS.slice(0, OBSERVATION_COLUMNS.indexOf('notes') + 1) as ReadonlyArray<
  (typeof OBSERVATION_COLUMNS)[number]
>;

/** One row of the data contract as cells, with its provenance cells (`x_…`). */
export type ContractRow = Record<string, string>;

/** The contract's cells of a candidate, in the Vietnamese locale, the value as printed. */
export function candidateRow(c: Candidate, sourceId: string): ContractRow {
  return {
    indicator: c.indicator,
    geo: c.geo,
    organisation: '',
    subdivision: '',
    period_label: c.period_label ?? '',
    period_start: c.period_start ?? '',
    period_end: c.period_end ?? '',
    numerator: viNumber(c.numerator),
    denominator: viNumber(c.denominator),
    value_reported: c.value_reported ?? '',
    unit: c.unit,
    source_id: sourceId,
    notes: c.period_inferred ? 'period inferred (not printed beside the figure)' : '',
    x_confidence: String(c.confidence),
    x_reason: c.reason,
    x_sentence: c.sentence.text,
    x_offsets: c.parts.map((p) => `${p.role}:${p.start}-${p.end}`).join(' '),
  };
}

/** Rows as a CSV in the data/published format (`# locale: vi`), provenance in `x_` columns the build reads past. */
export function rowsToCsv(rows: readonly ContractRow[]): string {
  const columns = [...CORE_COLUMNS, ...PROVENANCE_COLUMNS];
  const lines = ['# locale: vi', columns.join(',')];
  for (const row of rows) lines.push(columns.map((k) => quote(row[k] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}

/** Candidates as a CSV in the data/published format, each with its provenance. */
export function candidatesToCsv(candidates: readonly Candidate[], sourceId: string): string {
  return rowsToCsv(candidates.map((c) => candidateRow(c, sourceId)));
}

/** A source as a row of data/sources.csv (with its header), for the reviewer to add. */
export function sourceToCsv(source: {
  id: string;
  title: string;
  publisher: string;
  url: string;
  date: string;
}): string {
  // note and kind (official_report, press, …) are the curator's to fill.
  const cells = [source.id, source.title, source.publisher, source.url, source.date, '', ''];
  return `id,title,publisher,url,date,note,kind\n${cells.map(quote).join(',')}\n`;
}

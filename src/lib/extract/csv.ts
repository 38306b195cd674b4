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

/**
 * Candidates as a CSV in the data/published format (locale vi, the value as printed), with each
 * row's provenance in `x_` columns: confidence, reason, sentence, and the offsets of every part used.
 */
export function candidatesToCsv(candidates: readonly Candidate[], sourceId: string): string {
  const lines = ['# locale: vi', [...OBSERVATION_COLUMNS, ...PROVENANCE_COLUMNS].join(',')];
  for (const c of candidates) {
    const row: Record<(typeof OBSERVATION_COLUMNS)[number], string> = {
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
    };
    const offsets = c.parts.map((p) => `${p.role}:${p.start}-${p.end}`).join(' ');
    const cells = [...OBSERVATION_COLUMNS.map((k) => row[k]), String(c.confidence), c.reason, c.sentence.text, offsets];
    lines.push(cells.map(quote).join(','));
  }
  return `${lines.join('\n')}\n`;
}

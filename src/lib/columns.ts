import { foldText } from './text.ts';

/** The columns of an observation file, by their English name. */
export const OBSERVATION_COLUMNS = [
  'indicator',
  'geo',
  'organisation',
  'subdivision',
  'period_label',
  'period_start',
  'period_end',
  'numerator',
  'denominator',
  'value_reported',
  'unit',
  'source_id',
  'notes',
  // Optional curation columns (absent from uploads): see data/README.md.
  'dates_assumed',
  'denominator_scope',
  'issue',
  'issue_vi',
  'issue_en',
] as const;
export type ObservationColumn = (typeof OBSERVATION_COLUMNS)[number];

// Every header a file may use, folded (no diacritics, lower case) → the English column.
const ALIASES: Record<string, ObservationColumn> = {
  indicator: 'indicator',
  'chi tieu': 'indicator',
  'ma chi tieu': 'indicator',
  geo: 'geo',
  'dia ban': 'geo',
  tinh: 'geo',
  'tinh thanh pho': 'geo',
  province: 'geo',
  organisation: 'organisation',
  organization: 'organisation',
  'co quan': 'organisation',
  'don vi': 'organisation',
  subdivision: 'subdivision',
  'cap huyen': 'subdivision',
  'quan huyen': 'subdivision',
  period: 'period_label',
  period_label: 'period_label',
  ky: 'period_label',
  'ky bao cao': 'period_label',
  period_start: 'period_start',
  'tu ngay': 'period_start',
  'ngay bat dau': 'period_start',
  period_end: 'period_end',
  'den ngay': 'period_end',
  'ngay ket thuc': 'period_end',
  numerator: 'numerator',
  'tu so': 'numerator',
  denominator: 'denominator',
  'mau so': 'denominator',
  value: 'value_reported',
  value_reported: 'value_reported',
  'gia tri': 'value_reported',
  'gia tri cong bo': 'value_reported',
  unit: 'unit',
  'don vi tinh': 'unit',
  dvt: 'unit',
  source_id: 'source_id',
  source: 'source_id',
  nguon: 'source_id',
  'ma nguon': 'source_id',
  note: 'notes',
  notes: 'notes',
  'ghi chu': 'notes',
  dates_assumed: 'dates_assumed',
  'ngay gia dinh': 'dates_assumed',
  denominator_scope: 'denominator_scope',
  issue: 'issue',
  issue_vi: 'issue_vi',
  issue_en: 'issue_en',
};

/** Maps a header cell (English or Vietnamese, any case or accents) to its column, or null. */
export function resolveColumn(header: string): ObservationColumn | null {
  const key = foldText(header);
  return ALIASES[key] ?? ALIASES[key.replace(/ /g, '_')] ?? null;
}

export const REQUIRED_COLUMNS: readonly ObservationColumn[] = ['indicator', 'geo', 'source_id'];

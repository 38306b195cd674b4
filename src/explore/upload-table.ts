import { DateDay, Float64, Int32, Table, tableToIPC, Utf8, type DataType, type Vector } from 'apache-arrow';
import type { Observation } from '../lib/observations.ts';
import { toVector } from '../live/parquet-arrow.ts';

/** The columns of an uploaded table: the observation columns of the data contract, so joins read alike. */
export const UPLOAD_COLUMNS: ReadonlyArray<[keyof Observation, () => DataType]> = [
  ['indicator', () => new Utf8()],
  ['geo_code', () => new Utf8()],
  ['geo_level', () => new Utf8()],
  ['geo_map', () => new Utf8()],
  ['organisation', () => new Utf8()],
  ['subdivision', () => new Utf8()],
  ['period_label', () => new Utf8()],
  ['period_start', () => new DateDay()],
  ['period_end', () => new DateDay()],
  ['period_type', () => new Utf8()],
  ['numerator', () => new Float64()],
  ['denominator', () => new Float64()],
  ['value', () => new Float64()],
  ['value_reported', () => new Float64()],
  ['bound', () => new Utf8()],
  ['unit', () => new Utf8()],
  ['source_id', () => new Utf8()],
  ['notes', () => new Utf8()],
  ['file', () => new Utf8()],
  ['line', () => new Int32()],
];

const DAY_MS = 86_400_000;

/** Observations as an Arrow IPC stream, built without apache-arrow's code-generating builders. */
export function observationsToIpc(rows: readonly Observation[]): Uint8Array {
  const vectors: Record<string, Vector> = {};
  for (const [name, type] of UPLOAD_COLUMNS) {
    const t = type();
    const values =
      t instanceof DateDay ? rows.map((r) => Date.parse(`${r[name]}T00:00:00Z`) / DAY_MS) : rows.map((r) => r[name]);
    vectors[name] = toVector(t, values);
  }
  return tableToIPC(new Table(vectors), 'stream');
}

import { memoize } from './memo.ts';
import { foldText } from './text.ts';

export interface UnitConversion {
  /** Canonical unit stored in the Parquet: `percent`, `VND`, or a count unit such as `cases`. */
  unit: string;
  /** Multiply the printed value by this to get the canonical unit. */
  factor: number;
}

// Money always lands in VND; counts keep their unit name in English.
const UNIT_TABLE: Record<string, UnitConversion> = {
  '%': { unit: 'percent', factor: 1 },
  percent: { unit: 'percent', factor: 1 },
  'phan tram': { unit: 'percent', factor: 1 },
  vnd: { unit: 'VND', factor: 1 },
  dong: { unit: 'VND', factor: 1 },
  'nghin dong': { unit: 'VND', factor: 1e3 },
  'trieu dong': { unit: 'VND', factor: 1e6 },
  trieu: { unit: 'VND', factor: 1e6 },
  'ty dong': { unit: 'VND', factor: 1e9 },
  ty: { unit: 'VND', factor: 1e9 },
  'ti dong': { unit: 'VND', factor: 1e9 },
  ti: { unit: 'VND', factor: 1e9 }, // "tỉ" is a common spelling of "tỷ"
  'nghin ty dong': { unit: 'VND', factor: 1e12 },
  'nghin ti dong': { unit: 'VND', factor: 1e12 },
  'nghin ti': { unit: 'VND', factor: 1e12 },
  'ngan ty': { unit: 'VND', factor: 1e12 },
  'nghin ty': { unit: 'VND', factor: 1e12 },
  'ngan ty dong': { unit: 'VND', factor: 1e12 },
  viec: { unit: 'cases', factor: 1 },
  vu: { unit: 'cases', factor: 1 },
  'vu viec': { unit: 'cases', factor: 1 },
  cases: { unit: 'cases', factor: 1 },
  'nhiem vu': { unit: 'tasks', factor: 1 },
  tasks: { unit: 'tasks', factor: 1 },
  nguoi: { unit: 'persons', factor: 1 },
  persons: { unit: 'persons', factor: 1 },
  to: { unit: 'teams', factor: 1 },
  'to hoa giai': { unit: 'teams', factor: 1 },
  teams: { unit: 'teams', factor: 1 },
};

/**
 * Maps a printed unit to its canonical unit and factor. Unknown units pass through unchanged
 * (factor 1): the indicator table decides whether they are acceptable.
 */
export const normalizeUnit: (text: string) => UnitConversion = memoize(normalizeUnitOnce);

function normalizeUnitOnce(text: string): UnitConversion {
  const key = foldText(text).replace(/^\s*|\s*$/g, '');
  return UNIT_TABLE[key] ?? UNIT_TABLE[text.trim()] ?? { unit: text.trim(), factor: 1 };
}

/** Money in VND is whole đồng; the rounding hides binary noise from 1,5 × 10⁹. */
export function convertValue(value: number, conversion: UnitConversion): number {
  const converted = value * conversion.factor;
  return conversion.unit === 'VND' ? Math.round(converted) : converted;
}

import type { ReasonPart } from './confidence.ts';
import type { Bound } from '../numbers.ts';

/** One part of the text a candidate used, by its offsets in the prepared text. */
export interface Part {
  role: 'value' | 'numerator' | 'denominator' | 'place' | 'period' | 'keyword';
  start: number;
  end: number;
  text: string;
}

/** A candidate observation in the data contract, with its provenance and confidence. */
export interface Candidate {
  id: string;
  indicator: string;
  /** The place as the contract reads it: a printed name ("Bến Tre") or "VN". */
  geo: string;
  /** Its code by the shared resolver, or null if the resolver refused it (the reason says why). */
  geo_code: string | null;
  period_label: string | null;
  period_start: string | null;
  period_end: string | null;
  /** The period (or its year) was not printed beside the figure. */
  period_inferred: boolean;
  numerator: number | null;
  denominator: number | null;
  /** As printed, bound included: "trên 88%", "gần 53.350", "97,92%". */
  value_reported: string | null;
  /** The printed figure in canonical units: percent, VND or a count; null when only counts were printed. */
  value: number | null;
  bound: Bound;
  /** The unit column: "%" for a rate (or "đồng" when its counts are money, in VND), else the unit printed. */
  unit: string;
  sentence: { start: number; end: number; text: string };
  parts: Part[];
  confidence: number;
  /** Why this confidence, as data the catalogue words in the reader's language. */
  reasons: ReasonPart[];
  /** The same in English, for the CSV's provenance column and the command line. */
  reason: string;
}

/** The result of reading one text: the prepared text the offsets point into, and the candidates. */
export interface Extraction {
  text: string;
  candidates: Candidate[];
}

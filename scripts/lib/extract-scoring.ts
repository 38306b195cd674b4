import type { Candidate } from '../../src/lib/extract/index.ts';

/** One labelled text of tests/fixtures/extract/corpus. */
export interface CorpusDoc {
  id: string;
  url: string;
  title: string;
  publisher: string;
  date: string | null;
  place?: string;
  held_out: boolean;
  text: string;
  expected: ExpectedRow[];
}

/** A figure a careful reader extracts: indicator, place code, period, figure in canonical units, bound, counts. */
export interface ExpectedRow {
  indicator: string;
  geo: string;
  period_start: string;
  period_end: string;
  value: number | null;
  bound: string;
  numerator: number | null;
  denominator: number | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Tally {
  overall: Counts;
  byIndicator: Map<string, Counts>;
  errors: Array<{ kind: 'missed' | 'wrong'; doc: string; key: string }>;
}

const num = (x: number | null) => (x === null ? '' : String(Number(x.toPrecision(10))));

/** A row matches only when every field agrees: indicator, place, both dates, figure, bound and counts. */
export function rowKey(r: ExpectedRow): string {
  return [
    r.indicator,
    r.geo,
    r.period_start,
    r.period_end,
    num(r.value),
    r.bound,
    num(r.numerator),
    num(r.denominator),
  ].join('|');
}

export function candidateKey(c: Candidate): string {
  return rowKey({
    indicator: c.indicator,
    geo: c.geo_code ?? `?${c.geo}`,
    period_start: c.period_start ?? '',
    period_end: c.period_end ?? '',
    value: c.value,
    bound: c.bound,
    numerator: c.numerator,
    denominator: c.denominator,
  });
}

/** Counts true positives, false positives and misses per indicator over a set of labelled texts. */
export function scoreDocs(docs: readonly CorpusDoc[], run: (doc: CorpusDoc) => Candidate[]): Tally {
  const tally: Tally = { overall: { tp: 0, fp: 0, fn: 0 }, byIndicator: new Map(), errors: [] };
  const add = (indicator: string, field: keyof Counts) => {
    const t = tally.byIndicator.get(indicator) ?? { tp: 0, fp: 0, fn: 0 };
    t[field]++;
    tally.overall[field]++;
    tally.byIndicator.set(indicator, t);
  };
  for (const doc of docs) {
    const expected = new Map<string, number>();
    for (const r of doc.expected) expected.set(rowKey(r), (expected.get(rowKey(r)) ?? 0) + 1);
    for (const c of run(doc)) {
      const key = candidateKey(c);
      const left = expected.get(key) ?? 0;
      if (left > 0) {
        expected.set(key, left - 1);
        add(c.indicator, 'tp');
      } else {
        add(c.indicator, 'fp');
        tally.errors.push({ kind: 'wrong', doc: doc.id, key });
      }
    }
    for (const [key, left] of expected) {
      for (let i = 0; i < left; i++) {
        add(key.split('|')[0]!, 'fn');
        tally.errors.push({ kind: 'missed', doc: doc.id, key });
      }
    }
  }
  return tally;
}

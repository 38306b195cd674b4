import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractContext } from '../../scripts/lib/extract-context.ts';
import { type CorpusDoc, scoreDocs } from '../../scripts/lib/extract-scoring.ts';
import { extractCandidates } from '../../src/lib/extract/index.ts';

const DIR = 'tests/fixtures/extract/corpus';
const docs = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as CorpusDoc);
const base = extractContext();
const run = (doc: CorpusDoc) =>
  extractCandidates(doc.text, { ...base, reportDate: doc.date, reportPlace: doc.place ?? null }).candidates;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('the labelled corpus', () => {
  it('has at least 20 real texts, each with its source address and a held-out part', () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
    for (const doc of docs) expect(doc.url, doc.id).toMatch(/^https?:\/\//);
    expect(docs.filter((d) => d.held_out).length).toBeGreaterThanOrEqual(5);
  });

  it('scores precision and recall of at least 90% overall and 85% on the held-out part', () => {
    const all = scoreDocs(docs, run).overall;
    const held = scoreDocs(
      docs.filter((d) => d.held_out),
      run,
    ).overall;
    expect(ratio(all.tp, all.tp + all.fp)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(all.tp, all.tp + all.fn)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(held.tp, held.tp + held.fp)).toBeGreaterThanOrEqual(0.85);
    expect(ratio(held.tp, held.tp + held.fn)).toBeGreaterThanOrEqual(0.85);
  });

  it('never takes a date, a document number, a phone number or a counter for a figure', () => {
    // Every number-shaped token of the corpus that is one of these, by its own look.
    const NOT_FIGURES =
      /\d+(?:\/\d+)*\/[A-ZĐ][\w-]*|\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{1,2}\/\d{4}|\d{3,4}(?:\.\d{2,3}){3}/gu;
    for (const doc of docs) {
      const { text, candidates } = extractCandidates(doc.text, { ...base, reportDate: doc.date });
      const spans = [...text.matchAll(NOT_FIGURES)].map((m) => [m.index, m.index + m[0].length] as const);
      const counter = /\n(\d{1,3}[.,]\d{3})\n/.exec(text); // a page's view counter on a line of its own
      if (counter) spans.push([counter.index + 1, counter.index + 1 + counter[1]!.length]);
      for (const c of candidates) {
        for (const part of c.parts.filter((p) => ['value', 'numerator', 'denominator'].includes(p.role))) {
          const inside = spans.find(([s, e]) => part.start < e && part.end > s);
          expect(
            inside,
            `${doc.id}: ${c.indicator} «${part.text}» is inside «${inside && text.slice(...inside)}»`,
          ).toBe(undefined);
        }
      }
    }
    expect(docs.some((d) => d.text.includes('1860/QĐ') || d.text.includes('/QĐ-'))).toBe(true);
  });
});

// npm run extract:score — precision and recall of the extractor on the labelled corpus
// (tests/fixtures/extract/corpus/*.json), per indicator and overall, for the tuning and the held-out parts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractCandidates } from '../src/lib/extract/index.ts';
import { extractContext } from './lib/extract-context.ts';
import { type CorpusDoc, scoreDocs, type Tally } from './lib/extract-scoring.ts';

const DIR = 'tests/fixtures/extract/corpus';
const docs: CorpusDoc[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as CorpusDoc);
const base = extractContext();
const run = (doc: CorpusDoc) =>
  extractCandidates(doc.text, { ...base, reportDate: doc.date, reportPlace: doc.place ?? null }).candidates;

const pct = (x: number) => (Number.isNaN(x) ? '   –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const line = (name: string, t: { tp: number; fp: number; fn: number }) =>
  `  ${name.padEnd(40)} ${String(t.tp + t.fp).padStart(5)} ${String(t.tp + t.fn).padStart(5)}  ` +
  `${pct(t.tp / (t.tp + t.fp))}    ${pct(t.tp / (t.tp + t.fn))}`;
function print(title: string, tally: Tally): void {
  console.log(`\n${title}`);
  console.log(`  ${'indicator'.padEnd(40)} ${'found'.padStart(5)} ${'true'.padStart(5)}  precision  recall`);
  for (const [id, t] of [...tally.byIndicator].sort()) console.log(line(id, t));
  console.log(line('overall', tally.overall));
}

const verbose = process.argv.includes('--verbose');
for (const [title, part] of [
  ['tuning part', docs.filter((d) => !d.held_out)],
  ['held-out part (not used for tuning)', docs.filter((d) => d.held_out)],
  ['whole corpus', docs],
] as const) {
  const tally = scoreDocs(part, run);
  print(`${title}: ${part.length} texts`, tally);
  if (verbose) for (const miss of tally.errors) console.log(`    ${miss.kind} ${miss.doc}: ${miss.key}`);
}

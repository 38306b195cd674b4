// npm run extract -- --in FILE --source ID [--out FILE.csv] [--date YYYY-MM-DD] [--data DIR]
// Reads a report (.txt, .html, .docx, .pdf with a text layer) into candidate observations for review.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseCsv } from '../src/lib/csv.ts';
import { candidatesToCsv } from '../src/lib/extract/csv.ts';
import { readReportText, UnreadableFileError } from '../src/lib/extract/formats.ts';
import { extractCandidates, LOW_CONFIDENCE } from '../src/lib/extract/index.ts';
import { readSources } from '../src/lib/reference.ts';
import { extractContext } from './lib/extract-context.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    source: { type: 'string' },
    out: { type: 'string' },
    date: { type: 'string' },
    data: { type: 'string', default: 'data' },
  },
});
if (!values.in || !values.source) {
  console.error('usage: npm run extract -- --in FILE --source ID [--out FILE.csv] [--date YYYY-MM-DD]');
  process.exit(2);
}
// The report's date fills periods the text leaves implicit: --date, else the source's date in sources.csv.
const sources = readSources(parseCsv(readFileSync(path.join(values.data!, 'sources.csv'), 'utf8'), 'sources.csv'));
const source = sources.sources.find((s) => s.id === values.source);
if (!source)
  console.error(`extract: note: source «${values.source}» is not in sources.csv yet; add it before npm run data`);
const reportDate = values.date ?? source?.date ?? null;

let text: string;
try {
  text = await readReportText(path.basename(values.in), new Uint8Array(readFileSync(values.in)));
} catch (error) {
  if (!(error instanceof UnreadableFileError) && !(error instanceof Error && /ENOENT/.test(error.message))) throw error;
  console.error(`extract: ${error.message}`);
  process.exit(1);
}
const { candidates } = extractCandidates(text, extractContext(values.data, reportDate));
const csv = candidatesToCsv(candidates, values.source);
if (values.out) writeFileSync(values.out, `\ufeff${csv}`);
else process.stdout.write(csv);

const log = values.out ? console.log : console.error;
const byIndicator = new Map<string, number>();
for (const c of candidates) byIndicator.set(c.indicator, (byIndicator.get(c.indicator) ?? 0) + 1);
log(`extract: ${candidates.length} candidate(s) from ${values.in}${values.out ? ` → ${values.out}` : ''}`);
for (const [id, n] of [...byIndicator].sort()) log(`  ${String(n).padStart(4)}  ${id}`);
const low = candidates.filter((c) => c.confidence < LOW_CONFIDENCE);
log(`  low confidence (< ${LOW_CONFIDENCE}): ${low.length}`);
for (const c of low)
  log(`    ${c.id} ${c.indicator} ${c.geo} ${c.value_reported ?? ''} (${c.confidence}): ${c.reason}`);

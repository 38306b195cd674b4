// npm run synthetic -- --rows N --out DIR [--seed S]
// Writes a folder in the published-data contract (published/*.csv + reference tables) with N synthetic
// rows, every one from the source `synthetic`. Refuses to write into data/: synthetic figures never mix
// with published ones.
import { createWriteStream } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { readCsvFile } from './lib/files.ts';
import { readAliases } from '../src/lib/reference.ts';
import {
  createGenerator,
  csvLine,
  header,
  makeDistricts,
  provinceSpellings,
  random,
  SYNTHETIC_SOURCE_ID,
  SYNTHETIC_SOURCE_TITLE,
} from './lib/synthetic.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'rows-per-file': { type: 'string', default: '100000' },
  },
});
const rows = Number(values.rows);
const seed = Number(values.seed);
const perFile = Number(values['rows-per-file']);
if (!values.out || !Number.isInteger(rows) || rows < 1 || !Number.isInteger(seed) || !(perFile > 0)) {
  console.error('usage: npm run synthetic -- --rows N --out DIR [--seed S] [--rows-per-file K]');
  process.exit(2);
}
const out = path.resolve(values.out);
const dataDir = path.resolve('data');
if (out === dataDir || out.startsWith(dataDir + path.sep)) {
  console.error('generate-synthetic: refusing to write into data/ (synthetic figures never mix with published ones)');
  process.exit(2);
}

const started = performance.now();
await rm(out, { recursive: true, force: true });
await mkdir(path.join(out, 'published'), { recursive: true });
for (const item of ['indicators.csv', 'movements.csv', 'geo'])
  await cp(path.join(dataDir, item), path.join(out, item), { recursive: true });
const sources = (await readFile(path.join(dataDir, 'sources.csv'), 'utf8')).replace(/\n*$/, '\n');
// One cell per column of sources.csv, whatever columns it has beyond these (a synthetic source has no kind).
const sourceCells: Record<string, string> = {
  id: SYNTHETIC_SOURCE_ID,
  title: `"${SYNTHETIC_SOURCE_TITLE}"`,
  publisher: 'generate-synthetic.ts',
  note: `seed ${seed}; ${rows} rows`,
};
const sourceRow = sources
  .slice(0, sources.indexOf('\n'))
  .split(',')
  .map((column) => sourceCells[column.trim()] ?? '');
await writeFile(path.join(out, 'sources.csv'), `${sources}${sourceRow.join(',')}\n`);

const { aliases } = readAliases(await readCsvFile(path.join(dataDir, 'geo/aliases.csv'), 'geo/aliases.csv'));
const spellings = provinceSpellings(aliases);
const generator = createGenerator(seed, makeDistricts([...spellings.keys()].sort(), seed), spellings);

// Each file picks its delimiter and header language, as files from different offices would.
const pick = random(seed ^ 0x5eed);
for (let first = 0, file = 1; first < rows; first += perFile, file++) {
  const semicolon = pick() < 0.5;
  const delimiter = semicolon ? ';' : ',';
  const stream = createWriteStream(path.join(out, 'published', `synthetic-${String(file).padStart(3, '0')}.csv`));
  let chunk =
    `# locale: vi\n# Dữ liệu tổng hợp (synthetic), seed ${seed}: không phải số liệu công bố\n` +
    `${header(pick() < 0.5).join(delimiter)}\n`;
  for (let i = first; i < Math.min(rows, first + perFile); i++) {
    chunk += `${csvLine(generator.row(i), delimiter)}\n`;
    if (chunk.length > 1 << 20) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await once(stream, 'finish');
}
console.log(
  `generate-synthetic: ${rows} rows (seed ${seed}) → ${path.relative(process.cwd(), out) || '.'} ` +
    `in ${Math.round(performance.now() - started)} ms`,
);

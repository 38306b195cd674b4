// npm run bench [-- --sizes 10000,1000000,10000000 --runs 10 --build-runs 5 --parts reader,analyst,build]
// Measures the reader's page, the analyst's queries and the build, each beside its baseline in the
// same run; prints a table and writes bench-results/latest.{json,md} (not committed). Generates its
// own synthetic data under bench-data/ (not committed); never touches data/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser.ts';
import { openDuckDB } from './lib/parquet.ts';
import { partitionsCurrent, writePartitions } from './lib/partition.ts';
import { benchAnalyst, benchRemote, CONTEXTS, type RemoteBench } from './bench/analyst.ts';
import { type BuildBench, benchBuild } from './bench/build-bench.ts';
import { expandYears } from './bench/expand.ts';
import { QUERIES, type ResultRow } from './bench/queries.ts';
import * as remoteExplore from './bench/remote-explore.ts';
import { benchReader, type ReaderBench } from './bench/reader.ts';
import { toMarkdown, type BenchReport } from './bench/report.ts';
import { benchCrossFilter, type CrossFilterBench } from './bench/crossfilter.ts';
import { ENGINE_WASM } from '../src/live/engine-files.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    sizes: { type: 'string', default: '10000,1000000,10000000' },
    runs: { type: 'string', default: '10' },
    'build-rows': { type: 'string', default: '1000000' },
    'build-runs': { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    /** Which parts to measure (the others are left out of the report); `remote`: the largest set in Explore. */
    parts: { type: 'string', default: 'reader,analyst,build,crossfilter,remote' },
    /** Also decode and insert 1M rows with the loader as it was (about 15 s a size on a quiet machine). */
    'before-after': { type: 'boolean', default: true },
  },
});
const sizes = values
  .sizes!.split(',')
  .map(Number)
  .sort((a, b) => a - b);
const runs = Number(values.runs);
const buildRows = Number(values['build-rows']);
const seed = Number(values.seed);
const parts = new Set(values.parts!.split(','));
const WORK = path.resolve('bench-data');
const started = performance.now();
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const loadAverage = os.loadavg();
mkdirSync(WORK, { recursive: true });

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
}

/** Synthetic input in the published-data contract, and its build with the real pipeline. */
function synthetic(rows: number): { input: string; built: string } {
  const input = path.join(WORK, `synthetic-${rows}-seed${seed}`);
  const built = path.join(WORK, `built-${rows}-seed${seed}`);
  if (!existsSync(path.join(input, 'sources.csv'))) {
    log(`generating ${rows} synthetic rows`);
    run(process.execPath, [
      'scripts/generate-synthetic.ts',
      '--rows',
      String(rows),
      '--out',
      input,
      '--seed',
      String(seed),
    ]);
  }
  return { input, built };
}

if (!existsSync('dist/index.html') || !existsSync(path.join('dist', ENGINE_WASM))) {
  log('building the site (npm run build)');
  run('npm', ['run', '--silent', 'build']);
}

// Build: npm run data on the messy rows against DuckDB's read_csv of the same files.
const buildSet = synthetic(buildRows);
let build: BuildBench | null = null;
if (parts.has('build')) {
  log(`build: npm run data on ${buildRows} rows against read_csv, ${values['build-runs']} runs each`);
  build = await benchBuild(buildSet.input, buildSet.built, buildRows, Number(values['build-runs']));
  const peak = Math.round(build.buildMaxRssBytes / 1e6);
  log(`build: ${Math.round(build.buildMs)} ms, peak ${peak} MB; read_csv ${Math.round(build.readCsvMs)} ms`);
}

// The analyst's sizes up to the build size are folders built by the pipeline (manifest and every table),
// loaded whole by the page's loader. Larger ones are never loaded whole: copies of the largest built set
// moved to earlier years, partitioned, and read by range; DuckDB for Node answers the same SQL on the
// same file, for comparison.
const analystSets: Array<{ rows: number; dir: string; bytes: number }> = [];
const connection = await openDuckDB();
for (const rows of sizes.filter((n) => n <= buildRows)) {
  const set = rows === buildRows ? buildSet : synthetic(rows);
  if (!existsSync(path.join(set.built, 'observations.parquet')))
    run(process.execPath, ['scripts/build-data.ts', '--in', set.input, '--out', set.built, '--quiet']);
  analystSets.push({ rows, dir: set.built, bytes: statSync(path.join(set.built, 'observations.parquet')).size });
}
const largestRows = Math.max(...sizes);
let largestFile = path.join(analystSets.at(-1)?.dir ?? buildSet.built, 'observations.parquet');
if (largestRows > buildRows) {
  largestFile = path.join(WORK, `expanded-${largestRows}-seed${seed}.parquet`);
  if (!existsSync(largestFile)) {
    const times = Math.round(largestRows / buildRows);
    log(`${largestRows} rows: ${times} copies of the ${buildRows} built rows, moved to earlier years`);
    await expandYears(connection, path.join(buildSet.built, 'observations.parquet'), largestFile, times);
  }
}
const partitionsDir = path.join(WORK, `partitions-${largestRows}-seed${seed}`);
if (!partitionsCurrent(path.join(partitionsDir, 'partitions.json'))) {
  log(`partitioning ${largestRows} rows by indicator and year`);
  await writePartitions(connection, largestFile, partitionsDir);
}
const expected: Record<string, ResultRow[]> = {};
await connection.run(`CREATE VIEW observations AS SELECT * FROM read_parquet('${largestFile.replace(/'/g, "''")}')`);
for (const query of QUERIES)
  expected[query.id] = (await connection.runAndReadAll(query.sql)).getRowsJS().map((row) => row.map(plainValue));
// --parts remote: the largest set opened in Explore itself, read by range (scripts/bench/remote-explore.ts).
const exploreSet = parts.has('remote')
  ? {
      data: await remoteExplore.remoteExploreData(
        connection,
        buildSet.built,
        largestFile,
        path.join(WORK, `explore-data-${largestRows}-seed${seed}`),
      ),
      excluded: await remoteExplore.expectedExcluded(connection, buildSet.built, largestFile),
    }
  : null;
connection.closeSync();

/** DuckDB for Node's values as the page's rows hold them (numbers, text). */
function plainValue(value: unknown): string | number {
  return typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : String(value);
}

const browser = await launchChromium();
let report: BenchReport & { remoteExplore?: remoteExplore.RemoteExploreBench | null };
try {
  let reader: ReaderBench | null = null;
  if (parts.has('reader')) {
    log('reader: overview, lazy against eager DuckDB-wasm');
    reader = await benchReader(browser, 'dist', WORK);
    log(`reader: ${reader.lazy.bytes} bytes against ${reader.eager.bytes}`);
  }
  let analyst: Awaited<ReturnType<typeof benchAnalyst>> = [];
  let remote: RemoteBench | null = null;
  // --parts names what is measured: the analyst's loads and the range reads only when asked for.
  if (parts.has('analyst')) {
    log(`analyst: ${sizes.join(', ')} rows, ${runs} runs per query and engine`);
    analyst = await benchAnalyst(browser, WORK, 'dist/duckdb', analystSets, runs, log, values['before-after']);
    log(`remote: partitioned ${largestRows} rows by range requests`);
    remote = await benchRemote(browser, WORK, 'dist/duckdb', partitionsDir, largestRows, expected, runs);
  }
  // Explore's year span at the build size (1M rows by default): the page's redraw beside typed arrays and Arquero.
  let crossFilter: CrossFilterBench | null = null;
  if (parts.has('crossfilter')) {
    log(`cross-filter: Explore's year span at ${buildRows} rows, 5 fresh contexts`);
    if (!existsSync(path.join(buildSet.built, 'observations.parquet')))
      run(process.execPath, ['scripts/build-data.ts', '--in', buildSet.input, '--out', buildSet.built, '--quiet']);
    crossFilter = await benchCrossFilter(browser, WORK, 'dist', buildSet.built, { runs: 3, log });
  }
  let remoteExploreBench: remoteExplore.RemoteExploreBench | null = null;
  if (exploreSet) {
    log(`remote: ${largestRows} rows opened in Explore, read by range, ${CONTEXTS} fresh contexts`);
    remoteExploreBench = await remoteExplore.benchRemoteExplore(
      browser,
      WORK,
      exploreSet.data,
      largestRows,
      exploreSet.excluded,
      log,
    );
  }
  report = {
    date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    machine: {
      cpus: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      loadAverage,
      node: process.version,
      chromium: `Chromium ${browser.version()}`,
    },
    runs,
    reader,
    analyst,
    remote,
    build,
    crossFilter,
    remoteExplore: remoteExploreBench,
  };
} finally {
  await browser.close();
}
report.seconds = Math.round((performance.now() - started) / 1000);
const markdown = [toMarkdown(report), report.remoteExplore && remoteExplore.remoteExploreMarkdown(report.remoteExplore)]
  .filter(Boolean)
  .join('\n');
mkdirSync('bench-results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(path.join('bench-results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join('bench-results', 'latest.md'), markdown);
writeFileSync(path.join('bench-results', `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${markdown}\nbench: ${report.seconds} s; wrote bench-results/latest.md and latest.json`);

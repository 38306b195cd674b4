// npm run bench [-- --sizes 10000,1000000,10000000 --runs 20 --build-runs 3]
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
import { writePartitions } from './lib/partition.ts';
import { benchAnalyst, benchRemote, type RemoteBench } from './bench/analyst.ts';
import { benchBuild } from './bench/build-bench.ts';
import { expandYears } from './bench/expand.ts';
import type { ResultRow } from './bench/queries.ts';
import { benchReader } from './bench/reader.ts';
import { toMarkdown, type BenchReport } from './bench/report.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,1000000,10000000' },
    runs: { type: 'string', default: '20' },
    'build-rows': { type: 'string', default: '1000000' },
    'build-runs': { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
  },
});
const sizes = values
  .sizes!.split(',')
  .map(Number)
  .sort((a, b) => a - b);
const runs = Number(values.runs);
const buildRows = Number(values['build-rows']);
const seed = Number(values.seed);
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

if (!existsSync('dist/index.html') || !existsSync('dist/duckdb/duckdb-eh.wasm')) {
  log('building the site (npm run build)');
  run('npm', ['run', '--silent', 'build']);
}

// Build: npm run data on the messy rows against DuckDB's read_csv of the same files.
const buildSet = synthetic(buildRows);
log(`build: npm run data on ${buildRows} rows against read_csv, ${values['build-runs']} runs each`);
const build = benchBuild(buildSet.input, buildSet.built, buildRows, Number(values['build-runs']));
log(
  `build: ${Math.round(build.buildMs)} ms, peak ${Math.round(build.buildMaxRssBytes / 1e6)} MB; read_csv ${Math.round(build.readCsvMs)} ms`,
);

// The analyst's sizes: built by the pipeline where it is practical (≤ the build size), larger ones
// by moving copies of the largest built set to earlier years.
const datasets: Array<{ rows: number; file: string; bytes: number }> = [];
const connection = await openDuckDB();
for (const rows of sizes) {
  let file: string;
  if (rows <= buildRows) {
    const set = rows === buildRows ? buildSet : synthetic(rows);
    if (!existsSync(path.join(set.built, 'observations.parquet')))
      run(process.execPath, ['scripts/build-data.ts', '--in', set.input, '--out', set.built, '--quiet']);
    file = path.join(set.built, 'observations.parquet');
  } else {
    file = path.join(WORK, `expanded-${rows}-seed${seed}.parquet`);
    if (!existsSync(file)) {
      const times = Math.round(rows / buildRows);
      log(`${rows} rows: ${times} copies of the ${buildRows} built rows, moved to earlier years`);
      await expandYears(connection, path.join(buildSet.built, 'observations.parquet'), file, times);
    }
  }
  datasets.push({ rows, file, bytes: statSync(file).size });
}
const largest = datasets.at(-1)!;
const partitionsDir = path.join(WORK, `partitions-${largest.rows}-seed${seed}`);
if (!existsSync(path.join(partitionsDir, 'partitions.json'))) {
  log(`partitioning ${largest.rows} rows by indicator and year`);
  await writePartitions(connection, largest.file, partitionsDir);
}
connection.closeSync();

const browser = await launchChromium();
let report: BenchReport;
try {
  log('reader: overview, lazy against eager DuckDB-wasm');
  const reader = await benchReader(browser, 'dist', WORK);
  log(`reader: ${reader.lazy.bytes} bytes against ${reader.eager.bytes}`);
  log(`analyst: ${sizes.join(', ')} rows, ${runs} runs per query and engine`);
  const expected: Record<string, ResultRow[]> = {};
  const analyst = await benchAnalyst(browser, WORK, 'dist/duckdb', datasets, runs, log, (rows, id, result) => {
    if (rows === largest.rows) expected[id] = result;
  });
  log(`remote: partitioned ${largest.rows} rows by range requests`);
  const remote: RemoteBench = await benchRemote(
    browser,
    WORK,
    'dist/duckdb',
    partitionsDir,
    largest.rows,
    expected,
    runs,
  );
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
  };
} finally {
  await browser.close();
}
report.seconds = Math.round((performance.now() - started) / 1000);
const markdown = toMarkdown(report);
mkdirSync('bench-results', { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(path.join('bench-results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(path.join('bench-results', 'latest.md'), markdown);
writeFileSync(path.join('bench-results', `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\n${markdown}\nbench: ${report.seconds} s; wrote bench-results/latest.md and latest.json`);

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Measured {
  ms: number;
  maxRssBytes: number;
}

const TIME = '/usr/bin/time';

/**
 * Runs a Node script as a child and measures its wall time and peak resident memory: with GNU time
 * when installed (`apt-get install -y time`), else from the child's own process.resourceUsage().
 */
export function measureNode(args: readonly string[]): Measured & { stdout: string } {
  const started = performance.now();
  if (existsSync(TIME)) {
    const result = spawnSync(TIME, ['-f', 'MAXRSS_KB=%M', process.execPath, ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
    const kb = Number(/MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0);
    return { ms, maxRssBytes: kb * 1024, stdout: result.stdout };
  }
  // Without GNU time: a preloaded module prints the child's own peak at exit.
  const preload =
    'data:text/javascript,' +
    `process.on('exit',()=>process.stderr.write('MAXRSS_KB='+process.resourceUsage().maxRSS+'\\n'))`;
  const result = spawnSync(process.execPath, ['--import', preload, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return { ms, maxRssBytes: Number(/MAXRSS_KB=(\d+)/.exec(result.stderr)?.[1] ?? 0) * 1024, stdout: result.stdout };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function csvBytes(dir: string): number {
  return readdirSync(path.join(dir, 'published')).reduce(
    (n, f) => n + statSync(path.join(dir, 'published', f)).size,
    0,
  );
}

export interface BuildBench {
  rows: number;
  runs: number;
  csvBytes: number;
  parquetBytes: number;
  buildMs: number;
  buildMaxRssBytes: number;
  readCsvMs: number;
  readCsvToParquetMs: number;
  readCsvProcessMs: number;
  readCsvMaxRssBytes: number;
}

/** `npm run data` on the synthetic input against DuckDB's read_csv of the same files, medians of `runs`. */
export function benchBuild(input: string, output: string, rows: number, runs: number): BuildBench {
  const builds: Measured[] = [];
  const reads: Array<Measured & { readMs: number; totalMs: number }> = [];
  for (let i = 0; i < runs; i++) {
    builds.push(measureNode(['scripts/build-data.ts', '--in', input, '--out', output, '--quiet']));
    const read = measureNode(['scripts/bench/read-csv.ts', `${input}/published/*.csv`, `${output}.read-csv.parquet`]);
    reads.push({
      ...read,
      ...(JSON.parse(read.stdout.trim().split('\n').at(-1)!) as { readMs: number; totalMs: number }),
    });
  }
  return {
    rows,
    runs,
    csvBytes: csvBytes(input),
    parquetBytes: statSync(path.join(output, 'observations.parquet')).size,
    buildMs: median(builds.map((b) => b.ms)),
    buildMaxRssBytes: Math.max(...builds.map((b) => b.maxRssBytes)),
    readCsvMs: median(reads.map((r) => r.readMs)),
    readCsvToParquetMs: median(reads.map((r) => r.totalMs)),
    readCsvProcessMs: median(reads.map((r) => r.ms)),
    readCsvMaxRssBytes: Math.max(...reads.map((r) => r.maxRssBytes)),
  };
}

import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface Measured {
  ms: number;
  maxRssBytes: number;
}

/**
 * Runs a Node script as a child and measures its wall time and the peak resident memory of its whole
 * process tree: the build stages its files in child processes of its own, and their memory counts while
 * they run beside it. The tree is read from /proc every 20 ms (the sum of every process's resident set);
 * where /proc is missing, the child's own peak (process.resourceUsage().maxRSS) is all that is known.
 */
export async function measureNode(args: readonly string[]): Promise<Measured & { stdout: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peak = 0;
  const sample = () => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
  };
  const timer = setInterval(sample, 20);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearInterval(timer);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${args.join(' ')} failed:\n${stderr}`);
  return { ms, maxRssBytes: peak, stdout };
}

/** The resident memory of a process and all its descendants, from /proc (0 where it cannot be read). */
export function treeRssBytes(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid … rss: fields after the command name, which may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * PAGE_BYTES);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

const PAGE_BYTES = 4096;

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
  /** The fastest and slowest build. */
  buildMsRange: [number, number];
  buildMaxRssBytes: number;
  readCsvMs: number;
  readCsvToParquetMs: number;
  readCsvProcessMs: number;
  readCsvMaxRssBytes: number;
}

/** `npm run data` on the synthetic input against DuckDB's read_csv of the same files, medians of `runs`. */
export async function benchBuild(input: string, output: string, rows: number, runs: number): Promise<BuildBench> {
  const builds: Measured[] = [];
  const reads: Array<Measured & { readMs: number; totalMs: number }> = [];
  for (let i = 0; i < runs; i++) {
    // As `npm run data` runs it: with Node's compile cache (scripts/lib/compile-cache.mjs).
    builds.push(
      await measureNode([
        '--import',
        './scripts/lib/compile-cache.mjs',
        'scripts/build-data.ts',
        '--in',
        input,
        '--out',
        output,
        '--quiet',
      ]),
    );
    const read = await measureNode([
      'scripts/bench/read-csv.ts',
      `${input}/published/*.csv`,
      `${output}.read-csv.parquet`,
    ]);
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
    buildMsRange: [Math.min(...builds.map((b) => b.ms)), Math.max(...builds.map((b) => b.ms))],
    buildMaxRssBytes: Math.max(...builds.map((b) => b.maxRssBytes)),
    readCsvMs: median(reads.map((r) => r.readMs)),
    readCsvToParquetMs: median(reads.map((r) => r.totalMs)),
    readCsvProcessMs: median(reads.map((r) => r.ms)),
    readCsvMaxRssBytes: Math.max(...reads.map((r) => r.maxRssBytes)),
  };
}

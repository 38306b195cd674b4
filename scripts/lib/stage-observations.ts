import { isUtf8 } from 'node:buffer';
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createCsvStream, csvPieces, PIECE_LENGTH } from '../../src/lib/csv.ts';
import { decoderFor, notUtf8, textPieces } from '../../src/lib/encoding.ts';
import { createGeoResolver, type AliasRow, type ClusterAliasRow } from '../../src/lib/geography.ts';
import type { Indicator } from '../../src/lib/indicators.ts';
import {
  normalizeRows,
  readObservationHeader,
  type NormalizeContext,
  type ObservationHeader,
  type QualityNote,
} from '../../src/lib/observations.ts';
import { NormalizeError, type Problem } from '../../src/lib/problems.ts';
import { figureKeyHashOf } from '../../src/lib/versions.ts';
import { readError } from './files.ts';
import type { ColumnSpec, Row } from './parquet.ts';
import { createCsvStagingWriter, type StagedFile } from './staging-file.ts';

/** Everything the observation files are read with: plain data, so that it can be sent to a worker. */
export interface StageInput {
  inDir: string;
  /** Names in published/, read in this order. */
  files: readonly string[];
  stagingFile: string;
  columns: readonly ColumnSpec[];
  /** Columns staged as codes (see createCsvStagingWriter). */
  coded: readonly string[];
  indicators: readonly Indicator[];
  sources: readonly string[];
  aliases: readonly AliasRow[];
  clusterAliases: readonly ClusterAliasRow[];
}

export interface StageOutput {
  problems: Problem[];
  notes: QualityNote[];
  staged: StagedFile;
  /** figureKeyHashOf each staged row, in row order: which rows may be versions of one figure. */
  keyHashes: Float64Array;
  /**
   * The SHA-256 of each file read, by its label (published/<name>): of the very bytes normalized, hashed
   * here while they are in memory, on the staging processes' cores, not read and hashed again at the end.
   */
  inputs: Array<[string, string]>;
}

/**
 * Normalizes every observation file into the staging CSV, a piece of each file at a time: its rows
 * are normalized, written and let go while they are young, instead of a whole file's rows staying in
 * memory. Rows are independent, so the results are the same as in one go.
 */
export async function stageObservations(input: StageInput): Promise<StageOutput> {
  const problems: Problem[] = [];
  const notes: QualityNote[] = [];
  const writer = createCsvStagingWriter(input.columns, input.stagingFile, input.coded);
  const keyHashes: number[] = [];
  const inputs: Array<[string, string]> = [];
  const context: NormalizeContext = {
    indicators: new Map(input.indicators.map((i) => [i.id, i])),
    sources: new Set(input.sources),
    resolveGeo: createGeoResolver(input.aliases, input.clusterAliases),
  };
  for (const name of input.files) {
    const file = path.join(input.inDir, 'published', name);
    const label = `published/${name}`;
    const firstProblem = problems.length;
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
      inputs.push([label, createHash('sha256').update(bytes).digest('hex')]);
      // Refused whole, before any of its rows is read, as decodeText would: then decoded a piece at a time.
      if (decoderFor(bytes).decoder.encoding === 'utf-8' && !isUtf8(bytes)) throw notUtf8(label);
    } catch (error) {
      // Whatever the file system or the decoder throws (a folder named x.csv: EISDIR; a file too large
      // for a string) is a problem of this file, reported with its name like any other.
      problems.push({ file: label, line: 0, column: '*', value: '', reason: readError(error) });
      continue;
    }
    const stream = createCsvStream(label);
    let header: ObservationHeader | null = null;
    let refused = false;
    let rowCount = 0;
    try {
      for (const rows of csvPieces(stream, textPieces(bytes, label, PIECE_LENGTH))) {
        rowCount += rows.length;
        if (!header && !refused && stream.header) {
          const { locale, delimiter } = stream;
          const read = readObservationHeader({ file: label, locale, delimiter, header: stream.header });
          // Header problems (line 1) belong to the file; without a header no row is read, so one report.
          for (const problem of read.problems) problems.push(problem);
          header = read.header;
          refused = !header;
        }
        if (!header) continue;
        const result = normalizeRows(rows, header, context);
        // Loops, not push(...list): a spread of 250 000 rows overflows the call stack.
        for (const problem of result.problems) problems.push(problem);
        writer.append(result.observations as unknown as Row[]);
        for (const o of result.observations) keyHashes.push(figureKeyHashOf(o));
        for (const note of result.notes) notes.push(note);
      }
    } catch (error) {
      // The reader's refusals (a locale declared twice, no header line) are problems of the file.
      if (!(error instanceof NormalizeError)) throw error;
      problems.push({ file: label, line: 0, column: '*', value: '', reason: readError(error) });
      continue;
    }
    if (rowCount === 0)
      problems.splice(firstProblem, 0, {
        file: label,
        line: 1,
        column: '*',
        value: '',
        reason: 'header only: the file has no rows',
      });
  }
  return { problems, notes, staged: writer.close(), keyHashes: Float64Array.from(keyHashes), inputs };
}

/**
 * stageObservations in child processes, one per core up to `processes`, each given a run of files in
 * order (about the same bytes each) and its own staging file; the results are put together in file
 * order, so they are those of one process reading every file. Rows are independent, so the split
 * changes nothing but the time. A child's memory goes back to the system at once when it ends, so
 * DuckDB's sort that follows has it; a worker thread's heap would stay with this process. With no
 * file to read (the reference data in doubt), the empty staging file is written here, with no child.
 */
export async function stageObservationsInChildren(
  input: StageInput,
  processes: number = defaultProcesses(),
  /** Called once the staging processes are started, for work that can run beside them. */
  started: () => void = () => {},
): Promise<StagedOutput> {
  if (input.files.length === 0) {
    started();
    const output = await stageObservations(input);
    return { ...output, staged: [output.staged] };
  }
  const sizes = await Promise.all(
    input.files.map((name) =>
      stat(path.join(input.inDir, 'published', name)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  const groups = splitByBytes(input.files, sizes, processes);
  // One child failing stops the others: the build then fails at once, and no child writes on after it.
  const stop = new AbortController();
  const running = groups.map((files, i) =>
    stageObservationsInChild({ ...input, files, stagingFile: `${input.stagingFile}.${i}` }, stop.signal).catch(
      (error: unknown) => {
        stop.abort();
        throw error;
      },
    ),
  );
  started();
  const outputs = await Promise.all(running);
  return {
    problems: outputs.flatMap((o) => o.problems),
    notes: outputs.flatMap((o) => o.notes),
    staged: outputs.map((o) => o.staged),
    keyHashes: joinHashes(outputs.map((o) => o.keyHashes)),
    inputs: outputs.flatMap((o) => o.inputs),
  };
}

function joinHashes(parts: readonly Float64Array[]): Float64Array {
  const joined = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

export interface StagedOutput extends Omit<StageOutput, 'staged'> {
  /** One staging file per process, in file order. */
  staged: StagedFile[];
}

/** Two processes on two or more cores: the build's other work (DuckDB) waits for staging to end. */
function defaultProcesses(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/** Runs of consecutive files, as many as `parts` (fewer for fewer files), of about equal bytes. */
export function splitByBytes(files: readonly string[], sizes: readonly number[], parts: number): string[][] {
  const total = sizes.reduce((a, b) => a + b, 0);
  const groups: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  files.forEach((file, i) => {
    current.push(file);
    bytes += sizes[i]!;
    const left = files.length - i - 1;
    const runsToCome = parts - groups.length - 1;
    // Close this run once it holds its share, or when each run still to come needs one of the files left.
    if (runsToCome > 0 && left > 0 && (bytes >= (total * (groups.length + 1)) / parts || left === runsToCome)) {
      groups.push(current);
      current = [];
    }
  });
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups;
}

/** stageObservations in one child process (stage-child.ts). */
function stageObservationsInChild(input: StageInput, signal?: AbortSignal): Promise<StageOutput> {
  return new Promise((resolve, reject) => {
    // `advanced`: the messages are cloned as a worker's are, not through JSON.
    const child = fork(new URL('./stage-child.ts', import.meta.url), {
      serialization: 'advanced',
      // A young generation of 8 MB: rows die young here, and V8 then grows its heap far less (a child
      // stays near 210 MB instead of 350 MB, so two fit beside DuckDB), at no cost in time.
      execArgv: [...process.execArgv, '--max-semi-space-size=8'],
      signal,
    });
    let output: StageOutput | undefined;
    let failure: string | undefined;
    child.on('message', (message: { output?: StageOutput; failure?: string }) => {
      output = message.output;
      failure = message.failure;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (output) resolve(output);
      else reject(new Error(failure ?? `staging the observations stopped (exit code ${code})`));
    });
    child.send(input);
  });
}

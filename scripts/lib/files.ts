import { createHash } from 'node:crypto';
import { readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseCsv, type CsvTable } from '../../src/lib/csv.ts';
import { decodeText } from '../../src/lib/encoding.ts';
import { NormalizeError } from '../../src/lib/problems.ts';

/** Reads and parses one CSV file; `label` is the name used in every message about it. */
export async function readCsvFile(file: string, label: string): Promise<CsvTable> {
  return parseCsv(decodeText(await readFile(file), label), label);
}

export async function listCsv(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.csv')).sort();
  } catch {
    return [];
  }
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

export async function sha256File(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

/**
 * Puts a finished folder in place of the old one. Until the first rename the old output is
 * untouched; if the second fails, the old folder is put back.
 */
export async function replaceDirectory(finished: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  const hadOld = await exists(target);
  if (hadOld) await rename(target, old);
  try {
    await rename(finished, target);
  } catch (error) {
    if (hadOld) await rename(old, target);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/**
 * The name of a file in messages and outputs: relative to the input folder (`published/x.csv`), so
 * that no path of the builder's machine reaches the `file` column, quality.json or the pages.
 */
export function relativeLabel(file: string, inDir: string): string {
  return path.relative(inDir, file).split(path.sep).join('/') || '.';
}

/** The reason a file could not be read, without the builder's paths: «EISDIR: a folder, not a file». */
export function readError(error: unknown): string {
  if (error instanceof NormalizeError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EISDIR') return 'EISDIR: a folder, not a file';
  if (code) return `cannot be read (${code})`;
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

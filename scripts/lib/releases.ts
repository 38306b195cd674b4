import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentHash, releaseId, type ManifestFiles } from '../../src/service/release-id.ts';
import {
  CHANGES_SQL,
  RELEASE_DATA_FILES,
  type Change,
  type ReleaseEntry,
  type ReleaseList,
} from '../../src/service/releases.ts';
import { exists } from './files.ts';
import { openDuckDB } from './parquet.ts';

/** The published files a release is made of; their hashes make its id. */
export const RELEASE_FILES = RELEASE_DATA_FILES;
/** Recorded releases, one folder each (`data/releases/<id>/`), and the reasons for their changes. */
export const HISTORY_DIR = 'releases';
export const REASONS_FILE = 'reasons.csv';
const REASON_COLUMNS = ['indicator', 'geo_code', 'period_start', 'period_end', 'date', 'reason_vi', 'reason_en'];

export interface ReleaseInfo {
  id: string;
  date: string;
  hash: string;
  /**
   * The release recorded just before this one: releases of one day cannot be told apart by their date, and
   * their ids end in a hash, not a time. Absent from releases recorded before it was kept.
   */
  previous?: string;
}

/** Today in UTC as YYYY-MM-DD: the date a build that is not yet recorded is released on. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The release a finished build in `outDir` is: its date and the hash of its published files. */
export async function buildRelease(outDir: string, date: string): Promise<ReleaseInfo> {
  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as ManifestFiles;
  const files = Object.fromEntries(RELEASE_FILES.map((f) => [f, manifest.files[f]!]));
  const hash = contentHash({ files });
  return { id: releaseId(date, hash), date, hash };
}

/** The releases recorded in `<inDir>/releases/`, oldest first. */
export async function readHistory(inDir: string): Promise<ReleaseInfo[]> {
  const dir = path.join(inDir, HISTORY_DIR);
  const names = (await exists(dir)) ? await readdir(dir, { withFileTypes: true }) : [];
  const releases: ReleaseInfo[] = [];
  for (const entry of names.filter((e) => e.isDirectory())) {
    const info = JSON.parse(await readFile(path.join(dir, entry.name, 'release.json'), 'utf8')) as ReleaseInfo;
    if (info.id !== entry.name) throw new Error(`${dir}/${entry.name}/release.json names release ${info.id}`);
    releases.push(info);
  }
  return recordingOrder(releases);
}

/**
 * Releases in the order they were recorded: by date, and a release after the one it names as `previous`
 * (three releases of 3 December were listed by their hashes, the newest among them in the middle).
 */
export function recordingOrder(releases: readonly ReleaseInfo[]): ReleaseInfo[] {
  const pending = [...releases].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const known = new Set(pending.map((r) => r.id));
  const ordered: ReleaseInfo[] = [];
  const placed = new Set<string>();
  while (pending.length > 0) {
    // The first whose previous is placed (or unknown): its chain and the dates decide, the id only breaks ties.
    const next = pending.findIndex((r) => !r.previous || !known.has(r.previous) || placed.has(r.previous));
    const [release] = pending.splice(next === -1 ? 0 : next, 1);
    ordered.push(release!);
    placed.add(release!.id);
  }
  return ordered;
}

/**
 * After a data build: this build is a release (a recorded one if its files hash the same, else a new one
 * dated `date`). Every release's files are copied to `<outDir>/releases/<id>/`, and DuckDB compares each
 * release with the one before: `releases.json` lists the changes, each with the reason the curation log gives.
 */
export async function writeReleases(inDir: string, outDir: string, date: string): Promise<ReleaseInfo> {
  const history = await readHistory(inDir);
  const built = await buildRelease(outDir, date);
  const current = history.find((r) => r.hash === built.hash) ?? built;
  const all = history.includes(current) ? history : [...history, current];
  const folder = (r: ReleaseInfo) => (history.includes(r) ? path.join(inDir, HISTORY_DIR, r.id) : outDir);
  for (const release of all) {
    const target = path.join(outDir, HISTORY_DIR, release.id);
    await mkdir(target, { recursive: true });
    for (const file of RELEASE_FILES) await copyFile(path.join(folder(release), file), path.join(target, file));
  }
  const reasons = path.join(inDir, HISTORY_DIR, REASONS_FILE);
  const entries = await compareReleases(all, (r) => path.join(outDir, HISTORY_DIR, r.id), reasons);
  const list: ReleaseList = { current: current.id, releases: entries.reverse() };
  await writeFile(path.join(outDir, 'releases.json'), `${JSON.stringify(list, null, 2)}\n`);
  await writeFile(path.join(outDir, 'release.json'), `${JSON.stringify(current, null, 2)}\n`);
  return current;
}

async function compareReleases(
  releases: readonly ReleaseInfo[],
  folder: (r: ReleaseInfo) => string,
  reasonsFile: string,
): Promise<ReleaseEntry[]> {
  const connection = await openDuckDB();
  const file = (r: ReleaseInfo) => `'${path.join(folder(r), 'observations.parquet').replace(/'/g, "''")}'`;
  try {
    await connection.run(
      (await exists(reasonsFile))
        ? `CREATE TABLE reasons AS SELECT * FROM read_csv('${reasonsFile.replace(/'/g, "''")}', all_varchar = true)`
        : `CREATE TABLE reasons (${REASON_COLUMNS.map((c) => `${c} VARCHAR`).join(', ')})`,
    );
    const columns = (await connection.runAndReadAll('SELECT * FROM reasons LIMIT 0')).columnNames();
    const missing = REASON_COLUMNS.filter((c) => !columns.includes(c));
    // A reason is read on pages in both languages; a log without one of them would show English on Vietnamese pages.
    if (missing.length > 0)
      throw new Error(`${reasonsFile}: line 1: missing column(s) ${missing.join(', ')} (expected ${REASON_COLUMNS})`);
    const entries: ReleaseEntry[] = [];
    for (const [i, release] of releases.entries()) {
      const previous = releases[i - 1];
      const [{ figures }] = (
        await connection.runAndReadAll(`SELECT count(*)::INTEGER AS figures FROM ${file(release)} WHERE is_preferred`)
      ).getRowObjectsJS() as [{ figures: number }];
      const changes = previous
        ? ((
            await connection.runAndReadAll(CHANGES_SQL(file(previous), file(release), previous.date, release.date))
          ).getRowObjectsJS() as unknown as Change[])
        : [];
      entries.push({ ...release, previous: previous?.id ?? null, figures, changes });
    }
    return entries;
  } finally {
    connection.closeSync();
  }
}

/** `npm run release`: records the built release in `<inDir>/releases/<id>/` for the next builds to compare with. */
export async function recordRelease(inDir: string, outDir: string): Promise<ReleaseInfo | null> {
  const built = JSON.parse(await readFile(path.join(outDir, 'release.json'), 'utf8')) as ReleaseInfo;
  const target = path.join(inDir, HISTORY_DIR, built.id);
  if (await exists(target)) return null;
  const previous = (await readHistory(inDir)).at(-1);
  const release: ReleaseInfo = { ...built, ...(previous ? { previous: previous.id } : {}) };
  await mkdir(target, { recursive: true });
  for (const file of RELEASE_FILES) await copyFile(path.join(outDir, file), path.join(target, file));
  await writeFile(path.join(target, 'release.json'), `${JSON.stringify(release, null, 2)}\n`);
  return release;
}

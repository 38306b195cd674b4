import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { contentHash, releaseId, type ManifestFiles } from '../../src/service/release-id.ts';

/** The published files a release is made of; their hashes make its id. */
export const RELEASE_FILES = ['observations.parquet', 'sources.parquet', 'indicators.parquet', 'geo.parquet'] as const;

export interface ReleaseInfo {
  id: string;
  date: string;
  hash: string;
}

/** Today in UTC as YYYY-MM-DD: the date a build that is not yet recorded is released on. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The release a finished build in `outDir` is: its date and the hash of its published files. */
export async function currentRelease(outDir: string, date: string): Promise<ReleaseInfo> {
  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as ManifestFiles;
  const files = Object.fromEntries(RELEASE_FILES.map((f) => [f, manifest.files[f]!]));
  const hash = contentHash({ files });
  return { id: releaseId(date, hash), date, hash };
}

/** Writes `release.json` beside the build's files: what every page and API file names as its release. */
export async function writeReleases(outDir: string, date: string): Promise<ReleaseInfo> {
  const release = await currentRelease(outDir, date);
  await writeFile(path.join(outDir, 'release.json'), `${JSON.stringify(release, null, 2)}\n`);
  return release;
}

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface Release {
  id: string;
  date: string;
  hash: string;
}

let current: Promise<Release> | undefined;

/** The release this build publishes, as `npm run data` wrote it. */
export function currentRelease(dataDir = path.resolve('public/data')): Promise<Release> {
  current ??= readFile(path.join(dataDir, 'release.json'), 'utf8').then((text) => JSON.parse(text) as Release);
  return current;
}

let manifestHash: Promise<string> | undefined;

/**
 * SHA-256 of manifest.json exactly as it is served (Astro copies public/ byte for byte): each page
 * carries it, and the browser uses no manifest, hence no data file, that hashes otherwise.
 */
export function manifestSha256(dataDir = path.resolve('public/data')): Promise<string> {
  manifestHash ??= readFile(path.join(dataDir, 'manifest.json')).then((bytes) =>
    createHash('sha256').update(bytes).digest('hex'),
  );
  return manifestHash;
}

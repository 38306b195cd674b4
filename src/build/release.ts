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

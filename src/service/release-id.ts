import { createHash } from 'node:crypto';

/** What a release's id is made from: the hashes the data build wrote into manifest.json. */
export interface ManifestFiles {
  files: Record<string, { sha256: string }>;
}

/** Seven hex digits of a hash over the published files' own hashes, in file-name order. */
export function contentHash(manifest: ManifestFiles): string {
  const lines = Object.keys(manifest.files)
    .sort()
    .map((name) => `${name} ${manifest.files[name]!.sha256}`);
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 7);
}

/** `2026-12-01-3fa9c2e`: sorts by date, and two builds of the same data share the hash. */
export function releaseId(date: string, hash: string): string {
  return `${date}-${hash}`;
}

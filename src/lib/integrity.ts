/** The part of manifest.json that the site checks: each data file's size, SHA-256 and, for tables, rows. */
export interface Manifest {
  files: Record<string, { sha256: string; bytes: number; rows?: number }>;
}

/** Where each page carries the facts the build bound it to (src/layouts/Page.astro writes them). */
export const MANIFEST_META = 'data-manifest-sha256';
export const RELEASE_META = 'data-release';

/** The release a page was built from, as its <meta> states it (in the browser, or a built page read by jsdom). */
export function pageRelease(doc: Document): string | undefined {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${RELEASE_META}"]`)?.content || undefined;
}

/** A data file or manifest that is not the one the build published. Nothing from it may be shown. */
export class IntegrityError extends Error {
  override name = 'IntegrityError';
}

/** SHA-256 of bytes as lower-case hex, with the Web Crypto API of browsers and Node alike. */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const HEX64 = /^[0-9a-f]{64}$/;
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/**
 * manifest.json's bytes, accepted only if they hash to the SHA-256 the page was built with. A data file
 * is then bound to the page through its manifest entry: forging both the file and the manifest fails
 * unless the page's HTML is changed too. Each entry must list a size and a hash, and a table its rows.
 */
export async function verifyManifest(bytes: ArrayBuffer, expectedSha256: string | null | undefined): Promise<Manifest> {
  if (!expectedSha256 || !HEX64.test(expectedSha256))
    throw new IntegrityError('the page carries no SHA-256 for manifest.json');
  const actual = await sha256Hex(bytes);
  if (actual !== expectedSha256)
    throw new IntegrityError(
      `manifest.json: SHA-256 ${actual.slice(0, 12)}… is not the ` +
        `${expectedSha256.slice(0, 12)}… this page was built with`,
    );
  let manifest: Manifest;
  try {
    manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Manifest;
  } catch {
    throw new IntegrityError('manifest.json is not valid JSON');
  }
  const files = manifest?.files;
  if (typeof files !== 'object' || files === null) throw new IntegrityError('manifest.json lists no files');
  for (const [name, entry] of Object.entries(files)) {
    const tableRows = name.endsWith('.parquet') ? isCount(entry?.rows) : entry?.rows === undefined;
    if (!HEX64.test(String(entry?.sha256)) || !isCount(entry?.bytes) || !tableRows)
      throw new IntegrityError(`manifest.json: the entry for ${name} lacks a size, a SHA-256 or a row count`);
  }
  return manifest;
}

function entryOf(name: string, manifest: Manifest) {
  const expected = manifest.files[name];
  if (!expected) throw new IntegrityError(`${name} is not listed in manifest.json`);
  return expected;
}

/** Refuses bytes that do not match the manifest's size and hash for that file. */
export async function verifyFile(name: string, bytes: ArrayBuffer, manifest: Manifest): Promise<ArrayBuffer> {
  const expected = entryOf(name, manifest);
  if (bytes.byteLength !== expected.bytes)
    throw new IntegrityError(
      `${name}: ${bytes.byteLength} bytes, the manifest says ${expected.bytes} (truncated or replaced)`,
    );
  const actual = await sha256Hex(bytes);
  if (actual !== expected.sha256)
    throw new IntegrityError(
      `${name}: SHA-256 ${actual.slice(0, 12)}… does not match the manifest's ${expected.sha256.slice(0, 12)}…`,
    );
  return bytes;
}

/** Refuses a table whose loaded row count (as the engine counts it) is not the manifest's. */
export function verifyRows(name: string, rows: number, manifest: Manifest): void {
  const expected = entryOf(name, manifest).rows;
  if (rows !== expected)
    throw new IntegrityError(`${name}: ${rows} rows loaded, the manifest says ${expected ?? 'nothing'}`);
}

/** The part of manifest.json that the site checks. */
export interface Manifest {
  files: Record<string, { sha256: string; bytes: number; rows?: number }>;
}

/** A data file whose bytes are not the ones the build published. Nothing from it may be shown. */
export class IntegrityError extends Error {
  override name = 'IntegrityError';
}

/** SHA-256 of bytes as lower-case hex, with the Web Crypto API of browsers and Node alike. */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Refuses bytes that do not match the manifest's size and hash for that file. */
export async function verifyFile(name: string, bytes: ArrayBuffer, manifest: Manifest): Promise<ArrayBuffer> {
  const expected = manifest.files[name];
  if (!expected) throw new IntegrityError(`${name} is not listed in manifest.json`);
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

import { MANIFEST_META, verifyFile, verifyManifest, type Manifest } from '../lib/integrity.ts';

const DATA = '/data/';
let manifest: Promise<Manifest> | undefined;

/** A failed download of a data file: missing, or the network broke off. */
export class DataFileError extends Error {
  override name = 'DataFileError';
}

async function fetchBytes(name: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(`${DATA}${name}`);
  } catch (error) {
    throw new DataFileError(`${name}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new DataFileError(`${name}: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/** The SHA-256 of manifest.json that the build wrote into this page. */
function pageManifestHash(): string | null {
  return document.querySelector<HTMLMetaElement>(`meta[name="${MANIFEST_META}"]`)?.content ?? null;
}

/** manifest.json, only if its bytes hash to what the page was built with. */
export function loadManifest(): Promise<Manifest> {
  manifest ??= fetchBytes('manifest.json').then((bytes) => verifyManifest(bytes, pageManifestHash()));
  manifest.catch(() => (manifest = undefined));
  return manifest;
}

/**
 * A data file's bytes, with the check that their size and SHA-256 are the ones the page's manifest says the
 * build published. The check starts at once on its own copy (Web Crypto copies the bytes before it hashes
 * them), so the bytes may be handed to a decoder while it runs; nothing made from them may be used unless
 * it passes.
 */
export async function fetchChecked(name: string): Promise<{ bytes: ArrayBuffer; verified: Promise<unknown> }> {
  const [list, bytes] = await Promise.all([loadManifest(), fetchBytes(name)]);
  const verified = verifyFile(name, bytes, list);
  verified.catch(() => {}); // awaited by the caller after the decode
  return { bytes, verified };
}

/** A data file's bytes, only if their size and SHA-256 are what the page's manifest says the build published. */
export async function fetchVerified(name: string): Promise<ArrayBuffer> {
  const { bytes, verified } = await fetchChecked(name);
  await verified;
  return bytes;
}

import { IntegrityError, verifyFile, type Manifest } from '../lib/integrity.ts';

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

function loadManifest(): Promise<Manifest> {
  manifest ??= fetchBytes('manifest.json').then((bytes) => {
    try {
      return JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
    } catch {
      throw new IntegrityError('manifest.json is not valid JSON');
    }
  });
  manifest.catch(() => (manifest = undefined));
  return manifest;
}

/** A data file's bytes, only if they hash to what manifest.json says the build published. */
export async function fetchVerified(name: string): Promise<ArrayBuffer> {
  const [list, bytes] = await Promise.all([loadManifest(), fetchBytes(name)]);
  return verifyFile(name, bytes, list);
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import {
  IntegrityError,
  sha256Hex,
  verifyFile,
  verifyManifest,
  verifyRows,
  type Manifest,
} from '../../src/lib/integrity.ts';
import { tempDir } from '../helpers/build.ts';

const out = tempDir('integrity');
let manifest: Manifest;
let manifestBytes: ArrayBuffer;
let manifestHash: string;
let bytes: ArrayBuffer;
const arrayBuffer = (b: Uint8Array): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
beforeAll(async () => {
  await buildData({ inDir: 'tests/fixtures/pipeline/valid/input', outDir: out });
  manifestBytes = arrayBuffer(readFileSync(path.join(out, 'manifest.json')));
  manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
  manifestHash = createHash('sha256').update(new Uint8Array(manifestBytes)).digest('hex');
  bytes = arrayBuffer(readFileSync(path.join(out, 'observations.parquet')));
});

describe('verifyFile', () => {
  it('accepts the bytes the build published', async () => {
    await expect(verifyFile('observations.parquet', bytes, manifest)).resolves.toBe(bytes);
  });

  it('catches one changed byte anywhere in a Parquet file', async () => {
    for (const at of [0, Math.floor(bytes.byteLength / 2), bytes.byteLength - 1]) {
      const changed = bytes.slice(0);
      new Uint8Array(changed)[at]! ^= 0x01;
      await expect(verifyFile('observations.parquet', changed, manifest)).rejects.toThrow(IntegrityError);
    }
  });

  it('catches a truncated file and a file the manifest does not list', async () => {
    await expect(verifyFile('observations.parquet', bytes.slice(0, 100), manifest)).rejects.toThrow(
      /truncated or replaced/,
    );
    await expect(verifyFile('other.parquet', bytes, manifest)).rejects.toThrow(/not listed/);
  });
});

/** manifest.json rewritten as a forger would, with the same layout as the build's. */
function forged(change: (m: Manifest) => void): ArrayBuffer {
  const m = JSON.parse(new TextDecoder().decode(manifestBytes)) as Manifest;
  change(m);
  return arrayBuffer(new TextEncoder().encode(`${JSON.stringify(m, null, 2)}\n`));
}

describe('verifyManifest binds the manifest to the page built with it', () => {
  it('accepts the manifest whose bytes hash to the page’s SHA-256, as Node’s crypto computes it', async () => {
    expect(await sha256Hex(manifestBytes)).toBe(manifestHash);
    await expect(verifyManifest(manifestBytes, manifestHash)).resolves.toEqual(manifest);
  });

  it('refuses a forged data file with a consistent forged manifest: its hash is not the page’s', async () => {
    const changed = bytes.slice(0);
    new Uint8Array(changed)[100]! ^= 0x01;
    const consistent = forged(
      (m) =>
        (m.files['observations.parquet']!.sha256 = createHash('sha256').update(new Uint8Array(changed)).digest('hex')),
    );
    // The forgery is self-consistent: with its own manifest, the file passes the per-file check.
    const forgedManifest = JSON.parse(new TextDecoder().decode(consistent)) as Manifest;
    await expect(verifyFile('observations.parquet', changed, forgedManifest)).resolves.toBe(changed);
    await expect(verifyManifest(consistent, manifestHash)).rejects.toThrow(/not the .* this page was built with/);
  });

  it('refuses a changed row count, a changed size, one changed byte or extra white space', async () => {
    const variants = [
      forged((m) => (m.files['observations.parquet']!.rows! += 1)),
      forged((m) => (m.files['sources.parquet']!.bytes -= 1)),
      arrayBuffer(new Uint8Array([...new Uint8Array(manifestBytes), 0x0a])),
    ];
    const flipped = manifestBytes.slice(0);
    new Uint8Array(flipped)[flipped.byteLength - 10]! ^= 0x01;
    for (const variant of [...variants, flipped])
      await expect(verifyManifest(variant, manifestHash)).rejects.toThrow(IntegrityError);
  });

  it('refuses when the page carries no hash, and a manifest that lacks a size, hash or row count', async () => {
    for (const missing of [null, undefined, '', 'abc'])
      await expect(verifyManifest(manifestBytes, missing)).rejects.toThrow(/carries no SHA-256/);
    const cases = [
      forged((m) => delete m.files['observations.parquet']!.rows),
      forged((m) => ((m.files['geo.parquet'] as { bytes: unknown }).bytes = '10282')),
      forged((m) => (m.files['geo.parquet']!.sha256 = 'not a hash')),
      forged((m) => (m.files['geo.parquet']!.rows = -1)),
    ];
    for (const bad of cases)
      await expect(verifyManifest(bad, await sha256Hex(bad))).rejects.toThrow(/lacks a size, a SHA-256 or a row count/);
    const notJson = new TextEncoder().encode('{"files": ');
    await expect(verifyManifest(arrayBuffer(notJson), await sha256Hex(notJson))).rejects.toThrow(/not valid JSON/);
  });
});

describe('verifyRows', () => {
  it('accepts the manifest’s row count and refuses any other', () => {
    const rows = manifest.files['observations.parquet']!.rows!;
    expect(rows).toBeGreaterThan(0);
    expect(() => verifyRows('observations.parquet', rows, manifest)).not.toThrow();
    for (const wrong of [rows - 1, rows + 1, 0])
      expect(() => verifyRows('observations.parquet', wrong, manifest)).toThrow(IntegrityError);
    expect(() => verifyRows('nothing.parquet', rows, manifest)).toThrow(/not listed/);
  });
});

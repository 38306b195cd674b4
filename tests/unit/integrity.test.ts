import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { IntegrityError, verifyFile, type Manifest } from '../../src/lib/integrity.ts';
import { tempDir } from '../helpers/build.ts';

const out = tempDir('integrity');
let manifest: Manifest;
let bytes: ArrayBuffer;
beforeAll(async () => {
  await buildData({ inDir: 'tests/fixtures/pipeline/valid/input', outDir: out });
  manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  const file = readFileSync(path.join(out, 'observations.parquet'));
  bytes = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
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

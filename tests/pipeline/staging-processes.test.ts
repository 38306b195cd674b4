import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/lib/build.ts';
import { splitByBytes, stageObservationsInChildren } from '../../scripts/lib/stage-observations.ts';
import { tempDir } from '../helpers/build.ts';

// The observation files are read by several processes side by side, each coding its columns in the order
// it meets their values and numbering its own rows; the build must come out byte for byte as one process
// reading every file would write it. The embedded data has five files, with repeated figures across files
// (the versions rule), quality notes and indicators met in a different order by each file.
describe('staging in several processes', () => {
  const outputs = new Map<number, string>();
  beforeAll(async () => {
    for (const processes of [1, 2, 5]) {
      const out = tempDir(`out-processes-${processes}`);
      const result = await buildData({ inDir: 'data', outDir: out, processes });
      expect(result.problems).toEqual([]);
      outputs.set(processes, out);
    }
  }, 120_000);

  const files = (dir: string) => readdirSync(dir).filter((name) => /\.(parquet|json)$/.test(name));

  it('writes the same bytes with 1, 2 or one process per file', () => {
    const one = outputs.get(1)!;
    expect(files(one)).toContain('observations.parquet');
    for (const processes of [2, 5]) {
      const other = outputs.get(processes)!;
      expect(files(other)).toEqual(files(one));
      for (const name of files(one))
        expect(readFileSync(path.join(other, name)).equals(readFileSync(path.join(one, name))), name).toBe(true);
    }
  });

  it('leaves no staging file or database behind', () => {
    // buildData keeps its database and the staging files in the system's temporary folder, named after the
    // process that builds (this one).
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith(`build-data-${process.pid}-`))).toEqual([]);
  });
});

describe('a staging process that fails', () => {
  it('fails the staging with its reason, not a hang or a half result', async () => {
    const input = {
      inDir: 'data',
      files: readdirSync('data/published').filter((name) => name.endsWith('.csv')),
      // A folder that does not exist: each child's staging file cannot be opened.
      stagingFile: path.join(tmpdir(), 'no-such-folder-for-staging', 'observations.csv'),
      columns: [],
      coded: [],
      indicators: [],
      sources: [],
      aliases: [],
      clusterAliases: [],
    };
    await expect(stageObservationsInChildren(input, 2)).rejects.toThrow(/ENOENT.*no-such-folder-for-staging/);
  });
});

describe('splitByBytes', () => {
  it('cuts runs of consecutive files of about equal bytes', () => {
    expect(splitByBytes(['a', 'b', 'c'], [10, 10, 10], 2)).toEqual([['a', 'b'], ['c']]);
    expect(splitByBytes(['a', 'b', 'c', 'd'], [10, 10, 10, 10], 2)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitByBytes(['a', 'b', 'c'], [100, 1, 1], 2)).toEqual([['a'], ['b', 'c']]);
  });

  it('gives every run a file while there are files enough, and never an empty run beside others', () => {
    expect(splitByBytes(['a', 'b', 'c'], [1, 1, 100], 3)).toEqual([['a'], ['b'], ['c']]);
    expect(splitByBytes(['a', 'b'], [5, 5], 4)).toEqual([['a'], ['b']]);
    expect(splitByBytes(['a'], [5], 2)).toEqual([['a']]);
    expect(splitByBytes([], [], 2)).toEqual([[]]);
  });

  it('keeps the files in order', () => {
    const names = Array.from({ length: 10 }, (_, i) => `f${i}`);
    const sizes = names.map((_, i) => (i * 37) % 11);
    expect(splitByBytes(names, sizes, 2).flat()).toEqual(names);
  });
});

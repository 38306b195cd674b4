import { describe, expect, it } from 'vitest';
import { filesUnder, read } from './files.ts';

const MAX = 120;
const FOLDERS = ['src', 'scripts', 'tests'];
// Data, not code: report texts of the extraction corpus and golden outputs keep their lines as they are.
const DATA = /^tests\/(fixtures|output)\//;
const EXTENSIONS = ['.ts', '.astro', '.css', '.js', '.mjs', '.json'];

describe(`no line over ${MAX} characters`, () => {
  for (const folder of FOLDERS) {
    it(`in ${folder}/`, () => {
      const long = filesUnder(folder, EXTENSIONS)
        .filter((path) => !DATA.test(path))
        .flatMap((path) =>
          read(path)
            .split('\n')
            // Characters, not bytes or UTF-16 units: "ệ" is one.
            .map((line, i) => ({ path, line: i + 1, length: [...line].length }))
            .filter((l) => l.length > MAX)
            .map((l) => `${l.path}:${l.line} (${l.length})`),
        );
      expect(long).toEqual([]);
    });
  }
});

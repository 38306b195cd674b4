import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildData, OutputRefusedError } from '../../scripts/lib/build.ts';
import { refuseOutput } from '../../scripts/lib/output-guard.ts';
import { runBuildCli, snapshotDir, tempDir } from '../helpers/build.ts';

const INPUT = 'tests/fixtures/pipeline/valid/input';

/** Every file under a folder, recursively, with its bytes. */
function snapshotTree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, entry);
    files[entry] = statSync(file).isDirectory() ? 'dir' : readFileSync(file).toString('base64');
  }
  return files;
}

/** A copy of the valid input inside a scratch "project" with a .git and a package.json. */
function scratchProject(): { root: string; data: string } {
  const root = tempDir('project');
  mkdirSync(path.join(root, '.git'));
  writeFileSync(path.join(root, 'package.json'), '{}\n');
  const data = path.join(root, 'data');
  cpSync(INPUT, data, { recursive: true });
  return { root, data };
}

describe('the output can never destroy input', () => {
  it.each([
    ['the project root', (p: ReturnType<typeof scratchProject>) => p.root, /holds \.git|contains the input/],
    ['the input folder itself', (p: ReturnType<typeof scratchProject>) => p.data, /is the input folder/],
    [
      'a folder inside the input',
      (p: ReturnType<typeof scratchProject>) => path.join(p.data, 'published'),
      /inside the input/,
    ],
  ])('npm run data refuses --out = %s, exits 2 and changes nothing', (_name, pick) => {
    const project = scratchProject();
    const out = pick(project);
    const before = snapshotTree(project.root);
    const result = runBuildCli(project.data, out);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/refused: --out/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(Object.keys(before)).toContain('.git');
    expect(snapshotTree(project.root)).toEqual(before);
  });

  it('refuses a folder that contains the input, even without .git or package.json', async () => {
    const outer = tempDir('outer');
    cpSync(INPUT, path.join(outer, 'data'), { recursive: true });
    await expect(buildData({ inDir: path.join(outer, 'data'), outDir: outer })).rejects.toThrow(OutputRefusedError);
  });

  it('refuses a non-empty folder of files it did not write, and a file', async () => {
    const notes = tempDir('notes');
    writeFileSync(path.join(notes, 'report.docx'), 'mine');
    expect(await refuseOutput(INPUT, notes)).toMatch(/did not write \(report\.docx\)/);
    expect(await refuseOutput(INPUT, path.join(notes, 'report.docx'))).toMatch(/is a file/);
    expect(snapshotDir(notes)).toEqual({ 'report.docx': Buffer.from('mine').toString('base64') });
  });

  it('replaces its own output, a new folder, and an older output without the marker', async () => {
    const out = tempDir('own');
    expect(await refuseOutput(INPUT, out)).toBeNull(); // empty
    expect(await refuseOutput(INPUT, path.join(out, 'new'))).toBeNull(); // does not exist yet
    await buildData({ inDir: INPUT, outDir: out });
    expect(await refuseOutput(INPUT, out)).toBeNull(); // holds the marker
    const older = tempDir('older');
    writeFileSync(path.join(older, 'observations.parquet'), '');
    writeFileSync(path.join(older, 'manifest.json'), '{}');
    expect(await refuseOutput(INPUT, older)).toBeNull(); // only files a build writes
  });
});

describe('in this repository', () => {
  it.each(['.', 'data', 'data/published', 'src'])(
    'npm run data -- --out %s refuses before touching anything',
    (out) => {
      const before = snapshotTree('data');
      const result = runBuildCli('data', out);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/build-data: refused: --out/);
      expect(snapshotTree('data')).toEqual(before);
    },
  );
});

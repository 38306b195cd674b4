import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `${prefix}-`));
}

/** Runs `npm run data`'s script as a user would, in a child process with the same Node. */
export function runBuildCli(inDir: string, outDir: string): { status: number | null; stdout: string; stderr: string } {
  const args = ['--import', './scripts/lib/compile-cache.mjs', 'scripts/build-data.ts', '--in', inDir, '--out', outDir];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Copies a fixture's input folder into a temporary one, adding the files of another published/ folder. */
export function composeInput(base: string, extraPublished?: string): string {
  const dir = tempDir('input');
  cpSync(base, dir, { recursive: true });
  if (extraPublished) {
    for (const f of readdirSync(extraPublished)) cpSync(path.join(extraPublished, f), path.join(dir, 'published', f));
  }
  return dir;
}

/** Every file of a folder with its bytes, to prove that a failed build changed nothing. */
export function snapshotDir(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f)).toString('base64')]),
  );
}

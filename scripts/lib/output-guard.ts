import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** A file the build writes into every output folder: only a folder holding it may be replaced. */
export const OUTPUT_MARKER = '.build-data-output';

/** Files an output folder of this build holds (older builds wrote no marker; these alone are theirs). */
const OUTPUT_FILES = /^(?:[a-z_]+\.parquet|manifest\.json|quality\.json)$/;

/**
 * Why `outDir` must not be replaced by a build reading `inDir`, or null when it may be.
 * Checked before anything is written: the atomic replace removes the old folder whole, so a
 * wrong --out (the project root, the input, a folder of someone's files) would be lost with it.
 */
export async function refuseOutput(inDir: string, outDir: string): Promise<string | null> {
  const input = path.resolve(inDir);
  const output = path.resolve(outDir);
  if (output === path.parse(output).root) return `--out ${outDir} is the root of the file system`;
  if (output === input) return `--out ${outDir} is the input folder (--in)`;
  if (isInside(input, output)) return `--out ${outDir} contains the input folder (--in ${inDir})`;
  if (isInside(output, input)) return `--out ${outDir} is inside the input folder (--in ${inDir})`;
  const entries = await readdir(output).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    if (error.code === 'ENOTDIR') return 'not a folder';
    throw error;
  });
  if (entries === null) return null;
  if (entries === 'not a folder') return `--out ${outDir} is a file, not a folder`;
  for (const guard of ['.git', 'package.json']) {
    if (entries.includes(guard)) return `--out ${outDir} holds ${guard}: it looks like a project, not a build output`;
  }
  if (entries.length === 0 || entries.includes(OUTPUT_MARKER)) return null;
  const foreign = [];
  for (const name of entries) {
    const isFile = await stat(path.join(output, name)).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!isFile || !OUTPUT_FILES.test(name)) foreign.push(name);
  }
  if (foreign.length === 0) return null;
  const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, … (${foreign.length} in all)` : '');
  return `--out ${outDir} holds files this build did not write (${shown}); choose an empty or new folder`;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

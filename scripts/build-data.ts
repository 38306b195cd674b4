// npm run data -- --in DIR --out DIR : published figures (CSV) → normalized Parquet + manifest + quality.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/problems.ts';
import { buildData, OutputRefusedError } from './lib/build.ts';
import { today, writeReleases } from './lib/releases.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'public/data' },
    quiet: { type: 'boolean', default: false },
    // Observations above this many rows are also written partitioned, for pages to read by range.
    'partition-rows': { type: 'string' },
    // The date a build not yet recorded in data/releases/ is released on (default: today, UTC).
    'release-date': { type: 'string' },
  },
});
const inDir = path.resolve(values.in!);
const outDir = path.resolve(values.out!);
const started = performance.now();
const partitionRows = values['partition-rows'] === undefined ? undefined : Number(values['partition-rows']);
const log = values.quiet ? undefined : (m: string) => console.log(`  ${m}`);
const result = await buildData({ inDir, outDir, log, partitionRows }).catch((error) => {
  if (error instanceof OutputRefusedError) {
    console.error(`build-data: refused: ${error.message}. Nothing was read or written.`);
    process.exit(2);
  }
  // Every input problem is reported with its file above; what is left is the build's own fault.
  // One line, not a stack trace (BUILD_DEBUG=1 shows it); the old output is untouched.
  console.error(`build-data: failed: ${error instanceof Error ? error.message : String(error)}; nothing was written.`);
  if (process.env.BUILD_DEBUG) console.error(error);
  process.exit(3);
});
if (result.problems.length > 0) {
  const where = path.relative(process.cwd(), inDir) || '.';
  console.error(`build-data: ${result.problems.length} problem(s) in ${where}; nothing was written.`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const release = await writeReleases(inDir, outDir, values['release-date'] ?? process.env.RELEASE_DATE ?? today());
const q = result.quality!;
const took = Math.round(performance.now() - started);
console.log(
  `build-data: wrote ${path.relative(process.cwd(), outDir)} (${result.rows.observations} observations) ` +
    `in ${took} ms; ` +
    `release ${release.id}; ` +
    `quality: ${q.discrepancies.length} rate discrepancies, ${q.conflicts.length} conflicting versions, ` +
    `${q.warnings.length} warnings`,
);

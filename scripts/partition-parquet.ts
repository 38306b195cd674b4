// npm run partition -- --in public/data/observations.parquet --out DIR [--row-group-size N]
// Parquet partitioned by indicator and year, for readers that fetch only what a query needs.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDuckDB } from './lib/parquet.ts';
import { ROW_GROUP_SIZE, writePartitions } from './lib/partition.ts';

const { values } = parseArgs({
  options: {
    in: { type: 'string', default: 'public/data/observations.parquet' },
    out: { type: 'string' },
    'row-group-size': { type: 'string', default: String(ROW_GROUP_SIZE) },
  },
});
if (!values.out) {
  console.error('usage: npm run partition -- --in observations.parquet --out DIR [--row-group-size N]');
  process.exit(2);
}
const started = performance.now();
const connection = await openDuckDB();
const manifest = await writePartitions(
  connection,
  path.resolve(values.in!),
  path.resolve(values.out),
  Number(values['row-group-size']),
);
connection.closeSync();
const bytes = manifest.partitions.reduce((sum, p) => sum + p.bytes, 0);
console.log(
  `partition-parquet: ${manifest.partitions.length} files, ${bytes} bytes → ${values.out} ` +
    `in ${Math.round(performance.now() - started)} ms`,
);

// Self-hosts DuckDB-wasm: copies the wasm and its worker from node_modules into public/duckdb/<version>/.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ENGINE_DIR, ENGINE_VERSION, ENGINE_WASM, ENGINE_WORKER } from '../src/live/engine-files.ts';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
// The package's exports do not include its package.json; it sits beside dist/.
const installed = JSON.parse(await readFile(path.join(dist, '..', 'package.json'), 'utf8')).version;
if (installed !== ENGINE_VERSION) {
  console.error(
    `copy-duckdb: @duckdb/duckdb-wasm ${installed} is installed, but src/live/engine-files.ts names ` +
      `${ENGINE_VERSION}: set ENGINE_VERSION there to ${installed} (the engine's address carries it).`,
  );
  process.exit(1);
}

const target = path.join('public', ENGINE_DIR);
// Older versions' folders would be published with the site for nothing.
await rm('public/duckdb', { recursive: true, force: true });
await mkdir(target, { recursive: true });
for (const address of [ENGINE_WASM, ENGINE_WORKER]) {
  const file = path.basename(address);
  let bytes = await readFile(path.join(dist, file));
  // The source map is not shipped; drop its reference so browsers do not ask for it.
  if (file.endsWith('.js'))
    bytes = Buffer.from(bytes.toString('utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'));
  await writeFile(path.join(target, file), bytes);
}
console.log(`copy-duckdb: ${ENGINE_VERSION} → ${target}/`);

// Self-hosts DuckDB-wasm: copies the wasm and its worker from node_modules into public/duckdb/.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
const FILES = ['duckdb-eh.wasm', 'duckdb-browser-eh.worker.js'];

await mkdir('public/duckdb', { recursive: true });
for (const file of FILES) {
  let bytes = await readFile(path.join(dist, file));
  // The source map is not shipped; drop its reference so browsers do not ask for it.
  if (file.endsWith('.js'))
    bytes = Buffer.from(bytes.toString('utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'));
  await writeFile(path.join('public/duckdb', file), bytes);
}
console.log(`copy-duckdb: ${FILES.join(', ')} → public/duckdb/`);

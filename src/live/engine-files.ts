/**
 * Where the page finds DuckDB-wasm. The version is part of the address, so a host may keep the files for
 * good (immutable): a new engine is a new address, never an old file under a known name. Change the
 * version with the dependency; scripts/copy-duckdb.ts refuses to copy another installed version.
 */
export const ENGINE_VERSION = '1.32.0';
export const ENGINE_DIR = `/duckdb/${ENGINE_VERSION}/`;
export const ENGINE_WASM = `${ENGINE_DIR}duckdb-eh.wasm`;
export const ENGINE_WORKER = `${ENGINE_DIR}duckdb-browser-eh.worker.js`;

import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TABLES } from '../lib/sql.ts';
import { API_COLUMNS, apiFiguresSql, type ApiRow } from '../service/api.ts';
import { toCsv } from '../views/view.ts';
import { buildDb } from './render-view.ts';

/** One indicator's figures as the API serves them, each row in API_COLUMNS order. */
export async function apiFigures(indicator: string, release: string): Promise<ApiRow[]> {
  return (await buildDb()).query<ApiRow>(apiFiguresSql(indicator, release));
}

/** CSV, UTF-8 with a BOM (Excel reads Vietnamese), comma-separated with dot decimals (pandas and R, no options). */
export function apiCsv(rows: readonly ApiRow[]): string {
  return `\uFEFF${toCsv(
    API_COLUMNS,
    rows.map((row) => API_COLUMNS.map((c) => (typeof row[c] === 'boolean' ? String(row[c]) : row[c]))),
  )}`;
}

/** The same rows as Parquet, written by DuckDB (the engine the build and tests read it with). */
export async function apiParquet(indicator: string, release: string, dataDir = 'public/data'): Promise<ArrayBuffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'api-parquet-'));
  const connection = await (await DuckDBInstance.create(':memory:')).connect();
  try {
    for (const table of TABLES) {
      const file = path.resolve(dataDir, `${table}.parquet`).replace(/'/g, "''");
      await connection.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${file}')`);
    }
    const out = path.join(dir, 'figures.parquet');
    await connection.run(`COPY (${apiFiguresSql(indicator, release)}) TO '${out}' (FORMAT parquet, COMPRESSION zstd)`);
    const bytes = await readFile(out);
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  } finally {
    connection.closeSync();
    await rm(dir, { recursive: true, force: true });
  }
}

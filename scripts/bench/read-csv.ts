// The practical limit for the build benchmark: DuckDB's own CSV reader on the same files, into a
// table, then the table to Parquet. Run as a child so its peak memory is its own.
import { DuckDBInstance } from '@duckdb/node-api';

const [glob = '', out = ''] = process.argv.slice(2);
const connection = await (await DuckDBInstance.create(':memory:')).connect();
const started = performance.now();
await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv('${glob}', comment = '#', union_by_name = true)`);
const read = performance.now() - started;
if (out) await connection.run(`COPY t TO '${out}' (FORMAT parquet, COMPRESSION zstd)`);
const total = performance.now() - started;
const [rows] = (await connection.runAndReadAll('SELECT count(*)::INTEGER FROM t')).getRows()[0] as [number, number];
console.log(JSON.stringify({ rows, readMs: read, totalMs: total }));

/** The tables of the data contract, as both engines name them. */
export const TABLES = [
  'observations',
  'sources',
  'indicators',
  'geo',
  'geo_aliases',
  'cluster_members',
  'movements',
] as const;

/** Anything that runs SQL and returns plain rows: DuckDB for Node at build, DuckDB-wasm in the browser. */
export interface Db {
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
}

/** A SQL string literal. Values come from controls whose options the page made, but quote all the same. */
export function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Dates leave SQL as text, so both engines hand the same value to the page. */
export function isoDateColumn(column: string, alias = column): string {
  return `strftime(${column}, '%Y-%m-%d') AS ${alias}`;
}

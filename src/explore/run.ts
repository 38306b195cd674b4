import type { Db } from '../lib/sql.ts';
import { excludedSql, resultSql, type ExclusionRow, type ResultRow } from './filters.ts';
import { sourcesSql, type SourceInfo } from './options.ts';
import type { ExploreState } from './state.ts';

export interface ExploreResult {
  rows: ResultRow[];
  excluded: ExclusionRow[];
  sources: SourceInfo[];
}

/** Runs a selection's SQL: the same at build (DuckDB for Node) and in the browser (DuckDB-wasm). */
export async function runExplore(db: Db, state: ExploreState): Promise<ExploreResult> {
  const [rows, excluded] = await Promise.all([
    db.query<ResultRow>(resultSql(state)),
    db.query<ExclusionRow>(excludedSql(state)),
  ]);
  const ids = [...new Set(rows.flatMap((r) => r.sources.split(', ')))];
  const sources = await db.query<SourceInfo>(sourcesSql(ids));
  return { rows, excluded, sources };
}

import type { Db } from '../lib/sql.ts';
import { COVERAGE_SQL, type CoverageRow } from './api.ts';

/** One static path per indicator with published figures, carrying its coverage row. */
export async function indicatorApiPaths(db: Db) {
  const rows = await db.query<CoverageRow>(COVERAGE_SQL);
  return rows.map((row) => ({ params: { id: row.id }, props: { row } }));
}

import type { IndicatorRow } from '../lib/queries.ts';
import type { Db } from '../lib/sql.ts';
import { PAGE_INDICATORS_SQL } from './indicator-figures.ts';

/** One static page per rate and target. */
export async function indicatorPagePaths(db: Db) {
  const rows = await db.query<IndicatorRow>(PAGE_INDICATORS_SQL);
  return rows.map((indicator) => ({ params: { id: indicator.id }, props: { indicator } }));
}

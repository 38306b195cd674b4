import type { Page } from 'playwright-core';
import { openParquetDb } from '../../src/build/db.ts';
import { resultSql, type ResultRow } from '../../src/explore/filters.ts';
import { periodLabel, placeLabel, valueText } from '../../src/explore/present.ts';
import { parseState } from '../../src/explore/state.ts';

/** Explore's result for an address's selection, from the built Parquet by DuckDB for Node (the page's own SQL). */
export async function expected(search: string): Promise<ResultRow[]> {
  const db = await openParquetDb();
  try {
    return await db.query<ResultRow>(resultSql(parseState(search)));
  } finally {
    db.close();
  }
}

/** The result table's first four columns as the page shows them. */
export async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('#result tbody tr')
    .evaluateAll((rows) => rows.map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent ?? '')));
}

/** The same four columns as the page would write them for these rows (Vietnamese). */
export function expectedRows(rows: readonly ResultRow[]): string[][] {
  return rows.map((r) => [r.indicator_vi, placeLabel(r, 'vi'), periodLabel(r, 'vi'), valueText(r, 'vi')]);
}

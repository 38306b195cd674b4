import type { APIRoute } from 'astro';
import { buildDb } from '../../../build/render-view.ts';
import { currentRelease } from '../../../build/release.ts';
import { COVERAGE_SQL, type CoverageRow } from '../../../service/api.ts';
import { apiEnvelope, indicatorEntry } from '../../../service/api-index.ts';

/** `/api/v1/indicators.json`: every indicator with published figures, its coverage and its files. */
export const GET: APIRoute = async () => {
  const rows = await (await buildDb()).query<CoverageRow>(COVERAGE_SQL);
  const body = { ...apiEnvelope(await currentRelease()), indicators: rows.map(indicatorEntry) };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};

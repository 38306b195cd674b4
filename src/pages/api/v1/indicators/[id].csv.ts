import type { APIRoute } from 'astro';
import { apiCsv, apiFigures } from '../../../../build/api-files.ts';
import { buildDb } from '../../../../build/render-view.ts';
import { currentRelease } from '../../../../build/release.ts';
import type { CoverageRow } from '../../../../service/api.ts';
import { indicatorApiPaths } from '../../../../service/api-paths.ts';

export const getStaticPaths = async () => indicatorApiPaths(await buildDb());

/** `/api/v1/indicators/<id>.csv`: every published figure of one indicator, one row each. */
export const GET: APIRoute = async ({ props }) => {
  const { row } = props as { row: CoverageRow };
  const csv = apiCsv(await apiFigures(row.id, (await currentRelease()).id));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};

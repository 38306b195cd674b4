import type { APIRoute } from 'astro';
import { apiParquet } from '../../../../build/api-files.ts';
import { buildDb } from '../../../../build/render-view.ts';
import { currentRelease } from '../../../../build/release.ts';
import type { CoverageRow } from '../../../../service/api.ts';
import { indicatorApiPaths } from '../../../../service/api-paths.ts';

export const getStaticPaths = async () => indicatorApiPaths(await buildDb());

/** `/api/v1/indicators/<id>.parquet`: the CSV's rows with their types. */
export const GET: APIRoute = async ({ props }) => {
  const { row } = props as { row: CoverageRow };
  const bytes = await apiParquet(row.id, (await currentRelease()).id);
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.apache.parquet' } });
};

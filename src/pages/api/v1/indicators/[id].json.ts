import type { APIRoute } from 'astro';
import { apiFigures } from '../../../../build/api-files.ts';
import { buildDb } from '../../../../build/render-view.ts';
import { currentRelease } from '../../../../build/release.ts';
import { API_COLUMNS, type CoverageRow } from '../../../../service/api.ts';
import { apiEnvelope, indicatorEntry } from '../../../../service/api-index.ts';
import { indicatorApiPaths } from '../../../../service/api-paths.ts';

export const getStaticPaths = async () => indicatorApiPaths(await buildDb());

/** `/api/v1/indicators/<id>.json`: the indicator and every published figure of it. */
export const GET: APIRoute = async ({ props }) => {
  const { row } = props as { row: CoverageRow };
  const release = await currentRelease();
  const body = {
    ...apiEnvelope(release),
    indicator: indicatorEntry(row),
    columns: API_COLUMNS,
    figures: await apiFigures(row.id, release.id),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};

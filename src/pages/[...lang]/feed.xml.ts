import type { APIRoute } from 'astro';
import { renderFeed } from '../../build/feed.ts';
import { readReleases } from '../../build/releases.ts';
import { langOf, langPaths } from '../../i18n/routes.ts';

export const getStaticPaths = langPaths;

/** `/feed.xml` (Vietnamese) and `/en/feed.xml` (English): Atom, one entry per release. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await renderFeed(langOf(params.lang), await readReleases()), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });

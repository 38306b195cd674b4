import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTopologyLoader } from '../geo/load.ts';
import { MAP_URL, type VietnamTopology } from '../geo/map.ts';
import type { Lang } from '../lib/format.ts';
import type { Db } from '../lib/sql.ts';
import { createFigure, fillFigure } from '../views/render.ts';
import { VIEWS } from '../views/registry.ts';
import type { SourceRef, ViewParams } from '../views/view.ts';
import { openParquetDb } from './db.ts';
import { createBuildDocument } from './dom.ts';
import { currentRelease } from './release.ts';

let db: Promise<Db> | undefined;

// At build the map comes from the file `npm run map` wrote, not over HTTP.
setTopologyLoader(async () => JSON.parse(await readFile(path.join('public', MAP_URL), 'utf8')) as VietnamTopology);

/** One DuckDB for the whole build: every page queries the same Parquet. */
export function buildDb(): Promise<Db> {
  db ??= openParquetDb();
  return db;
}

/** Renders a figure to static HTML with the view the browser will use to make it live. */
export async function renderFigureHtml(
  viewName: string,
  id: string,
  params: ViewParams,
  lang: Lang,
  level: 1 | 2 | 3 = 3,
): Promise<string> {
  return (await renderFigure(viewName, id, params, lang, level)).html;
}

/** A figure's static HTML with its title and subtitle, for a page that shows it alone (an embed). */
export async function renderFigure(
  viewName: string,
  id: string,
  params: ViewParams,
  lang: Lang,
  level: 1 | 2 | 3 = 3,
): Promise<{ html: string; title: string; subtitle: string }> {
  const view = VIEWS[viewName];
  if (!view) throw new Error(`no view ${viewName}`);
  const document = createBuildDocument();
  const figure = createFigure(document, id, lang, level);
  const release = (await currentRelease()).id;
  const result = await view(await buildDb(), params, { lang, document, release });
  fillFigure(figure, result, lang);
  return { html: figure.outerHTML, title: result.title, subtitle: result.subtitle };
}

/** A figure's title and sources in one language, without drawing it: what its citation names. */
export async function figureCitationParts(
  viewName: string,
  params: ViewParams,
  lang: Lang,
): Promise<{ title: string; sources: SourceRef[]; titleSources?: string[] }> {
  const view = VIEWS[viewName];
  if (!view) throw new Error(`no view ${viewName}`);
  const { title, sources, titleSources } = await view(await buildDb(), params, {
    lang,
    document: createBuildDocument(),
  });
  return { title, sources, titleSources };
}

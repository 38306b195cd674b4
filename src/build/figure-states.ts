import type { Lang } from '../lib/format.ts';
import type { Db } from '../lib/sql.ts';
import { STATE_PARTS, type FigureGeometry, type FigureState, widthOf } from '../views/figure-state.ts';
import { createFigure, fillFigure } from '../views/render.ts';
import { VIEWS } from '../views/registry.ts';
import type { ViewParams } from '../views/view.ts';
import { createBuildDocument } from './dom.ts';

/** Map outlines seen so far, by geometry name (63, 34): each is shipped once, whatever the state. */
export type GeometryStore = Record<string, FigureGeometry>;

/**
 * Renders one state of a figure with the view the page was built with, and keeps it as data: markup of
 * the text parts and the chart, with each province's outline moved out into `geometry`.
 */
export async function renderFigureState(
  db: Db,
  viewName: string,
  id: string,
  params: ViewParams,
  lang: Lang,
  geometry: GeometryStore,
  /** The release the page states (its "about the data"), which the state's CSV names on every row. */
  release?: string,
): Promise<FigureState> {
  const view = VIEWS[viewName];
  if (!view) throw new Error(`no view ${viewName}`);
  const document = createBuildDocument();
  const figure = createFigure(document, id, lang);
  const result = await view(db, params, { lang, document, release });
  fillFigure(figure, result, lang);
  const part = (name: string) => figure.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
  const chart = part('chart');
  for (const drawing of chart.children) {
    const geo = drawing.matches('[data-geo]') ? drawing : drawing.querySelector('[data-geo]');
    if (!geo) continue;
    const outlines = ((geometry[geo.getAttribute('data-geo')!] ??= {})[widthOf(drawing)] ??= {});
    for (const path of geo.querySelectorAll('path[data-code]')) {
      const code = path.getAttribute('data-code')!;
      const d = path.getAttribute('d') ?? '';
      // The projection depends on the map alone: a state that drew a province elsewhere would be a bug.
      if (outlines[code] !== undefined && outlines[code] !== d) throw new Error(`${id}: ${code} drawn two ways`);
      outlines[code] = d;
      path.removeAttribute('d');
    }
  }
  return {
    parts: Object.fromEntries(STATE_PARTS.map((name) => [name, part(name).innerHTML])),
    chart: {
      html: chart.innerHTML,
      label: chart.getAttribute('aria-label') ?? '',
      role: chart.getAttribute('role') ?? '',
    },
    csv: result.csv,
  };
}

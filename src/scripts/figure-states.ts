import { langOf } from '../i18n/routes.ts';
import {
  type FigureGeometry,
  type FigureState,
  STATE_PARTS,
  STATES_DIR,
  stateKey,
  widthOf,
} from '../views/figure-state.ts';
import { exploreAddress } from '../views/explore-link.ts';
import { csvDataUri } from '../views/view.ts';

// Outlines of each map (63, 34) by width and province: read from the page first, fetched once otherwise.
const geometries = new Map<string, Promise<FigureGeometry>>();

function harvest(chart: Element): void {
  for (const drawing of chart.children) {
    const geo = drawing.matches('[data-geo]') ? drawing : drawing.querySelector('[data-geo]');
    const name = geo?.getAttribute('data-geo');
    if (!geo || !name || geometries.has(name)) continue;
    const outlines: FigureGeometry = {};
    for (const other of chart.children) {
      const byCode: Record<string, string> = (outlines[widthOf(other)] = {});
      for (const path of other.querySelectorAll('path[data-code]'))
        byCode[path.getAttribute('data-code')!] = path.getAttribute('d') ?? '';
    }
    geometries.set(name, Promise.resolve(outlines));
  }
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The address of a figure's state for the form's current values. */
export function stateUrl(form: HTMLFormElement, figureId: string): string {
  const values = [...form.querySelectorAll('select')].map((s) => s.value);
  return `/${STATES_DIR}/${langOf(document.documentElement.lang)}/${figureId}/${stateKey(values)}.json`;
}

/**
 * Shows the state the form's values choose, rendered at build, in place of the figure's current one.
 * Returns false when the build has no such state (e.g. `astro dev`), for the caller to compute it live.
 */
export async function showState(form: HTMLFormElement): Promise<boolean> {
  const block = form.closest<HTMLElement>('[data-view]');
  const figure = block?.querySelector<HTMLElement>('figure[id]');
  if (!block || !figure) return false;
  const part = (name: string) => figure.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
  harvest(part('chart'));
  let state: FigureState;
  try {
    state = await json<FigureState>(stateUrl(form, figure.id));
  } catch {
    return false;
  }
  const chart = document.createElement('div');
  chart.innerHTML = state.chart.html;
  for (const drawing of chart.children) {
    const geo = drawing.matches('[data-geo]') ? drawing : drawing.querySelector('[data-geo]');
    const name = geo?.getAttribute('data-geo');
    if (!geo || !name) continue;
    if (!geometries.has(name)) geometries.set(name, json<FigureGeometry>(`/${STATES_DIR}/geo/${name}.json`));
    const outlines = (await geometries.get(name)!)[widthOf(drawing)] ?? {};
    for (const path of geo.querySelectorAll('path[data-code]'))
      path.setAttribute('d', outlines[path.getAttribute('data-code')!] ?? '');
  }
  for (const name of STATE_PARTS) part(name).innerHTML = state.parts[name] ?? '';
  const target = part('chart');
  target.replaceChildren(...chart.children);
  target.setAttribute('aria-label', state.chart.label);
  target.setAttribute('role', state.chart.role);
  const download = part('download') as HTMLAnchorElement;
  download.href = csvDataUri(state.csv.text);
  download.setAttribute('download', state.csv.filename);
  const explore = block.querySelector<HTMLAnchorElement>('a[data-open-explore]');
  if (explore) {
    const params = { ...JSON.parse(block.dataset.params ?? '{}'), ...Object.fromEntries(new FormData(form)) };
    explore.href = exploreAddress(explore.dataset.openExplore ?? '', block.dataset.view ?? '', params);
  }
  figure.dataset.live = 'state'; // redrawn in place from a state the build rendered
  return true;
}

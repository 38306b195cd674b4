/**
 * One state of a figure (its view run with one set of control values), rendered at build by the same
 * view code and swapped in place in the browser without an engine. A state is data: the parts' markup,
 * the CSV text and, for a map, its provinces' colours and labels; the map's geometry is not in it
 * (see FigureGeometry), it is drawn once.
 */
export interface FigureState {
  /** Markup of the figure's text parts, by data-part: title, subtitle, legend, notes, sources, table. */
  parts: Record<string, string>;
  /** The chart at each width (chart-narrow, chart-wide), map paths without their `d`. */
  chart: { html: string; label: string; role: string };
  csv: { filename: string; text: string };
}

/** A map's province outlines by width and province code: `geometry[width][code]` is a path's `d`. */
export type FigureGeometry = Record<string, Record<string, string>>;

/** The parts of a figure a state replaces as markup. */
export const STATE_PARTS = ['title', 'subtitle', 'legend', 'notes', 'sources', 'table'] as const;

/** Where a figure's states are served, relative to the site root. */
export const STATES_DIR = 'states';

/**
 * The file name of a state: its control values in the form's order. Values are ISO periods, map and
 * measure names, so they are already safe in a path; anything else is percent-encoded.
 */
export function stateKey(values: readonly string[]): string {
  return values.map((v) => encodeURIComponent(v).replace(/%/g, '~')).join('_') || 'default';
}

/** The width name of a chart drawing ('narrow' or 'wide') from its class. */
export function widthOf(element: Element): string {
  return element.getAttribute('class')?.match(/chart-(\w+)/)?.[1] ?? '';
}

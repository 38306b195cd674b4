import type { Lang } from '../lib/format.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { csvDataUri, type ChartView, type LegendItem, type SourceRef } from './view.ts';
import { sourceDetails } from '../lib/presentation.ts';
import { orderByAuthority, sourcesToName } from '../lib/sources.ts';

/** The widths every chart is drawn at: CSS shows the narrow one on phones, the wide one elsewhere. */
export const CHART_WIDTHS = { narrow: 360, wide: 640 } as const;
/** Past this many sources, the line names the latest and the table names each row's own. */
const SOURCES_IN_LINE = 3;
const SVG = 'http://www.w3.org/2000/svg';

/**
 * The DOM of a chart figure, built by one function at build time (jsdom) and in the browser, so a
 * live update cannot drift from what the static page shows. Text goes in as text, never as HTML.
 */
export function createFigure(doc: Document, id: string, lang: Lang, level: 1 | 2 | 3 = 3): HTMLElement {
  const t = useBrowserTranslations(lang).site;
  const figure = doc.createElement('figure');
  figure.className = 'chart-figure';
  figure.id = id;
  figure.setAttribute('aria-labelledby', `${id}-title`);
  const el = (tag: string, part: string, parent: Element = figure) => {
    const node = doc.createElement(tag);
    node.dataset.part = part;
    parent.append(node);
    return node;
  };
  // A figure right under the page title is a section of its own (h2); under a section heading, an h3; alone on
  // its embed page, the page's title (h1).
  el(`h${level}`, 'title').id = `${id}-title`;
  el('p', 'subtitle').className = 'subtitle';
  el('ul', 'legend').className = 'legend';
  const chart = el('div', 'chart');
  chart.className = 'chart';
  chart.setAttribute('role', 'img');
  el('div', 'notes').className = 'notes';
  const caption = el('figcaption', 'caption');
  el('p', 'sources', caption).className = 'sources';
  const details = el('details', 'details');
  const summary = doc.createElement('summary');
  summary.textContent = t.tableView;
  details.append(summary);
  const table = el('div', 'table', details);
  table.className = 'table-wrap';
  // A table wider than a phone scrolls sideways: the keyboard must reach it, and it says what it is.
  table.tabIndex = 0;
  table.setAttribute('role', 'region');
  table.setAttribute('aria-label', useBrowserTranslations(lang).controls.tableRegion);
  const download = el('a', 'download') as HTMLAnchorElement;
  download.className = 'download';
  download.textContent = t.download;
  // The chart as a file that carries its title, source, release and licence (src/scripts/chart-export.ts):
  // made in the browser, so shown only with JavaScript.
  const exports = el('span', 'exports');
  exports.className = 'chart-exports';
  exports.hidden = true;
  for (const format of ['svg', 'png'] as const) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.chartExport = format;
    button.textContent = t.chartExport[format];
    exports.append(button);
  }
  return figure;
}

function part(figure: Element, name: string): HTMLElement {
  const node = figure.querySelector<HTMLElement>(`[data-part="${name}"]`);
  if (!node) throw new Error(`figure ${figure.id} has no part ${name}`);
  return node;
}

/** Puts a view's title, chart, notes, sources, table and download into a figure. */
export function fillFigure(figure: HTMLElement, view: ChartView, lang: Lang): void {
  const doc = figure.ownerDocument;
  part(figure, 'title').textContent = view.title;
  part(figure, 'subtitle').textContent = view.subtitle;
  const chart = part(figure, 'chart');
  chart.setAttribute('aria-label', view.alt);
  chart.setAttribute('role', view.interactive ? 'group' : 'img');
  chart.replaceChildren(...drawAtWidths(view.draw, view.interactive));
  part(figure, 'legend').replaceChildren(...view.legend.map((item) => legendItem(doc, item)));
  part(figure, 'notes').replaceChildren(
    ...view.notes.map((text) => Object.assign(doc.createElement('p'), { textContent: text })),
  );
  part(figure, 'sources').replaceChildren(...sourceLine(doc, view.sources, lang, view.titleSources));
  part(figure, 'table').replaceChildren(renderTable(doc, view.table));
  const download = part(figure, 'download') as HTMLAnchorElement;
  download.href = csvDataUri(view.csv.text);
  download.setAttribute('download', view.csv.filename);
}

/** Where the wide chart is the one shown: the breakpoint of `.chart .chart-wide` in src/styles/site.css. */
export const WIDE_MEDIA = '(min-width: 40rem)';

/** The chart at each of CHART_WIDTHS (or the widths given), marked for CSS to show the one that fits. */
export function drawAtWidths(
  draw: (width: number) => Element,
  interactive = false,
  widths: Partial<typeof CHART_WIDTHS> = CHART_WIDTHS,
): Element[] {
  return Object.entries(widths).map(([name, width]) => {
    const svg = draw(width);
    svg.classList.add(`chart-${name}`);
    // Plot sizes a chart with a legend by an inline max-width that would override the stylesheet.
    if (svg.tagName.toLowerCase() === 'figure') (svg as HTMLElement).style.removeProperty('max-width');
    // The container is the image, named by the view's text alternative; an interactive chart keeps its parts.
    if (!interactive) svg.setAttribute('aria-hidden', 'true');
    return svg;
  });
}

function legendItem(doc: Document, item: LegendItem): HTMLLIElement {
  const li = doc.createElement('li');
  // An SVG swatch: presentation attributes, no inline style for the CSP to refuse.
  const svg = doc.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ width: 28, height: 12, 'aria-hidden': 'true', class: 'swatch' }))
    svg.setAttribute(k, String(v));
  const mark = doc.createElementNS(SVG, item.kind === 'bar' || item.kind === 'hatch' ? 'rect' : 'line');
  const attributes =
    item.kind === 'bar'
      ? { x: 0, y: 1, width: 28, height: 10, fill: item.color }
      : item.kind === 'hatch'
        ? { x: 0.5, y: 1.5, width: 27, height: 9, fill: 'white', stroke: item.color, 'stroke-dasharray': '2,2' }
        : {
            x1: 0,
            x2: 28,
            y1: 6,
            y2: 6,
            stroke: item.color,
            'stroke-width': 3,
            ...(item.kind === 'dash' ? { 'stroke-dasharray': '5,3' } : {}),
          };
  for (const [k, v] of Object.entries(attributes)) mark.setAttribute(k, String(v));
  svg.append(mark);
  li.append(svg, doc.createTextNode(item.label));
  return li;
}

/**
 * "Nguồn: Title (publisher, 02/09/2018); …" with each title linking to the published page. With
 * many sources, the source of the title's figure is named (else the most authoritative) and the table view gives
 * each figure its own.
 */
export function sourceLine(
  doc: Document,
  sources: readonly SourceRef[],
  lang: Lang,
  /** The ids of the sources of the figure the title states: named first where not every source fits. */
  titleSources: readonly string[] = [],
): Node[] {
  const t = useBrowserTranslations(lang);
  const nodes: Node[] = [doc.createTextNode(`${sources.length > 1 ? t.site.sources : t.site.source}: `)];
  // Most authoritative first (official report, official portal, press, repost), then the latest.
  let shown = orderByAuthority(sources);
  if (sources.length > SOURCES_IN_LINE) {
    // Where the title's figure was published, said as such; a citizen reads the title first.
    const { named, ofTitle } = sourcesToName(sources, titleSources);
    shown = named;
    nodes.push(
      doc.createTextNode(t.views.manySources(sources.length) + (ofTitle ? t.views.titleSource : t.views.firstSource)),
    );
  }
  shown.forEach((s, i) => {
    if (i > 0) nodes.push(doc.createTextNode('; '));
    const title = s.url
      ? Object.assign(doc.createElement('a'), { href: s.url, textContent: s.title, rel: 'noopener' })
      : doc.createTextNode(s.title);
    nodes.push(title);
    const details = sourceDetails(s, lang);
    if (details) nodes.push(doc.createTextNode(` (${details})`));
  });
  return nodes;
}

/** A plain table; the first column names the row. */
export function renderTable(doc: Document, table: ChartView['table']): HTMLTableElement {
  const el = doc.createElement('table');
  const head = el.createTHead().insertRow();
  for (const column of table.columns) {
    const th = doc.createElement('th');
    th.scope = 'col';
    th.textContent = column;
    head.append(th);
  }
  const body = el.createTBody();
  for (const row of table.rows) {
    const tr = body.insertRow();
    row.forEach((cell, i) => {
      const td = doc.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) (td as HTMLTableCellElement).scope = 'row';
      if (typeof cell === 'string') td.textContent = cell;
      else if (cell.href)
        td.append(Object.assign(doc.createElement('a'), { href: cell.href, textContent: cell.text, rel: 'noopener' }));
      else td.textContent = cell.text;
      tr.append(td);
    });
  }
  return el;
}

import { chooseChart, exploreChart, rankedPeriod, seriesPlaces } from '../charts/explore.ts';
import type { VietnamTopology } from '../geo/map.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { localName } from '../i18n/local-name.ts';
import { formatCount, formatNumber, type Lang } from '../lib/format.ts';
import { CHART_WIDTHS, drawAtWidths, sourceLine, WIDE_MEDIA } from '../views/render.ts';
import { chooseMap, exploreMap, mapSummary, mapValues, recolourMap, type MapChoice } from './map.ts';
import { periodLabel, resultNotes, resultTitle } from './present.ts';
import type { ExploreResult } from './run.ts';
import type { ExploreState } from './state.ts';
import { updateResultTable } from './table.ts';

const PARTS = ['title', 'view', 'subtitle', 'legend', 'chart', 'notes', 'sources', 'downloads', 'table'] as const;

/** The result block's empty DOM: the same at build (jsdom) and live. */
export function createResultBlock(doc: Document, lang: Lang): HTMLElement {
  const t = useBrowserTranslations(lang).explore;
  const block = doc.createElement('section');
  block.className = 'explore-result';
  block.id = 'result';
  block.setAttribute('aria-labelledby', 'result-title');
  for (const name of PARTS) {
    const tag =
      name === 'title' ? 'h2' : name === 'legend' ? 'ul' : name === 'subtitle' || name === 'sources' ? 'p' : 'div';
    const node = doc.createElement(tag);
    node.dataset.part = name;
    node.className = {
      title: '',
      view: 'chart-view',
      subtitle: 'subtitle',
      legend: 'legend',
      chart: 'chart',
      notes: 'notes',
      sources: 'sources',
      downloads: 'downloads',
      table: 'table-wrap',
    }[name];
    if (name === 'title') node.id = 'result-title';
    if (name === 'chart') node.setAttribute('role', 'img');
    if (name === 'table') {
      // A result wider than a phone scrolls sideways: reachable by keyboard, and named.
      node.tabIndex = 0;
      node.setAttribute('role', 'region');
      node.setAttribute('aria-label', useBrowserTranslations(lang).controls.tableRegion);
    }
    if (name === 'view') node.setAttribute('hidden', ''); // shown when the result can be mapped
    block.append(node);
  }
  const downloads = block.querySelector('[data-part="downloads"]')!;
  downloads.setAttribute('hidden', '');
  downloads.setAttribute('data-needs-js', '');
  for (const [format, label] of [
    ['csv', 'CSV'],
    ['parquet', 'Parquet'],
    ['svg', t.chartSvg],
    ['png', t.chartPng],
  ] as const) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.download = format;
    button.textContent = t.download(label);
    downloads.append(button);
  }
  return block;
}

function part(block: Element, name: (typeof PARTS)[number]): HTMLElement {
  return block.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
}

/**
 * Puts a result into its block: title, chart at both widths (or the province map, when the reader
 * asks for it and the map is given), legend, notes, sources, sortable table.
 */
export function fillResult(
  block: HTMLElement,
  result: ExploreResult,
  state: ExploreState,
  lang: Lang,
  doc: Document = block.ownerDocument,
  topology?: VietnamTopology,
): void {
  const { rows } = result;
  part(block, 'title').textContent = resultTitle(rows, lang);
  const choice = chooseMap(rows, state);
  fillViewChoice(part(block, 'view'), choice, state, lang, doc);
  if (choice && state.view === 'map' && topology) fillMap(block, result, choice, state, lang, doc, topology);
  else fillChart(block, result, lang, doc);
  // A place the reader chose that has no figure does not vanish without a word.
  const missing = state.places.filter((code) => !rows.some((r) => r.place_code === code));
  if (missing.length > 0) {
    const name = (code: string) =>
      doc
        .querySelector(`input[name="places"][value="${CSS.escape(code)}"]`)
        ?.closest('label')
        ?.textContent?.trim() || code;
    const note = doc.createElement('p');
    note.dataset.placesWithoutFigure = missing.join(',');
    note.textContent = useBrowserTranslations(lang).controls.placesWithoutFigure(missing.map(name).join(', '));
    part(block, 'notes').prepend(note);
  }
  const sources = result.sources.map((s) => ({ ...s, publisher: s.publisher }));
  const uploads = [...new Set(rows.flatMap((r) => r.sources.split(', ')).filter((id) => id.startsWith('upload:')))];
  part(block, 'sources').replaceChildren(
    ...(sources.length > 0 ? sourceLine(doc, sources, lang) : []),
    ...uploads.map((u) => doc.createTextNode(` ${u}`)),
  );
  const wrap = part(block, 'table');
  const shown = wrap.querySelector<HTMLTableElement>('table[data-result]');
  const table = updateResultTable(doc, shown, rows, lang, state.sort, result.sources);
  if (table !== shown) wrap.replaceChildren(table);
  block.dataset.rows = String(rows.length);
}

function fillChart(block: HTMLElement, result: ExploreResult, lang: Lang, doc: Document): void {
  const t = useBrowserTranslations(lang).explore.subtitles;
  const { rows } = result;
  const { kind, latestOnly } = chooseChart(rows);
  const latest = rankedPeriod(rows);
  const subtitle = {
    series: t.series,
    ranking: latestOnly && latest ? t.rankingLatest(periodLabel(latest, lang)) : t.ranking,
    multiples: t.multiples,
    empty: t.empty,
  }[kind];
  part(block, 'subtitle').textContent = subtitle;
  const chart = part(block, 'chart');
  const sameKind = chart.dataset.kind === kind;
  chart.dataset.kind = kind;
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', `${subtitle} ${resultTitle(rows, lang)}`);
  drawShown(chart, sameKind, (width) => exploreChart(rows, { lang, width, document: doc }));
  const legend = kind === 'series' && seriesPlaces(rows, lang).length > 1 ? seriesPlaces(rows, lang) : [];
  part(block, 'legend').replaceChildren(
    ...legend.map(({ label, color }) => {
      const li = doc.createElement('li');
      const swatch = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
      for (const [k, v] of Object.entries({ width: '28', height: '12', 'aria-hidden': 'true', class: 'swatch' }))
        swatch.setAttribute(k, v);
      const line = doc.createElementNS('http://www.w3.org/2000/svg', 'line');
      for (const [k, v] of Object.entries({ x1: '0', x2: '28', y1: '6', y2: '6', stroke: color, 'stroke-width': '3' }))
        line.setAttribute(k, v);
      swatch.append(line);
      li.append(swatch, doc.createTextNode(label));
      return li;
    }),
  );
  part(block, 'notes').replaceChildren(
    ...resultNotes(rows, result.excluded, lang).map((text) =>
      Object.assign(doc.createElement('p'), { textContent: text }),
    ),
  );
}

/** A drawing of the other width, waiting for the reader to stop changing the span. */
const pending = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();
/** How long the span must rest before the width not shown is drawn again. */
const SETTLE_MS = 150;

/**
 * The chart at both widths (CSS shows the one that fits), as drawAtWidths. Live, when the chart already holds
 * the same kind of drawing (a span changed), only the width the reader sees is drawn at once: the other keeps
 * its previous drawing, hidden, until the span has rested SETTLE_MS, then it is drawn too, so that the
 * settled chart is the one a full redraw gives and a drag draws one chart per change, not two.
 */
function drawShown(
  chart: HTMLElement,
  sameKind: boolean,
  draw: (width: number) => Element,
  interactive = false,
  update?: (drawn: Element) => boolean,
): void {
  const view = chart.ownerDocument.defaultView;
  const narrow = chart.querySelector(':scope > .chart-narrow');
  const wide = chart.querySelector(':scope > .chart-wide');
  clearTimeout(pending.get(chart));
  pending.delete(chart);
  // Only values changed (a map's fills and titles): both widths are updated where they stand, no new drawing.
  if (sameKind && update && narrow && wide && update(narrow) && update(wide)) return;
  if (!sameKind || !view?.matchMedia || !narrow || !wide) {
    chart.replaceChildren(...drawAtWidths(draw, interactive));
    return;
  }
  const isWide = view.matchMedia(WIDE_MEDIA).matches;
  const only = (name: keyof typeof CHART_WIDTHS) =>
    drawAtWidths(draw, interactive, { [name]: CHART_WIDTHS[name] } as Partial<typeof CHART_WIDTHS>)[0]!;
  if (isWide) wide.replaceWith(only('wide'));
  else narrow.replaceWith(only('narrow'));
  pending.set(
    chart,
    setTimeout(() => {
      pending.delete(chart);
      chart
        .querySelector(`:scope > .chart-${isWide ? 'narrow' : 'wide'}`)
        ?.replaceWith(only(isWide ? 'narrow' : 'wide'));
    }, SETTLE_MS),
  );
}

/** The province map of one rate and one period, from the result's own rows. */
function fillMap(
  block: HTMLElement,
  result: ExploreResult,
  choice: MapChoice,
  state: ExploreState,
  lang: Lang,
  doc: Document,
  topology: VietnamTopology,
): void {
  const t = useBrowserTranslations(lang).explore;
  const { values, shown, duplicates, blocked } = mapValues(result.rows, choice, lang);
  const { heading, subtitle } = mapSummary(choice, shown, state.map, lang);
  part(block, 'subtitle').textContent = subtitle;
  const chart = part(block, 'chart');
  const sameKind = chart.dataset.kind === 'map' && chart.dataset.geo === state.map;
  chart.dataset.kind = 'map';
  chart.dataset.geo = state.map;
  // Each province is a keyboard stop that names itself and its figure: a group, not one image.
  chart.setAttribute('role', 'group');
  chart.setAttribute('aria-label', `${heading}. ${subtitle}`);
  drawShown(
    chart,
    sameKind,
    (width) => exploreMap(topology, state.map, values, heading, { lang, width, document: doc }),
    true,
    (drawn) => recolourMap(drawn, state.map, values, heading, lang),
  );
  part(block, 'legend').replaceChildren(); // the map carries its legend, so that the download does too
  const notes = resultNotes(result.rows, result.excluded, lang);
  if (blocked > 0) notes.unshift(t.blockedProvinces(formatNumber(blocked, lang, 0)));
  if (duplicates > 0) notes.unshift(t.duplicates(formatNumber(duplicates, lang, 0)));
  part(block, 'notes').replaceChildren(
    ...notes.map((text) => Object.assign(doc.createElement('p'), { textContent: text })),
  );
}

/** Chart or map, and the map's indicator and period: offered when the result can be mapped. */
function fillViewChoice(
  el: HTMLElement,
  choice: MapChoice | null,
  state: ExploreState,
  lang: Lang,
  doc: Document,
): void {
  const words = useBrowserTranslations(lang);
  const t = words.explore;
  el.hidden = choice === null;
  if (!choice) {
    el.replaceChildren();
    return;
  }
  const map = state.view === 'map';
  const group = doc.createElement('fieldset');
  const legend = doc.createElement('legend');
  legend.textContent = t.showAs;
  group.append(legend);
  for (const [value, label] of [
    ['chart', t.asChart],
    ['map', t.asMap(state.map)],
  ] as const) {
    const item = doc.createElement('label');
    const radio = doc.createElement('input');
    radio.type = 'radio';
    radio.name = 'view';
    radio.value = value;
    radio.checked = state.view === value;
    item.append(radio, doc.createTextNode(` ${label}`));
    group.append(item);
  }
  const nodes: HTMLElement[] = [group];
  const select = (name: string, label: string, options: Array<[string, string]>, value: string) => {
    const wrap = doc.createElement('label');
    const span = doc.createElement('span');
    span.textContent = label;
    const el = doc.createElement('select');
    el.name = name;
    for (const [v, text] of options) {
      const option = doc.createElement('option');
      option.value = v;
      option.textContent = text;
      option.selected = v === value;
      el.append(option);
    }
    wrap.append(span, el);
    return wrap;
  };
  if (map && choice.indicators.length > 1) {
    nodes.push(
      select(
        'mapind',
        t.mapIndicator,
        choice.indicators.map((i) => [i.id, localName(i, lang)]),
        choice.indicator,
      ),
    );
  }
  if (map) {
    nodes.push(
      select(
        'at',
        t.mapPeriod,
        choice.periods.map((p) => [
          p.key,
          t.mapPeriodChoice(periodLabel(p.row, lang), formatCount(p.provinces, words.units.provinces, lang)),
        ]),
        choice.period,
      ),
    );
  }
  el.replaceChildren(...nodes);
}

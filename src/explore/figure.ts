import { chooseChart, exploreChart, rankedPeriod, seriesPlaces, updateRanking } from '../charts/explore.ts';
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
  setText(part(block, 'title'), resultTitle(rows, lang));
  const choice = chooseMap(rows, state);
  fillViewChoice(part(block, 'view'), choice, state, lang, doc);
  const notes =
    choice && state.view === 'map' && topology
      ? fillMap(block, result, choice, state, lang, doc, topology)
      : fillChart(block, result, lang, doc);
  // A place the reader chose that has no figure does not vanish without a word.
  const missing = state.places.filter((code) => !rows.some((r) => r.place_code === code));
  const name = (code: string) =>
    doc
      .querySelector(`input[name="places"][value="${CSS.escape(code)}"]`)
      ?.closest('label')
      ?.textContent?.trim() || code;
  const missingNote =
    missing.length > 0 ? useBrowserTranslations(lang).controls.placesWithoutFigure(missing.map(name).join(', ')) : '';
  fillPart(part(block, 'notes'), [missing, missingNote, notes], () => {
    const paragraphs = [missingNote, ...notes]
      .filter(Boolean)
      .map((text) => Object.assign(doc.createElement('p'), { textContent: text }));
    if (missing.length > 0) paragraphs[0]!.dataset.placesWithoutFigure = missing.join(',');
    return paragraphs;
  });
  const sources = result.sources.map((s) => ({ ...s, publisher: s.publisher }));
  const uploads = [...new Set(rows.flatMap((r) => r.sources.split(', ')).filter((id) => id.startsWith('upload:')))];
  fillPart(part(block, 'sources'), [lang, sources, uploads], () => [
    ...(sources.length > 0 ? sourceLine(doc, sources, lang) : []),
    ...uploads.map((u) => doc.createTextNode(` ${u}`)),
  ]);
  const wrap = part(block, 'table');
  const shown = wrap.querySelector<HTMLTableElement>('table[data-result]');
  const table = updateResultTable(doc, shown, rows, lang, state.sort, result.sources);
  if (table !== shown) wrap.replaceChildren(table);
  block.dataset.rows = String(rows.length);
}

/** What a part was last filled from: the same again leaves its nodes alone (a span that changes little). */
const filledFrom = new WeakMap<HTMLElement, string>();

function fillPart(el: HTMLElement, from: unknown, make: () => Node[]): void {
  const key = JSON.stringify(from);
  if (filledFrom.get(el) === key) return;
  el.replaceChildren(...make());
  filledFrom.set(el, key);
}

/** A part's text, written only when it changed. */
function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** The chart of a result; its notes are returned for the block's notes part. */
function fillChart(block: HTMLElement, result: ExploreResult, lang: Lang, doc: Document): string[] {
  const t = useBrowserTranslations(lang).explore.subtitles;
  const { rows } = result;
  const { kind, latestOnly, dots } = chooseChart(rows);
  const latest = rankedPeriod(rows);
  const subtitle = {
    series: dots ? t.seriesPoints : t.series,
    ranking: latestOnly && latest ? t.rankingLatest(periodLabel(latest, lang)) : t.ranking,
    multiples: t.multiples,
    empty: t.empty,
  }[kind];
  setText(part(block, 'subtitle'), subtitle);
  const chart = part(block, 'chart');
  const sameKind = chart.dataset.kind === kind;
  chart.dataset.kind = kind;
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-label', `${subtitle} ${resultTitle(rows, lang)}`);
  drawShown(
    chart,
    sameKind,
    (width) => exploreChart(rows, { lang, width, document: doc }),
    false,
    // A ranking's bars, labels and axis are rewritten where they stand (another span: other values, order).
    kind === 'ranking' ? (drawn) => updateRanking(drawn, rows, lang) : undefined,
  );
  const legend = kind === 'series' && seriesPlaces(rows, lang).length > 1 ? seriesPlaces(rows, lang) : [];
  // A dot for places drawn as dots (singlePoints), a line for places drawn as lines.
  fillPart(part(block, 'legend'), [legend, dots === true], () =>
    legend.map(({ label, color }) => {
      const li = doc.createElement('li');
      const swatch = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
      for (const [k, v] of Object.entries({ width: '28', height: '12', 'aria-hidden': 'true', class: 'swatch' }))
        swatch.setAttribute(k, v);
      const mark = dots
        ? { tag: 'circle', attributes: { cx: '14', cy: '6', r: '4', fill: color } }
        : { tag: 'line', attributes: { x1: '0', x2: '28', y1: '6', y2: '6', stroke: color, 'stroke-width': '3' } };
      const shape = doc.createElementNS('http://www.w3.org/2000/svg', mark.tag);
      for (const [k, v] of Object.entries(mark.attributes)) shape.setAttribute(k, v);
      swatch.append(shape);
      li.append(swatch, doc.createTextNode(label));
      return li;
    }),
  );
  return resultNotes(rows, result.excluded, lang);
}

/** A drawing of the other width, waiting for the reader to stop changing the span. */
const pending = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();
/** How long the span must rest before the width not shown is drawn again. */
const SETTLE_MS = 150;

/**
 * The chart at both widths (CSS shows the one that fits), as drawAtWidths. Live, when the chart already holds
 * the same kind of drawing (a span changed), only the width the reader sees changes at once, updated in place
 * when only values changed (`update`: a map's fills and titles, a ranking's bars) or else drawn anew: the other
 * keeps its previous drawing, hidden, until the span has rested SETTLE_MS, then it is updated or drawn too, so
 * that the settled chart is the one a full redraw gives and a drag changes one chart per change, not two.
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
  // Said while the other width waits (`data-settling`): a test, or anything that reads both, waits for it to go.
  chart.removeAttribute('data-settling');
  if (!sameKind || !narrow || !wide) {
    chart.replaceChildren(...drawAtWidths(draw, interactive));
    return;
  }
  const only = (name: keyof typeof CHART_WIDTHS) =>
    drawAtWidths(draw, interactive, { [name]: CHART_WIDTHS[name] } as Partial<typeof CHART_WIDTHS>)[0]!;
  const redraw = (name: keyof typeof CHART_WIDTHS) => {
    const drawn = chart.querySelector(`:scope > .chart-${name}`);
    if (drawn && !update?.(drawn)) drawn.replaceWith(only(name));
  };
  if (!view?.matchMedia) {
    redraw('narrow');
    redraw('wide');
    return;
  }
  const isWide = view.matchMedia(WIDE_MEDIA).matches;
  redraw(isWide ? 'wide' : 'narrow');
  chart.setAttribute('data-settling', '');
  pending.set(
    chart,
    setTimeout(() => {
      pending.delete(chart);
      redraw(isWide ? 'narrow' : 'wide');
      chart.removeAttribute('data-settling');
    }, SETTLE_MS),
  );
}

/** The province map of one rate and one period, from the result's own rows; its notes are returned. */
function fillMap(
  block: HTMLElement,
  result: ExploreResult,
  choice: MapChoice,
  state: ExploreState,
  lang: Lang,
  doc: Document,
  topology: VietnamTopology,
): string[] {
  const t = useBrowserTranslations(lang).explore;
  const { values, shown, duplicates, blocked } = mapValues(result.rows, choice, lang);
  const { heading, subtitle } = mapSummary(choice, shown, state.map, lang);
  setText(part(block, 'subtitle'), subtitle);
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
  fillPart(part(block, 'legend'), [], () => []); // the map carries its legend, so that the download does too
  const notes = resultNotes(result.rows, result.excluded, lang);
  if (blocked > 0) notes.unshift(t.blockedProvinces(formatNumber(blocked, lang, 0)));
  if (duplicates > 0) notes.unshift(t.duplicates(formatNumber(duplicates, lang, 0)));
  return notes;
}

/** What fillViewChoice last built in a block's view part: the same controls are kept, their values set. */
const viewBuilt = new WeakMap<HTMLElement, string>();

/**
 * Chart or map, and the map's indicator and period: offered when the result can be mapped. The controls are
 * built when their set changes (chart or map, one indicator or several); a span only sets their options and
 * values, so that brushing does not make new controls (nor take the focus from one).
 */
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
    if (el.firstChild) el.replaceChildren();
    viewBuilt.delete(el);
    return;
  }
  const map = state.view === 'map';
  const selects: Array<[name: string, label: string, options: Array<[string, string]>, value: string]> = [];
  if (map && choice.indicators.length > 1)
    selects.push([
      'mapind',
      t.mapIndicator,
      choice.indicators.map((i) => [i.id, localName(i, lang)]),
      choice.indicator,
    ]);
  if (map)
    selects.push([
      'at',
      t.mapPeriod,
      choice.periods.map((p) => [
        p.key,
        t.mapPeriodChoice(periodLabel(p.row, lang), formatCount(p.provinces, words.units.provinces, lang)),
      ]),
      choice.period,
    ]);
  const built = [lang, state.map, ...selects.map(([name]) => name)].join(' ');
  if (viewBuilt.get(el) !== built) {
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
      item.append(radio, doc.createTextNode(` ${label}`));
      group.append(item);
    }
    const labels = selects.map(([name, label]) => {
      const wrap = doc.createElement('label');
      const span = doc.createElement('span');
      span.textContent = label;
      const select = doc.createElement('select');
      select.name = name;
      wrap.append(span, select);
      return wrap;
    });
    el.replaceChildren(group, ...labels);
    viewBuilt.set(el, built);
  }
  for (const radio of el.querySelectorAll<HTMLInputElement>('input[name="view"]'))
    radio.checked = state.view === radio.value;
  for (const [name, , options, value] of selects)
    setOptions(el.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!, options, value, doc);
}

/** A select's options made these, the ones already there rewritten only where they differ. */
function setOptions(select: HTMLSelectElement, options: Array<[string, string]>, value: string, doc: Document): void {
  options.forEach(([v, text], i) => {
    const option = select.options[i] ?? select.appendChild(doc.createElement('option'));
    if (option.value !== v) option.value = v;
    if (option.textContent !== text) option.textContent = text;
    if (option.selected !== (v === value)) option.selected = v === value;
  });
  while (select.options.length > options.length) select.remove(options.length);
}

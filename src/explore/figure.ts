import { chooseChart, exploreChart, rankedPeriod, seriesPlaces } from '../charts/explore.ts';
import type { Lang } from '../lib/format.ts';
import { drawAtWidths, sourceLine } from '../views/render.ts';
import { periodLabel, resultNotes, resultTitle } from './present.ts';
import type { ExploreResult } from './run.ts';
import type { ExploreState } from './state.ts';
import { renderResultTable } from './table.ts';

const PARTS = ['title', 'subtitle', 'legend', 'chart', 'notes', 'sources', 'downloads', 'table'] as const;

/** The result block's empty DOM: the same at build (jsdom) and live. */
export function createResultBlock(doc: Document, lang: Lang): HTMLElement {
  const vi = lang === 'vi';
  const block = doc.createElement('section');
  block.className = 'explore-result';
  block.id = 'result';
  block.setAttribute('aria-labelledby', 'result-title');
  for (const name of PARTS) {
    const tag = name === 'title' ? 'h2' : name === 'legend' ? 'ul' : name === 'subtitle' || name === 'sources' ? 'p' : 'div';
    const node = doc.createElement(tag);
    node.dataset.part = name;
    node.className = { title: '', subtitle: 'subtitle', legend: 'legend', chart: 'chart', notes: 'notes', sources: 'sources', downloads: 'downloads', table: 'table-wrap' }[name];
    if (name === 'title') node.id = 'result-title';
    if (name === 'chart') node.setAttribute('role', 'img');
    block.append(node);
  }
  const downloads = block.querySelector('[data-part="downloads"]')!;
  downloads.setAttribute('hidden', '');
  downloads.setAttribute('data-needs-js', '');
  for (const [format, label] of [['csv', 'CSV'], ['parquet', 'Parquet'], ['svg', vi ? 'Biểu đồ SVG' : 'Chart SVG'], ['png', vi ? 'Biểu đồ PNG' : 'Chart PNG']] as const) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.download = format;
    button.textContent = `${vi ? 'Tải' : 'Download'} ${label}`;
    downloads.append(button);
  }
  return block;
}

function part(block: Element, name: (typeof PARTS)[number]): HTMLElement {
  return block.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
}

/** Puts a result into its block: title, chart at both widths, legend, notes, sources, sortable table. */
export function fillResult(block: HTMLElement, result: ExploreResult, state: ExploreState, lang: Lang, doc: Document = block.ownerDocument): void {
  const vi = lang === 'vi';
  const { rows } = result;
  const { kind, latestOnly } = chooseChart(rows);
  part(block, 'title').textContent = resultTitle(rows, lang);
  const latest = rankedPeriod(rows);
  const subtitle = {
    series: vi ? 'Biểu đồ đường: giá trị theo kỳ, đặt tại ngày kết thúc kỳ.' : 'Line chart: values by period, placed at the end of each period.',
    ranking: latestOnly && latest
      ? vi ? `Biểu đồ thanh: xếp hạng các địa bàn ở kỳ có nhiều địa bàn nhất (${periodLabel(latest, lang)}); bảng có mọi kỳ.` : `Bar chart: places ranked in the period with the most places (${periodLabel(latest, lang)}); the table has every period.`
      : vi ? 'Biểu đồ thanh: xếp hạng các địa bàn.' : 'Bar chart: places ranked.',
    multiples: vi
      ? 'Mỗi chỉ tiêu một biểu đồ nhỏ, mỗi biểu đồ một thang đo; nhiều địa bàn qua nhiều kỳ thì xếp hạng kỳ có nhiều địa bàn nhất.'
      : 'One small chart per indicator, each on its own scale; many places over many periods are ranked in the period with the most places.',
    empty: vi ? 'Không có giá trị để vẽ biểu đồ.' : 'No values to chart.',
  }[kind];
  part(block, 'subtitle').textContent = subtitle;
  const chart = part(block, 'chart');
  chart.dataset.kind = kind;
  chart.setAttribute('aria-label', `${subtitle} ${resultTitle(rows, lang)}`);
  chart.replaceChildren(...drawAtWidths((width) => exploreChart(rows, { lang, width, document: doc })));
  const legend = kind === 'series' && seriesPlaces(rows, lang).length > 1 ? seriesPlaces(rows, lang) : [];
  part(block, 'legend').replaceChildren(...legend.map(({ label, color }) => {
    const li = doc.createElement('li');
    const swatch = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
    for (const [k, v] of Object.entries({ width: '28', height: '12', 'aria-hidden': 'true', class: 'swatch' })) swatch.setAttribute(k, v);
    const line = doc.createElementNS('http://www.w3.org/2000/svg', 'line');
    for (const [k, v] of Object.entries({ x1: '0', x2: '28', y1: '6', y2: '6', stroke: color, 'stroke-width': '3' })) line.setAttribute(k, v);
    swatch.append(line);
    li.append(swatch, doc.createTextNode(label));
    return li;
  }));
  part(block, 'notes').replaceChildren(...resultNotes(rows, result.excluded, lang).map((text) => Object.assign(doc.createElement('p'), { textContent: text })));
  const sources = result.sources.map((s) => ({ ...s, publisher: s.publisher }));
  const uploads = [...new Set(rows.flatMap((r) => r.sources.split(', ')).filter((id) => id.startsWith('upload:')))];
  part(block, 'sources').replaceChildren(...(sources.length > 0 ? sourceLine(doc, sources, lang) : []), ...uploads.map((u) => doc.createTextNode(` ${u}`)));
  part(block, 'table').replaceChildren(renderResultTable(doc, rows, lang, state.sort, result.sources));
  block.dataset.rows = String(rows.length);
}

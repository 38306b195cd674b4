/**
 * A chart as a file that carries its context: title, subtitle (units, period), legend, the chart, then the
 * source line, the release, the licence and the address, as one standalone SVG. A journalist pastes it into
 * a report and the reader of the report still knows what it shows and where it comes from. The same frame is
 * the PNG (src/scripts/chart-export.ts rasterizes it), for topic pages and Explore alike.
 */

const SVG = 'http://www.w3.org/2000/svg';
/** The system font stack: nothing is fetched, and each reader's system draws Vietnamese well. */
export const EXPORT_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif';
const PAD = 16;
const GAP = 8;
const INK = '#1a1a1a';
const MUTED = '#555555';
/** No layout engine at build (jsdom), so lines are wrapped by an average glyph width, generously. */
const GLYPH_EM = 0.56;
const BOLD_GLYPH_EM = 0.6;

export interface ExportLegendItem {
  /** The swatch as the page draws it (a small SVG), or none. */
  swatch: Element | null;
  label: string;
}

export interface ExportContext {
  title: string;
  /** Units and period, as the figure's subtitle states them. */
  subtitle: string;
  legend?: readonly ExportLegendItem[];
  /** "Nguồn: …", as the figure prints it. */
  source: string;
  /** Lines below the source: the release, the licence, the address (from the catalogue). */
  footer: readonly string[];
}

/** The chart's parts as SVG elements with their sizes: an SVG, or Plot's <figure> of legend and chart SVGs. */
function chartParts(chart: Element): Array<{ svg: Element; width: number; height: number }> {
  const svgs =
    chart.tagName.toLowerCase() === 'svg'
      ? [chart]
      : [...chart.children].filter((c) => c.tagName.toLowerCase() === 'svg');
  return svgs
    .map((svg) => {
      const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
      return {
        svg,
        width: Number(svg.getAttribute('width')) || box[2] || 0,
        height: Number(svg.getAttribute('height')) || box[3] || 0,
      };
    })
    .filter((p) => p.width > 0 && p.height > 0);
}

/** Words into lines of at most `max` characters; a word longer than a line stands alone. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The standalone SVG: the chart (a clone; the page's own is untouched) framed by its context, on white, in
 * the document the chart belongs to.
 */
export function composeExport(chart: Element, context: ExportContext): SVGSVGElement {
  const doc = chart.ownerDocument;
  const parts = chartParts(chart);
  const chartWidth = Math.max(0, ...parts.map((p) => p.width));
  const width = Math.max(chartWidth, 320) + 2 * PAD;
  const inner = width - 2 * PAD;
  const root = doc.createElementNS(SVG, 'svg') as SVGSVGElement;
  const set = (el: Element, attributes: Record<string, string | number>) => {
    for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
    return el;
  };
  set(root, { 'font-family': EXPORT_FONT, color: INK });
  const background = set(doc.createElementNS(SVG, 'rect'), { width: '100%', height: '100%', fill: '#fff' });
  root.append(background);
  let y = PAD;
  /** A block of wrapped text; returns the lines written, for tests and layout. */
  const text = (content: string, size: number, options: { bold?: boolean; fill?: string; part: string }) => {
    const max = Math.max(10, Math.floor(inner / (size * (options.bold ? BOLD_GLYPH_EM : GLYPH_EM))));
    const lineHeight = Math.round(size * 1.3);
    const block = set(doc.createElementNS(SVG, 'text'), {
      'font-size': size,
      fill: options.fill ?? INK,
      'data-part': options.part,
      ...(options.bold ? { 'font-weight': 700 } : {}),
    });
    for (const line of wrapWords(content, max)) {
      y += lineHeight;
      const span = set(doc.createElementNS(SVG, 'tspan'), { x: PAD, y: y - Math.round(size * 0.3) });
      span.textContent = line;
      block.append(span);
    }
    if (block.childNodes.length > 0) root.append(block);
  };
  text(context.title, 18, { bold: true, part: 'title' });
  if (context.subtitle) text(context.subtitle, 13, { fill: MUTED, part: 'subtitle' });
  if (context.legend && context.legend.length > 0) {
    y += GAP;
    let x = PAD;
    const legend = set(doc.createElementNS(SVG, 'g'), { 'font-size': 12, 'data-part': 'legend' });
    for (const item of context.legend) {
      const itemWidth = 34 + Math.ceil(item.label.length * 12 * GLYPH_EM) + 16;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        y += 18;
      }
      if (item.swatch) {
        const swatch = item.swatch.cloneNode(true) as Element;
        set(swatch, { x, y: y + 2 });
        swatch.removeAttribute('class');
        legend.append(swatch);
      }
      const label = set(doc.createElementNS(SVG, 'text'), { x: x + 34, y: y + 12, fill: INK });
      label.textContent = item.label;
      legend.append(label);
      x += itemWidth;
    }
    root.append(legend);
    y += 18;
  }
  y += GAP;
  for (const part of parts) {
    const copy = part.svg.cloneNode(true) as Element;
    set(copy, { x: PAD, y, width: part.width, height: part.height });
    copy.removeAttribute('aria-hidden');
    // Plot's inline max-width and the page's show-one-width classes mean nothing in a file of its own.
    copy.removeAttribute('style');
    copy.classList.remove('chart-narrow', 'chart-wide');
    root.append(copy);
    y += part.height;
  }
  y += GAP;
  text(context.source, 11, { part: 'source' });
  context.footer.forEach((line, i) => text(line, 11, { fill: MUTED, part: `footer-${i}` }));
  y += PAD;
  set(root, { width, height: y, viewBox: `0 0 ${width} ${y}` });
  return root;
}

/** The SVG as the text of a file. */
export function exportSvgText(svg: SVGSVGElement, serializer: XMLSerializer): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(svg)}\n`;
}

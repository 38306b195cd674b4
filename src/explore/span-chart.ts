import { COLORS } from '../charts/theme.ts';
import { useBrowserTranslations } from '../i18n/browser.ts';
import { formatNumber, type Lang } from '../lib/format.ts';

/**
 * The brushable time chart above Explore's result: one bar per year (the values the selection has for
 * periods ending that year), the chosen span drawn dark, the rest light. Dragging across it, or the
 * keys on it, or the year selects of the filters choose the span; the table, chart and map below show
 * only that span (cut from the selection's aggregate, src/explore/cross-filter.ts, with no query).
 * It is drawn by hand, a few rects, so that redrawing it while a pointer drags costs next to nothing.
 */

const SVG = 'http://www.w3.org/2000/svg';
/** Drawn at the width it is shown at (a phone's bars and years as legible as a desktop's), 640 until laid out. */
const WIDTH = 640;
const HEIGHT = 84;
const SIDE = 8;
const BOTTOM = 18;

/** Each brush's width as last laid out, and how to draw its bars again at a new one. */
const shownWidth = new WeakMap<HTMLElement, number>();
const redraws = new WeakMap<HTMLElement, () => void>();
/** What each brush's bars were drawn from (width, years and counts): the same again is only recoloured. */
const drawnKey = new WeakMap<HTMLElement, string>();

export type SpanChange = (from: number | null, to: number | null, final: boolean) => void;

export interface YearBar {
  year: number;
  figures: number;
}

function svgEl(doc: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const el = doc.createElementNS(SVG, name) as SVGElement;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  return el;
}

/** The span's part of the result block, made on first use (the build's page has no aggregate to brush). */
function spanPart(block: HTMLElement, lang: Lang, onSpan: SpanChange): HTMLElement {
  const found = block.querySelector<HTMLElement>('[data-part="span"]');
  if (found) return found;
  const t = useBrowserTranslations(lang).explore.span;
  const doc = block.ownerDocument;
  const part = doc.createElement('div');
  part.dataset.part = 'span';
  part.className = 'span-chart';
  const hint = Object.assign(doc.createElement('p'), { id: 'span-hint', className: 'span-hint', textContent: t.hint });
  const brush = doc.createElement('div');
  brush.dataset.spanBrush = '';
  brush.tabIndex = 0;
  brush.setAttribute('role', 'group');
  brush.setAttribute('aria-label', t.label);
  brush.setAttribute('aria-describedby', 'span-hint');
  const label = doc.createElement('p');
  label.dataset.spanLabel = '';
  label.setAttribute('aria-live', 'polite');
  const clear = Object.assign(doc.createElement('button'), { type: 'button', textContent: t.clear });
  clear.dataset.spanClear = '';
  clear.addEventListener('click', () => onSpan(null, null, true));
  part.append(hint, brush, label, clear);
  listen(brush, onSpan);
  // Its width from the layout the browser made anyway (reading clientWidth mid-update would force another):
  // a new width redraws the bars as they were.
  new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width > 0 && width !== shownWidth.get(brush)) {
      shownWidth.set(brush, width);
      redraws.get(brush)?.();
    }
  }).observe(brush);
  block.querySelector('[data-part="subtitle"]')!.before(part);
  return part;
}

/** Years of the drawn bars, kept on the brush for its listeners. */
function barsOf(brush: HTMLElement): { first: number; last: number } | null {
  const { first, last } = brush.dataset;
  return first && last ? { first: Number(first), last: Number(last) } : null;
}

function yearAt(brush: HTMLElement, clientX: number): number | null {
  const years = barsOf(brush);
  const svg = brush.querySelector('svg');
  if (!years || !svg) return null;
  const box = svg.getBoundingClientRect();
  const width = Number(brush.dataset.width);
  const x = ((clientX - box.left) / Math.max(1, box.width)) * width;
  const band = (width - 2 * SIDE) / (years.last - years.first + 1);
  const year = years.first + Math.floor((x - SIDE) / band);
  return Math.max(years.first, Math.min(years.last, year));
}

function current(brush: HTMLElement): { from: number | null; to: number | null } {
  const { from, to } = brush.dataset;
  return { from: from ? Number(from) : null, to: to ? Number(to) : null };
}

function listen(brush: HTMLElement, onSpan: SpanChange): void {
  let anchor: number | null = null;
  let last = '';
  // Pointer moves come faster than frames: the span of the latest is drawn once, in the next frame.
  let frame = 0;
  let next: [number, number] | null = null;
  const flush = () => {
    frame = 0;
    if (next) onSpan(next[0], next[1], false);
    next = null;
  };
  const drag = (event: PointerEvent, final: boolean) => {
    const year = yearAt(brush, event.clientX);
    if (anchor === null || year === null) return;
    const from = Math.min(anchor, year);
    const to = Math.max(anchor, year);
    // A move within the same years changes nothing: no redraw.
    if (!final && `${from}..${to}` === last) return;
    last = `${from}..${to}`;
    if (!final) {
      next = [from, to];
      frame ||= requestAnimationFrame(flush);
      return;
    }
    cancelAnimationFrame(frame);
    frame = 0;
    next = null;
    onSpan(from, to, final);
  };
  brush.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    anchor = yearAt(brush, event.clientX);
    if (anchor === null) return;
    last = '';
    brush.setPointerCapture(event.pointerId);
    event.preventDefault();
    brush.focus({ preventScroll: true });
    drag(event, false);
  });
  brush.addEventListener('pointermove', (event) => drag(event, false));
  const end = (event: PointerEvent) => {
    if (anchor === null) return;
    drag(event, true);
    anchor = null;
  };
  brush.addEventListener('pointerup', end);
  brush.addEventListener('pointercancel', end);
  brush.addEventListener('keydown', (event) => {
    const years = barsOf(brush);
    if (!years) return;
    if (event.key === 'Escape' || event.key === 'Delete') {
      event.preventDefault();
      onSpan(null, null, true);
      return;
    }
    const step = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 }[event.key];
    const edge = event.key === 'Home' ? 'first' : event.key === 'End' ? 'last' : null;
    if (step === undefined && edge === null) return;
    event.preventDefault();
    const { from, to } = current(brush);
    // No span yet: the keys start from the last year alone.
    let low = from ?? years.last;
    let high = to ?? years.last;
    if (from === null && to === null) low = high = years.last;
    const clamp = (y: number) => Math.max(years.first, Math.min(years.last, y));
    if (edge) {
      const width = high - low;
      low = edge === 'first' ? years.first : years.last - width;
      high = low + width;
    } else if (event.shiftKey) high = Math.max(low, clamp(high + step!));
    else if (!(from === null && to === null)) {
      const moved = Math.max(years.first - low, Math.min(years.last - high, step!));
      low += moved;
      high += moved;
    }
    onSpan(clamp(low), clamp(high), true);
  });
}

/** Draws the year bars with the span [from, to] marked, and says what the result below shows. */
export function fillSpan(
  block: HTMLElement,
  bars: readonly YearBar[],
  from: number | null,
  to: number | null,
  lang: Lang,
  onSpan: SpanChange,
): void {
  const part = spanPart(block, lang, onSpan);
  part.hidden = bars.length < 2; // one year has no span to choose
  if (bars.length === 0) return;
  const t = useBrowserTranslations(lang).explore.span;
  const doc = block.ownerDocument;
  const brush = part.querySelector<HTMLElement>('[data-span-brush]')!;
  const first = bars[0]!.year;
  const last = bars.at(-1)!.year;
  redraws.set(brush, () => fillSpan(block, bars, from, to, lang, onSpan));
  const width = shownWidth.get(brush) ?? WIDTH;
  Object.assign(brush.dataset, {
    first: String(first),
    last: String(last),
    from: from ?? '',
    to: to ?? '',
    width: String(width),
  });
  const low = from ?? first;
  const high = to ?? last;
  const band = (width - 2 * SIDE) / bars.length;
  const chosen = from !== null || to !== null;
  const mark = (): SVGElement =>
    svgEl(doc, 'rect', {
      x: SIDE + (low - first) * band,
      y: 0,
      width: (high - low + 1) * band,
      height: HEIGHT - BOTTOM + 2,
      fill: '#e6eef8',
      'data-span-mark': '',
    });
  const key = `${width}|${bars.map((b) => `${b.year}:${b.figures}`).join(',')}`;
  const drawnSvg = brush.querySelector('svg');
  if (drawnSvg && drawnKey.get(brush) === key) {
    // The same bars at the same width (a span change): only the mark and the colours move, in place.
    drawnSvg.querySelector('[data-span-mark]')?.remove();
    if (chosen) drawnSvg.prepend(mark());
    for (const bar of drawnSvg.querySelectorAll<SVGElement>('rect[data-year]')) {
      const year = Number(bar.dataset.year);
      bar.setAttribute('fill', year >= low && year <= high ? COLORS.result : COLORS.resultSoft);
    }
    for (const label of drawnSvg.querySelectorAll<SVGElement>('text[data-year-label]')) {
      const year = Number(label.textContent);
      label.setAttribute('fill', year >= low && year <= high && chosen ? COLORS.ink : COLORS.muted);
    }
    for (const count of drawnSvg.querySelectorAll<SVGElement>('text[data-count="in"]')) {
      const year = Number(count.dataset.year);
      count.setAttribute('fill', countInk(year >= low && year <= high));
    }
    describeSpan(part, t, chosen, low, high, first, last);
    return;
  }
  drawnKey.set(brush, key);
  const top = Math.max(1, ...bars.map((b) => b.figures));
  const svg = svgEl(doc, 'svg', { viewBox: `0 0 ${width} ${HEIGHT}`, 'aria-hidden': 'true' });
  if (chosen) svg.append(mark());
  const every = Math.ceil(40 / band); // a year's label needs about 40 px
  bars.forEach((b, i) => {
    const inside = b.year >= low && b.year <= high;
    const h = ((HEIGHT - BOTTOM - 6) * b.figures) / top;
    const bar = svgEl(doc, 'rect', {
      x: SIDE + i * band + 1,
      y: HEIGHT - BOTTOM - h,
      width: Math.max(1, band - 2),
      height: h,
      fill: inside ? COLORS.result : COLORS.resultSoft,
      'data-year': b.year,
    });
    const title = svgEl(doc, 'title', {});
    title.textContent = t.bar(b.year, formatNumber(b.figures, lang, 0));
    bar.append(title);
    svg.append(bar);
    // Each bar's count where it fits: inside a tall bar, above a short one (the bars have no axis).
    const count = formatNumber(b.figures, lang, 0);
    if (b.figures > 0 && count.length * 7 <= band - 4) {
      const within = h >= 16;
      const text = svgEl(doc, 'text', {
        x: SIDE + (i + 0.5) * band,
        y: within ? HEIGHT - BOTTOM - h + 12 : HEIGHT - BOTTOM - h - 3,
        'text-anchor': 'middle',
        'font-size': 11,
        fill: within ? countInk(inside) : COLORS.muted,
        'data-count': within ? 'in' : 'above',
        'data-year': b.year,
        'pointer-events': 'none',
      });
      text.textContent = count;
      svg.append(text);
    }
    if ((last - b.year) % every === 0) {
      const label = svgEl(doc, 'text', {
        x: SIDE + (i + 0.5) * band,
        y: HEIGHT - 4,
        'text-anchor': 'middle',
        'font-size': 12,
        fill: inside && chosen ? COLORS.ink : COLORS.muted,
        'data-year-label': '',
      });
      label.textContent = String(b.year);
      svg.append(label);
    }
  });
  brush.replaceChildren(svg);
  describeSpan(part, t, chosen, low, high, first, last);
}

/** A count written inside its bar: white on the span's dark bars, ink on the light ones (both legible). */
function countInk(inSpan: boolean): string {
  return inSpan ? '#fff' : COLORS.ink;
}

/** The sentence under the bars and the clear button, written only when they change. */
function describeSpan(
  part: HTMLElement,
  t: ReturnType<typeof useBrowserTranslations>['explore']['span'],
  chosen: boolean,
  low: number,
  high: number,
  first: number,
  last: number,
): void {
  const label = part.querySelector('[data-span-label]')!;
  const text = chosen ? t.shown(low, high) : t.all(first, last);
  if (label.textContent !== text) label.textContent = text;
  const clear = part.querySelector<HTMLButtonElement>('[data-span-clear]')!;
  if (clear.hidden === chosen) clear.hidden = !chosen;
}

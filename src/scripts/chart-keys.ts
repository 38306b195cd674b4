// A chart drawn as one image (role="img": bars, lines, dots) is one tab stop for the keyboard: arrow
// keys walk its marks in order and show each one's tip, as a tap does, Home and End go to the ends.
// The marks stay out of the accessibility tree (the chart's label and its table say it all); this is for
// people who read the chart by sight and move with keys. Maps have their own walk (map-keys.ts).
import { hideTip, markText, showTip } from './tips.ts';

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);
const CURRENT = 'mark-current';

/** The marks of the drawing shown at this width (CSS shows one of the chart's widths), in order. */
function marks(chart: Element): Element[] {
  const shown = [...chart.children].find((drawing) => drawing.getClientRects().length > 0);
  if (!shown) return [];
  return [...shown.querySelectorAll('rect, circle, path, text')].filter((el) => markText(el) !== '');
}

function mark(chart: HTMLElement, index: number): void {
  const all = marks(chart);
  if (all.length === 0) return;
  const i = Math.max(0, Math.min(all.length - 1, index));
  chart.dataset.mark = String(i);
  for (const el of chart.querySelectorAll(`.${CURRENT}`)) el.classList.remove(CURRENT);
  all[i]!.classList.add(CURRENT);
  showTip(all[i]!);
}

/** Charts drawn as images become focusable; a chart whose parts are focusable (a map) does not. */
function makeFocusable(root: ParentNode): void {
  for (const chart of root.querySelectorAll<HTMLElement>('.chart')) {
    if (chart.getAttribute('role') === 'img') chart.tabIndex = 0;
    else chart.removeAttribute('tabindex');
  }
}

export function installChartKeys(): void {
  makeFocusable(document);
  // Charts are redrawn in place (a state swapped in, an Explore result): their role may change with them.
  new MutationObserver(() => makeFocusable(document)).observe(document.body, {
    subtree: true,
    childList: true,
    attributeFilter: ['role'],
  });
  const chartOf = (target: EventTarget | null) =>
    target instanceof HTMLElement && target.matches('.chart[role="img"]') ? target : null;
  document.addEventListener('focusin', (event) => {
    const chart = chartOf(event.target);
    if (chart) mark(chart, Number(chart.dataset.mark ?? 0));
  });
  document.addEventListener('focusout', (event) => {
    const chart = chartOf(event.target);
    if (!chart) return;
    for (const el of chart.querySelectorAll(`.${CURRENT}`)) el.classList.remove(CURRENT);
    hideTip();
  });
  document.addEventListener('keydown', (event) => {
    const chart = chartOf(event.target);
    if (!chart) return;
    const at = Number(chart.dataset.mark ?? 0);
    const last = marks(chart).length - 1;
    const to = NEXT.has(event.key)
      ? at + 1
      : PREVIOUS.has(event.key)
        ? at - 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? last
            : null;
    if (to === null) return;
    event.preventDefault(); // the arrows move within the chart, not the page
    mark(chart, to);
  });
}

// One tip behaviour for every chart: a tap on a mark (bar, point, line, province) or keyboard focus on
// it shows its value, period and place (the mark's own title, written by the chart) and the figure's
// source. Hover keeps the browser's own tooltip; the tip is for fingers and keys.

let tip: HTMLElement | undefined;

/** The mark's text: Plot writes it as a <title> child; provinces also carry it as their aria-label. */
export function markText(mark: Element): string {
  const title = mark.querySelector(':scope > title')?.textContent?.trim();
  return title || (mark.matches('path[data-code]') ? (mark.getAttribute('aria-label') ?? '') : '');
}

/** The mark under a tap or focus: the nearest element of a chart that names itself. */
function markOf(target: EventTarget | null): Element | null {
  for (let el = target instanceof Element ? target : null; el && !el.matches('.chart, body'); el = el.parentElement)
    if (markText(el)) return el.closest('.chart') ? el : null;
  return null;
}

export function hideTip(): void {
  if (tip) tip.hidden = true;
}

/** Shows the tip for a mark, beside it and inside the screen. */
export function showTip(mark: Element): void {
  const figure = mark.closest('figure[id]');
  const source = figure?.querySelector('[data-part="sources"]')?.textContent?.trim() ?? '';
  tip ??= Object.assign(document.createElement('div'), { className: 'chart-tip', hidden: true });
  if (!tip.isConnected) document.body.append(tip);
  tip.setAttribute('aria-hidden', 'true'); // screen readers read the mark's own label and the table
  const value = Object.assign(document.createElement('strong'), { textContent: markText(mark) });
  const cite = Object.assign(document.createElement('span'), { textContent: source });
  tip.replaceChildren(value, cite);
  tip.dataset.for = figure?.id ?? '';
  tip.hidden = false;
  const box = mark.getBoundingClientRect();
  const width = Math.min(280, document.documentElement.clientWidth - 16);
  tip.style.maxWidth = `${width}px`;
  const left = Math.min(
    Math.max(8, box.left + box.width / 2 - width / 2),
    document.documentElement.clientWidth - width - 8,
  );
  tip.style.left = `${left + scrollX}px`;
  tip.style.top = `${box.bottom + scrollY + 6}px`;
}

function elementsFromPoint(event: MouseEvent): Element[] {
  return document.elementsFromPoint(event.clientX, event.clientY);
}

export function installTips(): void {
  document.addEventListener('click', (event) => {
    // A label drawn over a bar must not hide the bar from a finger: look through what lies under the tap.
    const under = event.target instanceof Element && event.target.closest('.chart') ? elementsFromPoint(event) : [];
    const mark = [event.target, ...under].map(markOf).find(Boolean);
    if (mark) showTip(mark);
    else hideTip();
  });
  document.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) showTip(mark);
    else hideTip();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTip();
  });
}
